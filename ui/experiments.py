"""The "Try it" box: questions to answer by predicting first, each with a button that sets the
controls which show the answer, then brings the chart that changed into view. Its reason shows
once that button was pressed, and stays (while the reader moves the controls on) until the
reader hides it, closes the box or sets up another experiment."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st

from lesson.controls import BoolControl, IntControl
from ui import controls
from ui.classroom import button_help
from ui.scroll import scroll_to
from ui.url_values import set_url_int


def _last(page: str) -> str:
    return f"{page}_try_last"


def _set_up(page: str, name: str, values: dict[str, Any], rewinds: IntControl | None) -> None:
    controls.set_values(values)
    st.session_state[_last(page)] = name
    st.session_state[_scroll(page)] = st.session_state.get(_scroll(page), (0, None))[0] + 1, name
    if rewinds is not None:
        set_url_int(rewinds, rewinds.lo)


def _scroll(page: str) -> str:
    return f"{page}_try_scroll"


def _hide(page: str) -> None:
    st.session_state.pop(_last(page), None)


def experiments(page: str, settings: dict[str, dict[str, Any]], tr: Callable[..., str], *,
                control: BoolControl, rewinds: IntControl | None = None,
                shows: dict[str, str] | None = None) -> None:
    """One box of experiments, open or closed as `control` says (in the URL); strings are
    `<page>.try_*` (title, intro, and for each experiment its question and its reason
    `<page>.try_<name>_why`). `rewinds` is a URL counter (the page's step) set back to its
    start by every experiment: where a teacher's link fixes it, every experiment's button is
    off, as a button setting it directly is; `shows` names, for an experiment, the widget key
    of the chart that shows its answer (the page scrolls there once it is set up)."""
    box = controls.expander(control, tr(f"{page}.try_title"), icon=":material/science:")
    if not box.open:
        st.session_state.pop(_last(page), None)  # closing the box closes its answer
        return
    with box:
        st.caption(tr(f"{page}.try_intro"))
        for name, values in settings.items():
            changes = (*values, *((rewinds.key,) if rewinds is not None else ()))
            question, action = st.columns([5, 2], vertical_alignment="center")
            question.markdown(tr(f"{page}.try_{name}"))
            action.button(tr("try.set_up"), key=f"{page}_try_{name}", width="stretch",
                          on_click=_set_up, args=(page, name, values, rewinds),
                          icon=":material/play_arrow:", disabled=controls.fixes(*changes),
                          help=button_help(None, *changes))
            if st.session_state.get(_last(page)) == name:
                st.success(tr(f"{page}.try_{name}_why"), icon=":material/lightbulb:")
                st.button(tr("try.hide"), key=f"{page}_try_{name}_hide", on_click=_hide,
                          args=(page,), icon=":material/close:", type="tertiary")
        nonce, name = st.session_state.get(_scroll(page), (0, None))
        if name is not None and (shows or {}).get(name):
            st.session_state[_scroll(page)] = nonce, None  # once
            scroll_to(shows[name], nonce=nonce)
