"""The "code" expander: runnable numpy code that reproduces the page's numbers."""

from __future__ import annotations

import streamlit as st


def code_panel(code: str, tr, *, expanded: bool = False) -> None:
    with st.expander(tr("code.title"), expanded=expanded, icon=":material/code:"):
        st.caption(tr("code.caption"))
        st.code(code, language="python")
