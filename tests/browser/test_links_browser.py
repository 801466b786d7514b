"""A copied link reproduces the screen, in a real Chromium: after a page lowers a value to
fit another (the batch size to n_data, the picked sample to N, typed x to l_I), the URL in the
address bar opens the same sliders, formulas, log and charts, without a notice."""

from __future__ import annotations

import pytest

from tests.browser import harness
from ui.navigation import LESSON_PAGES

pytestmark = pytest.mark.browser

URL = {page.name: page.url_path for page in LESSON_PAGES}

# What the reader sees: every slider's value (by widget key), every formula's TeX (outside
# message boxes: "l_I changed from 5 to 6" tells what the last move did, and a link opened
# afresh rightly has no last move), the text of code blocks (the batch log), every chart's
# data and the notices.
_SCREEN = """() => {
  const key = (el) => [...el.closest('[class*="st-key-"]').classList]
                        .find((c) => c.startsWith('st-key-')).slice(7);
  return {
    sliders: Object.fromEntries([...document.querySelectorAll('[data-testid=stMain] ' +
      '[class*="st-key-"] input[type=range]')].map((s) => [key(s), s.value])),
    formulas: [...document.querySelectorAll('[data-testid=stMain] .katex-mathml annotation')]
      .filter((a) => !a.closest('[data-testid=stAlert]')).map((a) => a.textContent),
    code: [...document.querySelectorAll('[data-testid=stCode]')].map((c) => c.innerText),
    charts: [...document.querySelectorAll('.js-plotly-plot')].map((gd) =>
      JSON.stringify((gd.data || []).map((t) => [t.x, t.y, t.z]))),
    notices: [...document.querySelectorAll('[data-testid=stAlertContentWarning]')]
      .map((n) => n.innerText),
  };
}"""


def press_on_slider(page, key: str, name: str) -> None:
    page.locator(f".st-key-{key} input[type=range]").focus()
    with harness.rerun(page):
        page.keyboard.press(name)
    harness.assert_no_exception(page)


def assert_link_reproduces(browser, server, page) -> None:
    seen = page.evaluate(_SCREEN)
    assert seen["notices"] == []
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    try:
        again = context.new_page()
        harness.open_page(again, page.url)
        harness.assert_no_exception(again)
        shown = again.evaluate(_SCREEN)
    finally:
        context.close()
    assert shown["notices"] == [], (page.url, shown["notices"])
    for part in ("sliders", "formulas", "code", "charts"):
        assert shown[part] == seen[part], (part, page.url)


@pytest.mark.parametrize("start", ["bl_n_data=30&bl_batch=30", "bl_n_data=9"])
def test_batch_size_lowered_to_fit_n_data_is_in_the_link(light_page, open_app, browser,
                                                          server, start):
    page = light_page
    open_app(page, f"{URL['batch']}?lang=en&{start}")
    before = page.evaluate(_SCREEN)["sliders"]
    press_on_slider(page, "bl_n_data", "ArrowLeft")
    after = page.evaluate(_SCREEN)["sliders"]
    assert int(after["bl_batch"]) == min(int(before["bl_batch"]), int(after["bl_n_data"]))
    assert_link_reproduces(browser, server, page)


@pytest.mark.parametrize("start", ["m_sample=5", "m_samples=8&m_sample=7",
                                   "m_samples=2&m_sample=1"])
def test_sample_lowered_to_fit_n_is_in_the_link(light_page, open_app, browser, server, start):
    page = light_page
    open_app(page, f"{URL['matrix']}?lang=en&{start}")
    press_on_slider(page, "m_samples", "ArrowLeft")
    assert_link_reproduces(browser, server, page)


def test_typed_x_resized_with_the_features_is_in_the_link(light_page, open_app, browser,
                                                          server):
    page = light_page
    open_app(page, f"{URL['vector']}?lang=en&v_x=1,2,-1,0.5,3")
    press_on_slider(page, "v_features", "ArrowRight")
    assert "v_x=1%2C2%2C-1%2C0.5%2C3%2C" in page.url
    assert_link_reproduces(browser, server, page)
