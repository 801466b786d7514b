"""Hostile text in a real Chromium: what the reader can set is drawn as text, never as
Markdown (no link, image, formula, icon or coloured text made from it) on every page."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest

from lesson.plain_text import markdown_code, markdown_text
from tests.browser import harness
from tests.test_plain_text import HOSTILE, as_noticed
from ui.navigation import LESSON_PAGES

pytestmark = pytest.mark.browser

JOINER = "\u2060"
# Every page's address with the keys it quotes in a notice when their value is bad.
KEYS = {
    "": ["seed", "lang"],
    "scalar": ["seed", "lang", "x", "activation", "derivative"],
    "vector": ["seed", "lang", "v_features", "v_x", "v_passes"],
    "matrix": ["seed", "lang", "m_samples", "m_activation"],
    "batch": ["seed", "lang", "bl_n_data", "bl_step", "bl_drop_last"],
    "learn": ["seed", "lang", "ln_samples", "ln_activation", "ln_epochs", "ln_step"],
}
assert set(KEYS) == {"", *(page.url_path for page in LESSON_PAGES if page.ready)}

# Links, images, formulas, icons and coloured text in the main area and the sidebar that
# could come from a value: anything pointing at the hostile hosts, or inside a notice.
_MADE_FROM_TEXT = """(selector) => {
  const scope = document.querySelector(selector);
  const hostile = (url) => /host|\\/\\/h\\/|h\\.io|a@b|mailto/.test(url || '');
  return {
    links: [...document.querySelectorAll('a')].map((a) => a.href).filter(hostile),
    images: [...document.querySelectorAll('img')].map((i) => i.src).filter(hostile),
    inside: [...scope.querySelectorAll('a, img, .katex, b, em, strong, del, [role=img], ' +
                                      'span[style*=color], span[class*=color]')]
              .map((e) => e.outerHTML.slice(0, 120)),
    text: scope.innerText,
  };
}"""


def _assignments(path: str) -> list[dict[str, str]]:
    """Links that give each of the page's keys a hostile value, every value on every page."""
    keys = KEYS[path]
    rounds = -(-len(HOSTILE) // len(keys))  # enough links that every value is used
    return [{key: HOSTILE[(r * len(keys) + k) % len(HOSTILE)] for k, key in enumerate(keys)}
            for r in range(rounds)]


@pytest.mark.parametrize("path", list(KEYS))
def test_hostile_link_values_are_drawn_as_text(light_page, open_app, path):
    page = light_page
    for query in _assignments(path):
        open_app(page, f"{path}?{urlencode(query)}")
        notice = "[data-testid=stAlertContentWarning]"
        found = page.evaluate(_MADE_FROM_TEXT, notice)
        assert found["links"] == [] and found["images"] == [], found
        assert found["inside"] == [], found["inside"]
        shown = found["text"].replace(JOINER, "")
        for key, value in query.items():
            assert f"{key}={as_noticed(value)}" in shown, (key, value, shown)


# A bare Streamlit app drawing the helpers' output, to check them against the real renderer.
_APP = '''
import sys
sys.path.insert(0, {root!r})
import streamlit as st
from lesson.plain_text import markdown_code, markdown_text
for i, value in enumerate({samples!r}):
    st.container(key=f"text_{{i}}").markdown("Text: **" + markdown_text(value) + "** end")
    st.container(key=f"code_{{i}}").markdown("- Code: " + markdown_code(value) + " end")
'''
SAMPLES = [*HOSTILE, "a -> b <- c -- d >= e <= f ~= g", ":smile: :+1: :streamlit: :blue[x]",
           "http://host/x www.host.io a@b.co", "line 1\n# line 2\n\n    line 4\n- item",
           "<img src=http://host/i.png>", "\\`x\\` \\\\", "$$\\frac{1}{2}$$", "1. first"]


@pytest.fixture(scope="module")
def helper_app(browser):
    script = harness.ROOT / "test-artifacts" / "plain_text_app.py"
    script.parent.mkdir(parents=True, exist_ok=True)
    script.write_text(_APP.format(root=str(harness.ROOT), samples=SAMPLES))
    server = harness.start_server(harness.ARTIFACTS / "plain_text.log", app=str(script))
    try:
        yield server
    finally:
        harness.stop_server(server)


def test_helpers_output_is_drawn_as_the_value_itself(browser, helper_app):
    context = browser.new_context()
    try:
        page = context.new_page()
        harness.open_page(page, helper_app.url)
        harness.assert_no_exception(page)
        for i, value in enumerate(SAMPLES):
            for kind, expected in (("text", value), ("code", value.replace("\n", "\\n"))):
                found = page.evaluate(_MADE_FROM_TEXT, f".st-key-{kind}_{i}")
                allowed = {"text": ["strong"], "code": []}[kind]
                made = [html for html in found["inside"]
                        if not any(html.startswith(f"<{tag}>") for tag in allowed)]
                assert found["links"] == [] and found["images"] == [] and made == [], (
                    kind, value, found)
                # Line breaks and runs of spaces aside, the reader sees the value itself.
                shown = " ".join(found["text"].replace(JOINER, "").split())
                assert " ".join(expected.split()) in shown, (kind, value, markdown_text(value),
                                           markdown_code(value), shown)
    finally:
        context.close()
