"""What every page needs to know about the current view: language, seed, projector mode."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import streamlit as st

from i18n import DEFAULT_LANGUAGE, translator
from ui.shell import ensure_shell

SEED_KEY = "seed"
LANG_KEY = "lang"
PRESENT_KEY = "present"


@dataclass(frozen=True)
class PageContext:
    lang: str
    seed: int
    tr: Callable[..., str]
    present: bool = False  # projector mode: larger type, explanations folded away


def page_context() -> PageContext:
    """The language, seed and projector mode chosen in the sidebar (set up by
    `streamlit_app.py`).

    Every page calls this first; it also makes sure the page runs inside the shell.
    """
    ensure_shell()
    lang = st.session_state.get(LANG_KEY, DEFAULT_LANGUAGE)
    seed = int(st.session_state.get(SEED_KEY, 0))
    present = bool(st.session_state.get(PRESENT_KEY, False))
    return PageContext(lang=lang, seed=seed, tr=translator(lang), present=present)
