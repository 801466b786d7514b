"""The "Try it" box: questions to answer by predicting first, each with a button that sets the
controls which show the answer, then brings the chart that changed into view. Its reason shows
once that button was pressed, and stays (while the reader moves the controls on) until the
reader hides it, closes the box or sets up another experiment."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st

from lesson.controls import BoolControl
from ui import controls
from ui.classroom import button_help
from ui.scroll import scroll_to


def _last(page: str) -> str:
    return f"{page}_try_last"


def _set_up(page: str, name: str, values: dict[str, Any],
            after: Callable[[], None] | None) -> None:
    controls.set_values(values)
    st.session_state[_last(page)] = name
    st.session_state[_scroll(page)] = st.session_state.get(_scroll(page), (0, None))[0] + 1, name
    if after is not None:
        after()


def _scroll(page: str) -> str:
    return f"{page}_try_scroll"


def _hide(page: str) -> None:
    st.session_state.pop(_last(page), None)


def experiments(page: str, settings: dict[str, dict[str, Any]], tr: Callable[..., str], *,
                control: BoolControl, after: Callable[[], None] | None = None,
                shows: dict[str, str] | None = None) -> None:
    """One box of experiments, open or closed as `control` says (in the URL); strings are
    `<page>.try_*` (title, intro, and for each experiment its question and its reason
    `<page>.try_<name>_why`). `after` runs when an experiment is set up (e.g. to rewind the
    page's URL counters); `shows` names, for an experiment, the widget key of the chart that
    shows its answer (the page scrolls there once it is set up)."""
    box = controls.expander(control, tr(f"{page}.try_title"), icon=":material/science:")
    if not box.open:
        st.session_state.pop(_last(page), None)  # closing the box closes its answer
        return
    with box:
        st.caption(tr(f"{page}.try_intro"))
        for name, values in settings.items():
            question, action = st.columns([5, 2], vertical_alignment="center")
            question.markdown(tr(f"{page}.try_{name}"))
            action.button(tr("try.set_up"), key=f"{page}_try_{name}", width="stretch",
                          on_click=_set_up, args=(page, name, values, after),
                          icon=":material/play_arrow:", disabled=controls.fixes(*values),
                          help=button_help(None, *values))
            if st.session_state.get(_last(page)) == name:
                st.success(tr(f"{page}.try_{name}_why"), icon=":material/lightbulb:")
                st.button(tr("try.hide"), key=f"{page}_try_{name}_hide", on_click=_hide,
                          args=(page,), icon=":material/close:", type="tertiary")
        nonce, name = st.session_state.get(_scroll(page), (0, None))
        if name is not None and (shows or {}).get(name):
            st.session_state[_scroll(page)] = nonce, None  # once
            scroll_to(shows[name], nonce=nonce)
