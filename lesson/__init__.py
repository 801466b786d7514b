"""Pure helpers between the `neuron` math and the Streamlit pages.

Nothing here imports Streamlit or Plotly: control specifications and URL validation
(`controls`), number formatting (`numbers`), the runnable code shown to students (`code`)
and the seeded data each page draws (`data`).
"""
