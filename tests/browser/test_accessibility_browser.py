"""axe-core (WCAG 2.2 AA rules) on every page, in both languages and both themes, normal and
projector mode: no violation at all.

axe-core comes from npm (tests/browser/package.json, pinned in package-lock.json; `.ci/run`
runs `npm ci` there) and is injected into the page by Playwright.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ui.navigation import LESSON_PAGES

pytestmark = pytest.mark.browser

AXE = Path(__file__).resolve().parent / "node_modules" / "axe-core" / "axe.min.js"
PAGES = ["", *(page.url_path for page in LESSON_PAGES if page.ready)]
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
_RUN = """async (tags) => {
  const result = await axe.run(document, {runOnly: {type: 'tag', values: tags}});
  return result.violations.map((v) => ({
    id: v.id, impact: v.impact,
    nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ': ' + n.failureSummary),
  }));
}"""


@pytest.fixture(scope="module")
def axe_source() -> str:
    if not AXE.is_file():
        pytest.fail(f"axe-core is not installed at {AXE}: run `npm ci` in tests/browser "
                    "(.ci/run does)", pytrace=False)
    return AXE.read_text(encoding="utf-8")


def violations(page, axe_source: str) -> list[dict]:
    page.add_script_tag(content=axe_source)
    return page.evaluate(_RUN, TAGS)


@pytest.mark.parametrize("lang", ["en", "ko"])
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", PAGES, ids=lambda p: p or "home")
def test_no_axe_violation(new_page, open_app, axe_source, path, scheme, lang):
    page = new_page(scheme)
    open_app(page, f"{path}?lang={lang}")
    assert violations(page, axe_source) == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", PAGES, ids=lambda p: p or "home")
def test_no_axe_violation_in_projector_mode(new_page, open_app, axe_source, path, scheme):
    page = new_page(scheme)
    open_app(page, f"{path}?lang=en&present=true")
    assert violations(page, axe_source) == []
