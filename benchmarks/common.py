"""What the rerun benchmarks share: an empty page registered in the app's own navigation.

An empty page *of this app* pays what any page of the app pays (entry point, navigation,
sidebar, notices) and nothing more, so a page's ratio against it is that page's own cost.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

APP_EMPTY_PAGE = """\
import streamlit as st
from ui.context import page_context
page_context()
st.title("empty")
"""


def register_empty_page() -> str:
    """Add an empty page to the app's navigation (in this process only, before the app's first
    run); return its path relative to the entry point, for `AppTest.switch_page`."""
    return register_pages({"empty": ""})["empty"]


def register_pages(bodies: dict[str, str]) -> dict[str, str]:
    """Add one page per entry of `bodies` to the app's navigation (in this process only,
    before the app's first run): the empty page of this app plus that body's lines. Returns
    each page's path relative to the entry point, for `AppTest.switch_page`."""
    import streamlit

    from ui import navigation

    folder = Path(tempfile.mkdtemp())
    paths = {}
    for number, (name, body) in enumerate(bodies.items()):
        paths[name] = folder / f"bench_page_{number}.py"
        paths[name].write_text(APP_EMPTY_PAGE + body, encoding="utf-8")

    class WithExtraPages:
        def __getattr__(self, name):
            return getattr(streamlit, name)

        def navigation(self, pages, **kwargs):
            extra = [streamlit.Page(path, title=path.stem, url_path=f"bench-{path.stem}")
                     for path in paths.values()]
            return streamlit.navigation([*pages, *extra], **kwargs)

    navigation.st = WithExtraPages()
    return {name: os.path.relpath(path, ROOT) for name, path in paths.items()}


def time_scripts() -> list[float]:
    """Time every script run from now on (Streamlit's own call around the script, so AppTest's
    polling does not count); returns the list the durations (s) are appended to."""
    from streamlit.runtime.scriptrunner import script_runner

    durations: list[float] = []
    original = script_runner.exec_func_with_error_handling

    def timed(func, ctx):
        start = time.perf_counter()
        try:
            return original(func, ctx)
        finally:
            durations.append(time.perf_counter() - start)

    script_runner.exec_func_with_error_handling = timed
    return durations


def share_one_script_cache() -> None:
    """Make every AppTest run reuse one ScriptCache, as a running server does."""
    from streamlit.runtime.scriptrunner.script_cache import ScriptCache
    from streamlit.testing.v1 import app_test, local_script_runner

    shared = ScriptCache()
    app_test.ScriptCache = local_script_runner.ScriptCache = lambda: shared
