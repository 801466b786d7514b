"""The "Try it" box: questions to answer by predicting first, each with a button that sets the
controls which show the answer, and its reason, shown once that button was pressed and while
those settings are on."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st

from lesson.controls import BoolControl
from ui import controls
from ui.classroom import button_help


def _showing(page: str, name: str, values: dict[str, Any]) -> bool:
    """Whether this experiment was the last one set up, and the controls still hold its values
    (a reason is the answer to a prediction: it shows only after the reader asked for it)."""
    return (st.session_state.get(_last(page)) == name
            and all(st.session_state.get(key) == value for key, value in values.items()))


def _last(page: str) -> str:
    return f"{page}_try_last"


def _set_up(page: str, name: str, values: dict[str, Any],
            after: Callable[[], None] | None) -> None:
    controls.set_values(values)
    st.session_state[_last(page)] = name
    if after is not None:
        after()


def experiments(page: str, settings: dict[str, dict[str, Any]], tr: Callable[..., str], *,
                control: BoolControl, after: Callable[[], None] | None = None) -> None:
    """One box of experiments, open or closed as `control` says (in the URL); strings are
    `<page>.try_*` (title, intro, and for each experiment its question and its reason
    `<page>.try_<name>_why`). `after` runs when an experiment is set up (e.g. to rewind the
    page's URL counters)."""
    box = controls.expander(control, tr(f"{page}.try_title"), icon=":material/science:")
    if not box.open:
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
            if _showing(page, name, values):
                st.success(tr(f"{page}.try_{name}_why"), icon=":material/lightbulb:")
