"""A shared link is often the first visit after the server (re)starts, e.g. when Streamlit
Community Cloud wakes a sleeping app. That visit must open the linked page inside the shell.

While a `pages/` folder sits next to the entry point, Streamlit starts in its legacy
folder mode and only leaves it once `st.navigation` has run in some session; the first
session of a fresh server therefore sees a page URL through the legacy mode. The other
browser tests share a server that has already been visited, so this one starts its own.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser import harness
from ui.navigation import LESSON_PAGES

pytestmark = pytest.mark.browser

SCALAR = next(page.url_path for page in LESSON_PAGES if page.name == "scalar")


def test_first_visit_to_a_fresh_server_opens_the_linked_page(browser):
    with harness.app_server(harness.ARTIFACTS / "streamlit-cold.log") as server:
        context = browser.new_context(viewport={"width": 1400, "height": 900})
        page = context.new_page()
        harness.open_page(page, f"{server.url}/{SCALAR}?lang=en&w=2")
        harness.screenshot(page, "cold-start-scalar", full_page=False)
        harness.assert_no_exception(page)
        expect(page.get_by_role("dialog")).to_have_count(0)
        expect(page.locator("[data-testid=stSidebar]").get_by_text("한국어")).to_have_count(1)
        assert f"/{SCALAR}" in page.url and "w=2" in page.url
        context.close()
