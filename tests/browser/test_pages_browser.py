"""Every page in a real Chromium: opens cleanly in both themes and both languages; the scalar
page reacts to the keyboard, keeps its state in the URL, and explains a bad link."""

from __future__ import annotations

import math
import re

import pytest
from playwright.sync_api import expect

from tests.browser import harness
from ui.navigation import LESSON_PAGES

pytestmark = pytest.mark.browser

# URL path of every registered page ("" is home); new pages are covered once they are ready.
PAGES = ["", *(page.url_path for page in LESSON_PAGES if page.ready)]
SCALAR = next(page.url_path for page in LESSON_PAGES if page.name == "scalar")
HANGUL = re.compile("[\uac00-\ud7a3]")
NUMBER = r"-?\d+(?:\.\d+)?(?:e[-+]?\d+)?"


def formulas(page) -> list[str]:
    """The TeX source of every KaTeX formula in the main area, in page order (a multi-line
    `aligned` formula without its closing `\\end{aligned}`, so it ends with its result)."""
    tex = page.locator(
        "[data-testid=stMain] [data-testid=stMarkdownContainer] .katex-mathml annotation")
    tex.first.wait_for(state="attached")  # KaTeX renders just after the run has finished
    return [t.replace(r"\end{aligned}", "").strip() for t in tex.all_text_contents()]


def last_number(tex: str) -> float:
    """The number after the last `=` of a formula: its result."""
    return float(re.findall(NUMBER, tex.rsplit("=", 1)[1])[0])


def background_luminance(page) -> float:
    """Relative luminance (0 black … 1 white) of the app's background colour."""
    rgb = page.evaluate("""() => getComputedStyle(
        document.querySelector('[data-testid=stApp]')).backgroundColor""")
    red, green, blue = (int(v) / 255 for v in re.findall(r"\d+", rgb)[:3])
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def slider_input(page, key: str):
    """The keyboard-focusable thumb of the slider with widget key `key`."""
    return page.locator(f".st-key-{key} [role=slider], .st-key-{key} input[type=range]").first


@pytest.mark.parametrize("lang", ["en", "ko"])
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", PAGES, ids=lambda p: p or "home")
def test_every_page_opens_cleanly(new_page, open_app, axe_source, path, scheme, lang):
    """Each page in each theme and language: no exception, the theme's background, one title,
    the language's text, no axe-core (WCAG 2.2 AA) violation. One visit for all of it: opening
    a page costs the browser about 3 s (projector mode's axe check is in
    test_accessibility_browser.py)."""
    page = new_page(scheme)
    open_app(page, f"{path}?lang={lang}")

    # Streamlit follows the system colour scheme when the app sets no fixed theme.
    luminance = background_luminance(page)
    assert (luminance > 0.8) if scheme == "light" else (luminance < 0.2), luminance
    main = page.locator("[data-testid=stMain]")
    expect(main.locator("h1")).to_have_count(1)  # every page has one title
    if lang == "ko":
        expect(main).to_contain_text(HANGUL)
    expect(page.locator("[data-testid=stSidebar]").get_by_text("한국어")).to_have_count(1)
    harness.screenshot(page, f"{path or 'home'}-{scheme}-{lang}")
    assert harness.axe_violations(page, axe_source) == []


def test_arrow_key_on_w_updates_formula_and_url(light_page, open_app):
    page = light_page
    open_app(page, f"{SCALAR}?lang=en")
    assert formulas(page)[0].endswith("= 14"), formulas(page)  # the lesson's 3·5 − 1

    slider_input(page, "w").focus()
    with harness.rerun(page):
        page.keyboard.press("ArrowRight")
    harness.assert_no_exception(page)

    assert "w=5.01" in page.url
    affine, activation = formulas(page)[:2]
    assert r"3 \cdot 5.01" in affine
    z = 3 * 5.01 - 1
    assert last_number(affine) == pytest.approx(z, abs=1e-9)
    assert last_number(activation) == pytest.approx(1 / (1 + math.exp(-z)), abs=1e-8)


def test_copied_url_reproduces_the_numbers(new_page, open_app):
    page = new_page("light")
    open_app(page, f"{SCALAR}?lang=en")
    for key, keys in (("x", ["ArrowLeft"] * 3), ("w", ["ArrowRight"]), ("b", ["ArrowLeft"] * 2)):
        slider_input(page, key).focus()
        for name in keys:
            with harness.rerun(page):
                page.keyboard.press(name)
    shown = formulas(page)
    for expected in ("x=2.7", "w=5.01", "b=-1.02"):
        assert expected in page.url

    fresh = new_page("dark")  # a new context: no shared session, cookies or storage
    open_app(fresh, page.url.split("/", 3)[3])
    assert formulas(fresh) == shown
    assert last_number(shown[0]) == pytest.approx(2.7 * 5.01 - 1.02, abs=1e-9)


def test_korean_page_renders_hangul(light_page, open_app):
    page = light_page
    open_app(page, f"{SCALAR}?lang=ko")
    expect(page.locator("[data-testid=stMain]")).to_contain_text(HANGUL)
    sidebar = page.locator("[data-testid=stSidebar]")
    expect(sidebar.get_by_text("한국어")).to_have_count(1)
    expect(sidebar.locator("[data-testid=stSidebarNav]")).to_contain_text(HANGUL)
    harness.screenshot(page, "scalar-light-ko-viewport", full_page=False)


def test_korean_lines_break_only_between_words(light_page, open_app):
    page = light_page
    word_break = "() => getComputedStyle(document.querySelector('[data-testid=stMain] h1'))" \
        ".wordBreak"
    open_app(page, f"{SCALAR}?lang=ko")
    assert page.evaluate(word_break) == "keep-all"  # never "나온 / 다" inside a word
    open_app(page, f"{SCALAR}?lang=en")
    assert page.evaluate(word_break) != "keep-all"


def test_korean_browser_gets_korean_by_default(new_page, open_app):
    page = new_page("light", locale="ko-KR")
    open_app(page, "")
    expect(page.locator("[data-testid=stMain]")).to_contain_text(HANGUL)
    assert "lang=ko" in page.url


def test_bad_url_value_shows_a_notice_and_the_default(light_page, open_app):
    page = light_page
    open_app(page, f"{SCALAR}?lang=en&w=abc")
    warnings = page.locator("[data-testid=stAlertContentWarning]")
    assert warnings.count() == 1
    assert "abc" in warnings.inner_text()
    assert formulas(page)[0].endswith("= 14"), "w should fall back to its default 5"
    harness.screenshot(page, "scalar-bad-url", full_page=False)


# For each node of the computation graph: its name, its text, and the room left between the
# text's drawn box and the node's outline (px, in the page), measured by the browser itself.
_GRAPH_NODES = """() => [...document.querySelectorAll('[data-testid=stMain] svg g[data-node]')]
  .map((g) => {
    const box = g.querySelector('rect').getBoundingClientRect();
    const text = g.querySelector('text').getBoundingClientRect();
    return {name: g.dataset.node, text: g.querySelector('text').textContent,
            room: Math.min(text.left - box.left, box.right - text.right,
                           text.top - box.top, box.bottom - text.bottom),
            color: getComputedStyle(g.querySelector('text')).fill};
  })"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_computation_graph_is_drawn_with_its_text_inside_the_boxes(new_page, open_app, scheme):
    page = new_page(scheme)
    # The longest numbers the sliders allow, and the widest activation name.
    open_app(page, f"{SCALAR}?lang=en&x=-9.87&w=-4.99&b=-4.99&activation=leaky_relu")
    nodes = {node["name"]: node for node in page.evaluate(_GRAPH_NODES)}
    assert set(nodes) == {"x", "w", "b", "affine", "z", "activation", "a"}  # not sanitized away
    assert nodes["z"]["text"] == "z =" + f"{-9.87 * -4.99 - 4.99:.6g}"
    for node in nodes.values():
        assert node["room"] >= 3, node  # the estimate of the text width is never too small
    # An operation's text takes the theme's text colour: dark on light, light on dark.
    red, green, blue = (int(v) for v in re.findall(r"\d+", nodes["affine"]["color"])[:3])
    luminance = (0.2126 * red + 0.7152 * green + 0.0722 * blue) / 255
    assert (luminance < 0.3) if scheme == "light" else (luminance > 0.7), luminance

    slider_input(page, "b").focus()
    with harness.rerun(page):
        page.keyboard.press("ArrowRight")
    nodes = {node["name"]: node for node in page.evaluate(_GRAPH_NODES)}
    assert nodes["b"]["text"] == "b =-4.98"
    harness.screenshot(page, f"scalar-graph-{scheme}", full_page=False)


def test_charts_have_accessible_names_in_korean(light_page, open_app):
    page = light_page
    open_app(page, f"{SCALAR}?lang=ko")
    charts = page.locator("[data-testid=stPlotlyChart][role=figure]")
    expect(charts).to_have_count(2)
    names = [charts.nth(i).get_attribute("aria-label") for i in range(2)]
    assert "x = 3, z = 14" in names[0] and HANGUL.search(names[0]), names
    assert "a = 0.99999917" in names[1], names


def test_opening_the_code_box_puts_it_in_the_url(new_page, open_app):
    page = new_page("light")
    open_app(page, f"{SCALAR}?lang=en")
    code = page.locator("[data-testid=stCode]")
    expect(code).to_have_count(0)  # closed: its content is not even sent
    with harness.rerun(page):
        page.get_by_text("Code: reproduce these numbers with numpy").click()
    expect(code).to_have_count(1)
    expect(code).to_contain_text("ArtificialNeuron(w=5.0, b=-1.0")
    search = page.evaluate("location.search")
    assert "code=true" in search

    fresh = new_page("dark")
    open_app(fresh, f"{SCALAR}{search}")
    expect(fresh.locator("[data-testid=stCode]")).to_have_count(1)


def test_an_infinite_seed_in_a_link_gets_a_notice_not_a_traceback(light_page, open_app):
    page = light_page
    open_app(page, f"{SCALAR}?lang=en&seed=inf")  # Streamlit's own parser raised on this
    harness.assert_no_exception(page)
    warnings = page.locator("[data-testid=stAlertContentWarning]")
    expect(warnings).to_contain_text("seed=inf")
    assert formulas(page)[0].endswith("= 14")
    assert "seed=" not in page.evaluate("location.search")  # the link is mended


_IN_VIEW = """(key) => {
  const box = document.querySelector('.st-key-' + key).getBoundingClientRect();
  return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
}"""


def test_try_it_brings_the_changed_chart_into_view_and_keeps_its_answer(light_page, open_app):
    page = light_page
    page.set_viewport_size({"width": 1000, "height": 700})  # a small laptop
    open_app(page, f"{SCALAR}?lang=en&try=true")
    assert not page.evaluate(_IN_VIEW, "scalar_activation")  # cut by the fold at first
    with harness.rerun(page):
        page.locator(".st-key-scalar_try_saturate button").click()
    page.wait_for_function(_IN_VIEW, arg="scalar_activation", timeout=10_000)
    answer = page.locator("[data-testid=stAlertContentSuccess]")
    assert answer.count() == 1

    # Closing the box closes the answer: reopened, the box shows none.
    summary = page.locator("[data-testid=stExpander] summary").first
    summary.scroll_into_view_if_needed()
    with harness.rerun(page):
        summary.click()
    with harness.rerun(page):
        summary.click()
    assert answer.count() == 0
