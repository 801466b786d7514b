"""The computation graph on a page: the SVG of `figures.graph`, with a translated description."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from figures.graph import GraphText, flow_text, neuron_graph


def graph(text: GraphText, tr: Callable[..., str]) -> None:
    """Show the graph. `st.html` would strip the SVG (its sanitizer allows HTML only); the
    markup is ours, and every text in it is escaped (`figures.graph`). On a narrow screen
    the graph shrinks to fit (`ui.style`): scrolled sideways, it hid `a = …` on a phone."""
    svg = neuron_graph(text, description=tr("graph.description", flow=flow_text(text)))
    st.markdown(f'<div class="neuron-graph" style="padding-bottom:0.75rem">{svg}</div>',
                unsafe_allow_html=True)
