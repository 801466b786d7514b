"""Streamlit helpers shared by the pages: URL-bound controls, the sidebar, notices, panels.

Pages stay thin: they lay out widgets from here, call `neuron` for the numbers, hand arrays to
`figures` for charts, and show the result.
"""
