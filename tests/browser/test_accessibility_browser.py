"""axe-core (WCAG 2.2 AA rules) on every page: no violation at all.

Normal mode, in both languages and both themes, is checked by
`test_pages_browser.test_every_page_opens_cleanly` on the same visit (each page opening costs
the browser about 3 s, so the suite opens it once for both); projector mode is checked here.

axe-core comes from npm (tests/browser/package.json, pinned in package-lock.json; `.ci/run`
runs `npm ci` there) and is injected into the page by `harness.axe_violations`.
"""

from __future__ import annotations

import pytest

from tests.browser import harness
from ui.navigation import LESSON_PAGES

pytestmark = pytest.mark.browser

PAGES = ["", *(page.url_path for page in LESSON_PAGES if page.ready)]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", PAGES, ids=lambda p: p or "home")
def test_no_axe_violation_in_projector_mode(new_page, open_app, axe_source, path, scheme):
    page = new_page(scheme)
    open_app(page, f"{path}?lang=en&present=true")
    assert harness.axe_violations(page, axe_source) == []
