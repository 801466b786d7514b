"""The "code" box: runnable numpy code that reproduces the page's numbers."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from lesson.controls import BoolControl
from ui import controls


def code_panel(code: Callable[[], str], tr: Callable[..., str], *, control: BoolControl) -> None:
    """The box, open or closed as `control` says (in the URL); `code` is only written while
    it is open."""
    box = controls.expander(control, tr("code.title"), icon=":material/code:")
    if box.open:
        with box:
            st.caption(tr("code.caption"))
            st.code(code(), language="python")
