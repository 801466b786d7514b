"""Teacher links in a real Chromium: the task box as plain text on every page, hidden and
locked controls, embedding, the share panel's QR code, and a downloaded file."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlencode

import numpy as np
import pytest

from lesson.classroom import clip_prompt, read_share_url
from tests.browser import harness
from ui.navigation import LESSON_PAGES

pytestmark = pytest.mark.browser

PATHS = ["", *(page.url_path for page in LESSON_PAGES if page.ready)]
PROMPT = ("**bold** [a](http://host/l) ![i](http://host/i.png) <img src=http://host/x.png> "
          "<script>window.hacked=1</script> `code` $x^2$ — 한국어 과제 🧠 שלום עולם")
BOX = ".st-key-classroom_prompt"

_PROMPT_BOX = r"""(selector) => {
  const box = document.querySelector(selector);
  const text = box.querySelector('p.classroom-prompt');
  return {
    text: text.innerText,
    dir: getComputedStyle(text).direction,
    made: [...box.querySelectorAll('a, img, script, b, strong, em, code, .katex, svg')]
            .filter((e) => !e.closest('[data-testid=stCaptionContainer]'))
            .map((e) => e.outerHTML.slice(0, 80)),
    hostile: [...document.querySelectorAll('a, img')]
               .map((e) => e.href || e.src).filter((u) => /\/\/host\//.test(u || '')),
    hacked: window.hacked === 1,
  };
}"""


@pytest.mark.parametrize("path", PATHS)
def test_the_task_is_shown_as_written_on_every_page(light_page, open_app, path):
    open_app(light_page, f"{path}?{urlencode({'prompt': PROMPT})}")
    found = light_page.evaluate(_PROMPT_BOX, BOX)
    assert found["text"] == clip_prompt(PROMPT)[0]
    assert found["made"] == [] and found["hostile"] == [] and not found["hacked"], found


def test_right_to_left_task_reads_right_to_left(light_page, open_app):
    open_app(light_page, "scalar?" + urlencode({"prompt": "اجعل a ≈ 0.5 عندما w = 2"}))
    found = light_page.evaluate(_PROMPT_BOX, BOX)
    assert found["dir"] == "rtl" and found["text"] == "اجعل a ≈ 0.5 عندما w = 2"
    harness.screenshot(light_page, harness.SCREENSHOTS / "classroom_rtl.png", full_page=False)


def test_embedded_page_still_shows_the_task(light_page, open_app):
    open_app(light_page, "matrix?" + urlencode({"embed": "true", "prompt": "Pick sample 2"}))
    assert light_page.locator(BOX).inner_text().endswith("Pick sample 2")
    assert light_page.locator("[data-testid=stPlotlyChart]").count() >= 4
    harness.screenshot(light_page, harness.SCREENSHOTS / "classroom_embed.png", full_page=False)


def test_hidden_control_is_absent_and_locked_one_disabled(dark_page, open_app):
    page = dark_page
    open_app(page, "scalar?" + urlencode({"hide": "b", "lock": "activation,seed", "b": "2"}))
    assert page.locator(".st-key-b").count() == 0
    assert page.locator(".st-key-x input[type=range]").count() == 1
    activation = page.locator(".st-key-activation")
    assert activation.locator("input").is_disabled()
    assert "lock" in activation.locator("label").inner_text()  # the material lock icon
    assert page.locator(".st-key-seed input").is_disabled()
    assert page.get_by_role("button", name="Lesson example").is_disabled()
    # b = 2 from the link still drives the numbers: z = 3·5 + 2 = 17.
    assert "17" in page.locator("[data-testid=stMarkdownContainer] .katex").first.inner_text()
    harness.screenshot(page, harness.SCREENSHOTS / "classroom_locked_dark.png",
                       full_page=False)


def test_share_panel_shows_the_link_and_a_qr_code_big_enough_to_scan(light_page, open_app):
    page = light_page
    open_app(page, "vector?v_features=3")
    with harness.rerun(page):
        page.get_by_role("button", name="Share with the class").click()
    dialog = page.locator("[data-testid=stDialog]")
    dialog.get_by_label("Task for the class").fill("Find w₁ (첫 가중치)")
    with harness.rerun(page):
        dialog.get_by_label("Task for the class").press("Control+Enter")
    link = dialog.locator("[data-testid=stCode] code").inner_text()
    path, query = read_share_url(link)
    assert path == "vector" and query == {"v_features": "3", "lang": "en",
                                          "prompt": "Find w₁ (첫 가중치)"}
    qr = dialog.locator("img.classroom-qr")
    qr.scroll_into_view_if_needed()
    box = qr.bounding_box()
    assert box["width"] >= 300 and box["height"] >= 300, box
    qr.screenshot(path=str(harness.SCREENSHOTS / "classroom_qr.png"))
    with harness.rerun(page):
        dialog.get_by_text("Show the QR code large").click()
    assert qr.bounding_box()["width"] >= 600
    harness.screenshot(page, harness.SCREENSHOTS / "classroom_share_large.png",
                       full_page=False)


_SHOWN = """(b) => {  // the button and its boxes up to the code block: any hidden or faded?
  const hidden = [];
  for (let e = b; e.dataset.testid !== 'stCode'; e = e.parentElement) {
    const style = getComputedStyle(e);
    if (style.visibility !== 'visible' || Number(style.opacity) < 1) hidden.push(e.className);
  }
  return hidden;
}"""


def test_the_share_panels_copy_button_is_visible_and_copies_the_link(browser, server):
    # A touch screen has no hover: the copy button must show without one.
    context = browser.new_context(viewport={"width": 1400, "height": 900},
                                  permissions=["clipboard-read", "clipboard-write"])
    try:
        page = context.new_page()
        harness.open_page(page, f"{server.url}/scalar?w=2&prompt=Find%20a")
        with harness.rerun(page):
            page.get_by_role("button", name="Share with the class").click()
        code = page.locator("[data-testid=stDialog] [data-testid=stCode]")
        link = code.locator("code").inner_text()
        page.mouse.move(0, 0)  # nowhere near the link
        button = code.get_by_role("button", name="Copy to clipboard")
        assert button.evaluate(_SHOWN) == [], "hidden until hovered"
        button.click()
        assert page.evaluate("navigator.clipboard.readText()") == link
        harness.assert_no_exception(page)
    finally:
        context.close()


def test_the_large_qr_code_fits_a_phone(new_page, open_app):
    page = new_page()
    page.set_viewport_size({"width": 390, "height": 844})
    open_app(page, "?lang=ko")
    page.locator("[data-testid=stExpandSidebarButton]").click()  # collapsed on a phone
    with harness.rerun(page):
        page.get_by_role("button", name="수업에 공유하기").click()
    dialog = page.locator("[data-testid=stDialog]")
    with harness.rerun(page):
        dialog.get_by_text("QR 코드 크게 보기").click()
    qr = dialog.locator("img.classroom-qr")
    qr.scroll_into_view_if_needed()
    box = qr.bounding_box()
    assert box["width"] >= 300 and box["x"] + box["width"] <= 390, box
    harness.screenshot(page, harness.SCREENSHOTS / "classroom_share_phone.png",
                       full_page=False)


def test_the_json_download_holds_the_pages_numbers(browser, server, tmp_path: Path):
    context = browser.new_context(accept_downloads=True, viewport={"width": 1400, "height": 900})
    try:
        page = context.new_page()
        harness.open_page(page, f"{server.url}/matrix?m_features=2&m_samples=3&seed=5"
                          "&m_export=true")
        with page.expect_download() as download:
            page.get_by_role("button", name="JSON").click()
        assert download.value.suggested_filename == "neuron-lab_matrix_seed5.json"
        target = tmp_path / download.value.suggested_filename
        download.value.save_as(target)

        def array(name: str) -> np.ndarray:  # the README's line
            with open(target) as file:
                return np.array(json.load(file)[name])

        X, w, b = array("X"), array("w"), array("b")
        assert X.shape == (2, 3) and w.shape == (2, 1) and b.shape == ()
        np.testing.assert_allclose(array("Z"), X.T @ w + b, rtol=1e-12)
        harness.assert_no_exception(page)
    finally:
        context.close()
