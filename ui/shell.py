"""Make sure every page runs inside the app's shell (sidebar, language, notices).

While a `pages/` folder sits next to the entry point, a fresh Streamlit server starts in its
legacy folder mode: until `st.navigation` has run once in some session, the first visit to a
page URL (say a shared link to ``/scalar`` right after Community Cloud wakes the app) runs
``pages/scalar.py`` alone. `ensure_shell` notices this and runs the entry point instead, whose
navigation then runs the page inside the shell.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from types import CodeType

import streamlit as st

from ui.run_memo import this_run

ENTRY_POINT = Path(__file__).resolve().parent.parent / "streamlit_app.py"
_ACTIVE = "_shell_active"


@contextmanager
def shell() -> Iterator[None]:
    """Mark the pages run inside this block, in this script run, as running inside the
    shell (a mark of the run, not of the session: nothing to undo if the run stops)."""
    memo = this_run()
    memo[_ACTIVE] = True
    try:
        yield
    finally:
        memo[_ACTIVE] = False


@cache
def _entry_point_code() -> CodeType:
    return compile(ENTRY_POINT.read_text(encoding="utf-8"), str(ENTRY_POINT), "exec")


def ensure_shell() -> None:
    """Called first by every page: if the shell is not around, run it and stop here."""
    if not this_run().get(_ACTIVE, False):
        exec(_entry_point_code(), {"__name__": "__main__", "__file__": str(ENTRY_POINT)})
        st.stop()
