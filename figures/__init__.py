"""Plotly figure builders: pure functions, arrays and strings in, `go.Figure` out.

They never read widgets or call Streamlit, and never compute the neuron's math: the page asks
`neuron` for the numbers and passes them here. Colours and shared layout live in `style`.
"""
