"""What every page needs to know about the current view: language and seed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import streamlit as st

from i18n import DEFAULT_LANGUAGE, translator
from ui.shell import ensure_shell

SEED_KEY = "seed"
LANG_KEY = "lang"


@dataclass(frozen=True)
class PageContext:
    lang: str
    seed: int
    tr: Callable[..., str]


def page_context() -> PageContext:
    """The language and seed chosen in the sidebar (set up by `streamlit_app.py`).

    Every page calls this first; it also makes sure the page runs inside the shell.
    """
    ensure_shell()
    lang = st.session_state.get(LANG_KEY, DEFAULT_LANGUAGE)
    seed = int(st.session_state.get(SEED_KEY, 0))
    return PageContext(lang=lang, seed=seed, tr=translator(lang))
