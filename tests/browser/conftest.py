"""Fixtures for the real-browser tests: one `streamlit run` server and one headless Chromium
per test session, a fresh browser context per test (light or dark colour scheme, any locale).

Without Chromium the browser tests are skipped with the reason, except in CI (`$CI` set),
where a missing browser is a failure.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator

import pytest

from tests.browser import harness

VIEWPORT = {"width": 1400, "height": 900}


@pytest.fixture(scope="session")
def browser() -> Iterator:
    if harness.chromium_path() is None:
        reason = harness.missing_chromium_reason()
        if os.environ.get("CI"):
            pytest.fail(f"CI is set and the browser tests cannot run: {reason}", pytrace=False)
        pytest.skip(reason)
    with harness.chromium() as chromium:
        yield chromium


@pytest.fixture(scope="session")
def server(browser) -> Iterator[harness.Server]:
    """The app, served by `streamlit run` on a free port; its log is
    test-artifacts/streamlit.log."""
    try:
        server = harness.start_server(harness.ARTIFACTS / "streamlit.log")
    except RuntimeError as error:
        pytest.fail(str(error), pytrace=False)
    try:
        # One visit to the entry point first, so that the server has seen `st.navigation`
        # before any test opens a page's own URL (see test_cold_start.py for why).
        context = browser.new_context()
        harness.open_page(context.new_page(), server.url)
        context.close()
        yield server
    finally:
        harness.stop_server(server)


@pytest.fixture
def new_page(browser) -> Iterator[Callable]:
    """`new_page(color_scheme="light", locale="en-US", viewport=..., **context_options)` → a
    Playwright page in a fresh context (e.g. ``has_touch=True, is_mobile=True`` for a phone).

    At teardown each page is checked once more for Streamlit exception boxes.
    """
    contexts = []

    def make(color_scheme: str = "light", locale: str = "en-US", *,
             viewport: dict[str, int] = VIEWPORT, **options):
        context = browser.new_context(color_scheme=color_scheme, locale=locale,
                                      viewport=viewport, **options)
        contexts.append(context)
        return context.new_page()

    yield make
    problems = [text for context in contexts for page in context.pages
                for text in harness.exception_texts(page)]
    for context in contexts:
        context.close()
    assert not problems, f"exception shown in the app: {problems}"


@pytest.fixture(scope="session")
def axe_source() -> str:
    """The text of axe-core, to inject with `harness.axe_violations`."""
    if not harness.AXE.is_file():
        pytest.fail(f"axe-core is not installed at {harness.AXE}: run `npm ci` in tests/browser "
                    "(.ci/run does)", pytrace=False)
    return harness.AXE.read_text(encoding="utf-8")


@pytest.fixture
def light_page(new_page):
    return new_page("light")


@pytest.fixture
def dark_page(new_page):
    return new_page("dark")


@pytest.fixture
def open_app(server) -> Callable:
    """`open_app(page, "scalar?w=2")`: open a path of the app, wait for the run to finish,
    and fail if an exception box is shown."""

    def open_(page, path: str = "") -> None:
        harness.open_page(page, f"{server.url}/{path.lstrip('/')}")
        harness.assert_no_exception(page)

    return open_
