"""Layout in a real Chromium, measured with bounding boxes: on a laptop each lesson page shows
its controls and its key picture together; in projector mode the key picture and its headline
numbers fit a projector's screen; on a phone and a tablet nothing scrolls sideways, sliders
take a finger and figures keep their labels clear. Screenshots of every case are saved in
test-artifacts/screenshots/layout-*.png."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

import pytest

from tests.browser import harness
from ui.navigation import LESSON_PAGES

pytestmark = pytest.mark.browser


@dataclass(frozen=True)
class PageLayout:
    path: str
    controls: tuple[str, ...]  # widget keys of the page's controls
    picture: tuple[str, ...]  # element keys of the key picture
    headline: str | None = None  # CSS selector of the headline numbers (in projector mode)


FORMULAS = "[data-testid=stMain] .katex-display"
LAYOUTS = (
    PageLayout("scalar", ("x", "w", "b", "activation", "derivative"), ("scalar_activation",),
               headline=FORMULAS),
    PageLayout("vector", ("v_features", "v_activation"), ("v_contributions",),
               headline=FORMULAS),
    PageLayout("matrix", ("m_features", "m_samples", "m_sample", "m_activation"),
               ("m_X", "m_w", "m_Z", "m_A")),
    # (in projector mode the step buttons come first: "Next batch" is how a teacher moves on)
    PageLayout("batch", ("bl_n_data", "bl_batch", "bl_features", "bl_speed"),
               ("bl_animation",), headline=".st-key-bl_next"),
    # (the start and the two toggles come last, under the fold; in projector mode the
    # settings fold away)
    PageLayout("learn", ("ln_data", "ln_samples", "ln_noise", "ln_activation",
                         "ln_loss", "ln_lr", "ln_batch", "ln_epochs"), ("ln_fig_boundary",),
               headline=".st-key-ln_status"),
)
# A teacher's task of a realistic length (~150 characters, two sentences).
TASKS = {"en": "Set w = 2, then move b until a is about 0.5. What is z then, and why? "
               "Predict first, write it down, then check it with the sliders.",
         "ko": "w를 2로 두고 a가 0.5쯤 될 때까지 b를 움직여 보세요. "
               "그때 z는 얼마이고, 왜 그럴까요? 먼저 예상해서 적어 두고, 슬라이더로 확인해 보세요."}

_BOXES = """(selectors) => selectors.map((selector) => [...document.querySelectorAll(selector)]
  .map((element) => {
    const box = element.getBoundingClientRect();
    return {selector, top: box.top, bottom: box.bottom, left: box.left, right: box.right};
  }))"""


def boxes(page, selectors: list[str]) -> list[dict]:
    """The bounding box of every element matching each selector; fails if one matches none."""
    found = page.evaluate(_BOXES, selectors)
    missing = [selector for selector, matches in zip(selectors, found, strict=True)
               if not matches]
    assert not missing, f"nothing on {page.url} matches {missing}"
    return [box for matches in found for box in matches]


def off_screen(page, selectors: list[str]) -> list[dict]:
    """The boxes of `selectors` not wholly inside the window (scrolled to the top)."""
    size = page.viewport_size
    return [box for box in boxes(page, selectors)
            if box["top"] < 0 or box["bottom"] > size["height"] + 0.5
            or box["left"] < 0 or box["right"] > size["width"] + 0.5]


def keyed(keys: tuple[str, ...]) -> list[str]:
    return [f".st-key-{key}" for key in keys]


@pytest.fixture
def sized_page(new_page):
    """`sized_page(width, height, phone=False, scheme="light")`: a page in a fresh context."""

    def make(width: int, height: int, *, phone: bool = False, scheme: str = "light"):
        return new_page(scheme, viewport={"width": width, "height": height},
                        has_touch=phone, is_mobile=phone)

    return make


@pytest.mark.parametrize("lang", ["en", "ko"])
@pytest.mark.parametrize("layout", LAYOUTS, ids=lambda layout: layout.path)
def test_laptop_shows_the_controls_beside_the_key_picture(sized_page, open_app, layout, lang):
    page = sized_page(1366, 768)
    open_app(page, f"{layout.path}?lang={lang}")
    harness.screenshot(page, f"layout-laptop-{layout.path}-{lang}", full_page=False)
    assert off_screen(page, keyed(layout.controls) + keyed(layout.picture)) == []


@pytest.mark.parametrize("size", [(1280, 720), (1024, 768)], ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("lang", ["en", "ko"])
@pytest.mark.parametrize("layout", LAYOUTS, ids=lambda layout: layout.path)
def test_projector_mode_fits_the_key_picture_and_numbers(sized_page, open_app, layout, lang,
                                                          size):
    page = sized_page(*size)
    # With a teacher's task in its box, as in class (without one the page is only shorter).
    query = urlencode({"lang": lang, "present": "true", "prompt": TASKS[lang]})
    open_app(page, f"{layout.path}?{query}")
    assert page.locator(".st-key-classroom_prompt").count() == 1
    harness.screenshot(page, f"layout-projector-{layout.path}-{lang}-{size[0]}",
                       full_page=False)
    wanted = keyed(layout.picture) + ([layout.headline] if layout.headline else [])
    assert off_screen(page, wanted) == []
    sidebar = boxes(page, ["[data-testid=stSidebar]"])[0]
    assert sidebar["right"] <= 0, "the sidebar is collapsed"
    sizes = page.evaluate("""() => ({
      body: parseFloat(getComputedStyle(document.querySelector(
        '[data-testid=stMain] [data-testid=stMarkdownContainer] p, [data-testid=stMain] label')
      ).fontSize),
      formulas: [...document.querySelectorAll('[data-testid=stMain] .katex-display .katex')]
        .map((element) => parseFloat(getComputedStyle(element).fontSize)),
    })""")
    assert sizes["body"] >= 20
    assert all(size >= 28 for size in sizes["formulas"]), sizes["formulas"]
    cut = page.evaluate("""() => [...document.querySelectorAll(
        '[data-testid=stMain] .katex-display .katex-html')].filter((e) =>
          e.getBoundingClientRect().right
          > e.closest('[data-testid=stElementContainer]').getBoundingClientRect().right + 2)
        .map((e) => e.textContent.slice(0, 40))""")
    assert cut == [], "formulas cut off at the right"


PAGES = ["", *(page.url_path for page in LESSON_PAGES if page.ready)]
# Elements of the page that scroll sideways (their content wider than their box).
_SIDEWAYS = """() => [...document.querySelectorAll('[data-testid=stMain] *')].filter((e) => {
    const overflow = getComputedStyle(e).overflowX;
    // (KaTeX's display box is 2 px narrower than its own content even when nothing is cut)
    return (overflow === 'auto' || overflow === 'scroll') && e.scrollWidth > e.clientWidth + 3
      && e.getClientRects().length > 0;
  }).map((e) => (e.getAttribute('data-testid') || e.className || e.tagName).toString()
    + ': ' + e.textContent.slice(0, 40))"""
# For each slider thumb: whether a finger 20 px off its centre (a 40+ px target) still lands
# on it, in all four directions.
_THUMBS = """() => [...document.querySelectorAll('[data-testid=stMain] [role=slider]')]
  .filter((thumb) => thumb.getClientRects().length > 0).map((thumb) => {
    thumb.scrollIntoView({block: 'center'});
    const box = thumb.getBoundingClientRect();
    const x = box.left + box.width / 2, y = box.top + box.height / 2;
    return [[20, 0], [-20, 0], [0, 20], [0, -20]].every(([dx, dy]) => {
      const hit = document.elementFromPoint(x + dx, y + dy);
      return hit !== null && (hit === thumb || thumb.contains(hit));
    });
  })"""
# Chart boxes, and any Plotly toolbar shown over a chart's title.
_CHARTS = """() => [...document.querySelectorAll('[data-testid=stMain] .js-plotly-plot')]
  .map((chart) => {
    const box = chart.getBoundingClientRect();
    const bar = chart.querySelector('.modebar');
    const shown = bar !== null && bar.getClientRects().length > 0
      && bar.getBoundingClientRect().width > 0;
    const barBox = shown ? bar.getBoundingClientRect() : null;
    const titles = [...chart.querySelectorAll('.gtitle, .annotation-text')]
      .map((t) => t.getBoundingClientRect());
    const covered = barBox !== null && titles.some((t) => t.left < barBox.right
      && barBox.left < t.right && t.top < barBox.bottom && barBox.top < t.bottom);
    const cut = [...chart.querySelectorAll('.gtitle')].filter((t) =>
      t.getBoundingClientRect().right > box.right + 0.5).map((t) => t.textContent);
    return {left: box.left, right: box.right, covered, cut};
  })"""

# Streamlit's element toolbars (a table's: search, download, full screen) that a touch screen
# shows all the time, and any other element they lie over.
_TOOLBARS = """() => [...document.querySelectorAll(
    '[data-testid=stMain] [data-testid=stElementToolbar]')]
  .filter((bar) => bar.getClientRects().length > 0).flatMap((bar) => {
    const b = bar.getBoundingClientRect();
    const own = bar.closest('[data-testid=stElementContainer]');
    return [...document.querySelectorAll('[data-testid=stMain] [data-testid=stElementContainer]')]
      .filter((e) => e !== own && !e.contains(own) && !own.contains(e))
      .filter((e) => { const r = e.getBoundingClientRect();
        return r.width > 0 && r.left < b.right && b.left < r.right && r.top < b.bottom
          && b.top < r.bottom; })
      .map((e) => e.textContent.slice(0, 40));
  })"""


@pytest.mark.parametrize("size", [(390, 844), (768, 1024)], ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("path", PAGES, ids=lambda p: p or "home")
def test_phone_and_tablet_nothing_scrolls_sideways_and_sliders_take_a_finger(
        sized_page, open_app, path, size):
    width = size[0]
    page = sized_page(*size, phone=True)
    open_app(page, f"{path}?lang={'en' if width < 500 else 'ko'}")
    harness.screenshot(page, f"layout-phone-{path or 'home'}-{width}")
    assert page.evaluate("() => document.documentElement.scrollWidth") <= width
    assert page.evaluate(_SIDEWAYS) == []
    assert all(page.evaluate(_THUMBS)), "a slider thumb is smaller than a finger"
    assert page.evaluate(_TOOLBARS) == [], "a table's toolbar lies over another element"
    page.evaluate("() => document.querySelector('[data-testid=stMain]').scrollTo(0, 0)")
    for chart in page.evaluate(_CHARTS):
        assert chart["left"] >= 0 and chart["right"] <= width + 0.5, chart
        assert not chart["covered"], "the chart toolbar covers a title"
        assert chart["cut"] == [], "a chart's title runs past its right edge"


LESSONS = [page.url_path for page in LESSON_PAGES if page.ready]
# Every chart's camera (Plotly's "download plot" button): whether anything else is on top of
# it (elementFromPoint at its centre: a clipping box or another element would be), and the
# title, axis title, tick or legend texts its toolbar overlaps.
CAMERA = ".modebar-btn[data-title*=PNG], .modebar-btn[data-title*=SVG]"
_CAMERAS = """(CAMERA) => [...document.querySelectorAll('[data-testid=stMain] .js-plotly-plot')]
  .map((chart) => {
    const key = (chart.closest('[class*=st-key-]')?.className.match(/st-key-(\\S+)/) || [])[1];
    const camera = chart.querySelector(CAMERA);
    if (camera === null || camera.getClientRects().length === 0) return {key, shown: false};
    camera.scrollIntoView({block: 'center'});
    const box = camera.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    const bar = chart.querySelector('.modebar').getBoundingClientRect();
    const texts = [...chart.querySelectorAll(
        '.gtitle, .g-xtitle, .g-ytitle, .annotation-text, .legendtext, .xtick, .ytick')]
      .map((t) => t.getBoundingClientRect())
      .filter((t) => t.width > 0 && t.left < bar.right && bar.left < t.right
                     && t.top < bar.bottom && bar.top < t.bottom);
    return {key, shown: box.width > 0 && hit !== null && camera.contains(hit),
            inside: box.left >= 0 && box.right <= window.innerWidth,
            rows: Math.round(bar.height / box.height), covers: texts.length};
  })"""
_OPAQUE = """(camera) => { let opacity = 1;  // (it fades in: wait for the end)
  for (let e = camera; e && !e.classList.contains('js-plotly-plot'); e = e.parentElement) {
    opacity *= Number(getComputedStyle(e).opacity);
  }
  return opacity === 1; }"""


@pytest.mark.parametrize("device", ["phone", "laptop"])
@pytest.mark.parametrize("path", LESSONS)
def test_every_chart_keeps_its_download_button_clear_of_its_titles(sized_page, open_app,
                                                                   path, device):
    page = (sized_page(390, 844, phone=True) if device == "phone"
            else sized_page(1366, 768))
    open_app(page, path)
    cameras = page.evaluate(_CAMERAS, CAMERA)
    assert cameras, "no chart"
    for camera in cameras:
        assert camera["shown"] and camera["inside"], camera
        assert camera["rows"] == 1 and camera["covers"] == 0, camera
    for camera in page.locator(f"[data-testid=stMain] :is({CAMERA})").all():
        if device == "laptop":  # with a mouse it shows while the pointer is on the chart
            camera.hover()
        page.wait_for_function(_OPAQUE, arg=camera.element_handle(), timeout=5_000)
    harness.screenshot(page, f"layout-camera-{path}-{device}", full_page=False)


# The batch frame's texts and plot areas, as boxes: every title, axis title, button and the
# colour bar's tick labels apart from one another, the titles off the plots, the colour bar
# over X (not beside the column of predictions, where it read as a's legend) and the numbers
# in the current column inside it.
_BATCH_FRAME = """() => {
  const chart = document.querySelector('.st-key-bl_animation .js-plotly-plot');
  const box = (e) => { const r = e.getBoundingClientRect();
    return {left: r.left, right: r.right, top: r.top, bottom: r.bottom,
            text: (e.textContent || '').slice(0, 30)}; };
  const all = (selector) => [...chart.querySelectorAll(selector)].filter((e) =>
    e.getBoundingClientRect().width > 0).map(box);
  const areas = {};
  for (const drag of chart.querySelectorAll('.draglayer .nsewdrag')) {
    areas[drag.closest('g[class]').getAttribute('class').split(' ')[0]] = box(drag);
  }
  return {chart: box(chart), areas,
          titles: all('.gtitle, .annotation-text, .g-x4title, .g-ytitle, .g-y3title'),
          buttons: all('.updatemenu-button'),
          ticks: all('.colorbar [class$=tick] text'),
          colorbar: all('.colorbar .cbbg'),
          cells: all('.heatmaplayer text')};
}"""


def _meet(a: dict, b: dict, pad: float = 0.0) -> bool:
    return (a["left"] < b["right"] + pad and b["left"] < a["right"] + pad
            and a["top"] < b["bottom"] + pad and b["top"] < a["bottom"] + pad)


@pytest.mark.parametrize(("width", "height", "query", "phone"), [
    (390, 844, "lang=ko", True), (1280, 720, "lang=en&present=true", False),
    (1366, 768, "lang=en", False)], ids=["phone-ko", "projector-en", "laptop-en"])
def test_batch_frame_keeps_its_texts_apart(sized_page, open_app, width, height, query, phone):
    page = sized_page(width, height, phone=phone)
    open_app(page, f"batch?{query}")
    page.locator(".st-key-bl_animation").scroll_into_view_if_needed()
    harness.screenshot(page, f"layout-batch-frame-{width}", full_page=False)
    frame = page.evaluate(_BATCH_FRAME)
    texts = frame["titles"] + frame["buttons"]
    clashes = [(a["text"], b["text"]) for i, a in enumerate(texts) for b in texts[i + 1:]
               if _meet(a, b)]
    assert clashes == [], "texts of the batch frame overlap"
    areas = frame["areas"]
    on_plots = [(t["text"], name) for t in frame["titles"] for name, area in areas.items()
                if _meet(t, area, -1)]
    assert on_plots == [], "a title lies over a plot (the batch strip struck it through)"
    assert all(t["left"] >= frame["chart"]["left"] - 0.5 for t in frame["titles"]), \
        "a title is cut at the chart's left edge"
    ticks = frame["ticks"]
    assert len(ticks) >= 2
    assert not any(_meet(a, b, 2) for i, a in enumerate(ticks) for b in ticks[i + 1:]), \
        "the colour bar's tick labels run into each other"
    (colorbar,) = frame["colorbar"]
    x, column = areas["xy"], areas["x2y2"]
    assert colorbar["bottom"] <= x["top"] and colorbar["right"] <= column["left"], \
        "the colour bar stands over X, clear of the current column"
    assert not any(_meet(colorbar, t, 1) for t in texts), "the colour bar covers a title"
    cells = [c for c in frame["cells"] if column["top"] <= (c["top"] + c["bottom"]) / 2
             <= column["bottom"]]
    assert cells and all(column["left"] - 0.5 <= c["left"] and c["right"] <= column["right"]
                         + 0.5 for c in cells), "a value of the current column is cut"
