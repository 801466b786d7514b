"""The computation graph on a page: the SVG of `figures.graph`, with a translated description."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from figures.graph import GraphText, flow_text, neuron_graph


def graph(text: GraphText, tr: Callable[..., str]) -> None:
    """Show the graph. `st.html` would strip the SVG (its sanitizer allows HTML only); the
    markup is ours, and every text in it is escaped (`figures.graph`). The wrapper lets a
    phone scroll the graph sideways rather than shrink its text."""
    svg = neuron_graph(text, description=tr("graph.description", flow=flow_text(text)))
    st.markdown(f'<div style="overflow-x:auto;padding-bottom:0.75rem">{svg}</div>',
                unsafe_allow_html=True)
