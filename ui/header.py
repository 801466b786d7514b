"""A page's title and introduction, the same way on every page.

In projector mode the introduction folds into the title's help icon: the teacher says it, and
the room sees the picture instead of a paragraph.
"""

from __future__ import annotations

import streamlit as st

from ui.context import PageContext


def header(ctx: PageContext, page: str) -> None:
    """`<page>.title` as the page's title, `<page>.intro` under it (or folded away)."""
    if ctx.present:
        st.title(ctx.tr(f"{page}.title"), help=ctx.tr(f"{page}.intro"))
    else:
        st.title(ctx.tr(f"{page}.title"))
        st.markdown(ctx.tr(f"{page}.intro"))
