"""The computation graph on a page: the SVG of `figures.graph`, with a translated description."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import streamlit as st

from figures.graph import GraphText, flow_text, neuron_graph

MAX_GRAPHS = 512  # one graph's markup is ~3 KB


def graph(text: GraphText, tr: Callable[..., str]) -> None:
    """Show the graph. `st.html` would strip the SVG (its sanitizer allows HTML only); the
    markup is ours, and every text in it is escaped (`figures.graph`). On a narrow screen
    the graph shrinks to fit (`ui.style`): scrolled sideways, it hid `a = …` on a phone."""
    st.markdown(_markup(text, tr("graph.description", flow=flow_text(text))),
                unsafe_allow_html=True)


@lru_cache(maxsize=MAX_GRAPHS)
def _markup(text: GraphText, description: str) -> str:
    """The graph's markup, built once for the same numbers (a class shares most of them)."""
    svg = neuron_graph(text, description=description)
    return f'<div class="neuron-graph" style="padding-bottom:0.75rem">{svg}</div>'
