"""What the rerun benchmarks share: an empty page registered in the app's own navigation.

An empty page *of this app* pays what any page of the app pays (entry point, navigation,
sidebar, notices) and nothing more, so a page's ratio against it is that page's own cost.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from streamlit.testing.v1 import AppTest

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
    return _register(APP_EMPTY_PAGE, "bench_empty_page")


_VARIANTS: dict[str, object] = {}  # compiled bodies of the variant page, by name
VARIANT_QUERY = "bench_variant"
VARIANT_PAGE = f"""\
import streamlit as st
from benchmarks.common import run_variant
from ui.context import page_context
page_context()
st.title("empty")
run_variant(st.query_params.get("{VARIANT_QUERY}", ""))
"""


def register_variant_page(bodies: dict[str, str]) -> str:
    """Add ONE page to the app's navigation (in this process only, before the app's first
    run) that runs the empty page of this app plus the body named by the URL parameter
    `VARIANT_QUERY`. One page for every variant keeps the navigation, and so the baseline's
    cost, the same for all of them (each registered page costs every run ~0.03 ms).
    Returns its path relative to the entry point, for `AppTest.switch_page`."""
    _VARIANTS.update({name: compile(body, f"<variant {name}>", "exec")
                      for name, body in bodies.items()})
    return _register(VARIANT_PAGE, "bench_variant_page")


def run_variant(name: str) -> None:
    """Run the body registered under `name` (from the variant page, inside a script run)."""
    import streamlit

    exec(_VARIANTS[name], {"st": streamlit, "__name__": "__bench_variant__"})


def _register(source: str, stem: str) -> str:
    import streamlit

    from ui import navigation

    path = Path(tempfile.mkdtemp()) / f"{stem}.py"
    path.write_text(source, encoding="utf-8")

    class WithExtraPage:
        def __getattr__(self, name):
            return getattr(streamlit, name)

        def navigation(self, pages, **kwargs):
            extra = streamlit.Page(path, title="empty", url_path=f"bench-{stem}")
            return streamlit.navigation([*pages, extra], **kwargs)

    navigation.st = WithExtraPage()
    return os.path.relpath(path, ROOT)


def time_scripts(clock=time.perf_counter) -> list[float]:
    """Time every script run from now on (Streamlit's own call around the script, so AppTest's
    polling does not count); returns the list the durations (s) are appended to.

    `clock=time.thread_time` times the script thread's CPU instead of the wall clock: on a
    busy machine wall-clock medians grow with the load, the CPU a run needs much less.
    Each call wraps the runs once more, so two lists (wall and CPU) can be kept at once."""
    from streamlit.runtime.scriptrunner import script_runner

    durations: list[float] = []
    original = script_runner.exec_func_with_error_handling

    def timed(func, ctx):
        start = clock()
        try:
            return original(func, ctx)
        finally:
            durations.append(clock() - start)

    script_runner.exec_func_with_error_handling = timed
    return durations


def share_one_script_cache() -> None:
    """Make every AppTest run reuse one ScriptCache, as a running server does."""
    from streamlit.runtime.scriptrunner.script_cache import ScriptCache
    from streamlit.testing.v1 import app_test, local_script_runner

    shared = ScriptCache()
    app_test.ScriptCache = local_script_runner.ScriptCache = lambda: shared


def arguments(doc: str, runs: int) -> argparse.Namespace:
    """The options every rerun benchmark takes: `--runs` and `--cached-scripts` (applied
    here: with it, every AppTest shares one ScriptCache, as a server does)."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--runs", type=int, default=runs)
    parser.add_argument("--cached-scripts", action="store_true",
                        help="compile each script once, as a server does")
    args = parser.parse_args()
    if args.cached_scripts:
        share_one_script_cache()
    return args


def open_app(page: str, query: dict[str, str] | None = None) -> AppTest:
    """The app from its entry point, switched to `page` (a path relative to the entry point)
    with URL `query` on both runs, as a shared link opens it."""
    at = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=60)
    at.query_params.update(query or {})
    at.run()
    at.switch_page(page)
    at.query_params.update(query or {})
    at.run()
    assert not at.exception, at.exception
    return at
