"""The Learn page in a real Chromium: themes and languages, the animation (Play, scrubbing),
the server's step, a CSV upload, and a screenshot of every data set."""

from __future__ import annotations

import pytest

from lesson.datasets import DATASETS
from tests.browser import harness
from ui.navigation import LESSON_PAGES

pytestmark = pytest.mark.browser

URL = next(page.url_path for page in LESSON_PAGES if page.name == "learn")
_FIGURE = ".st-key-ln_fig_boundary .js-plotly-plot"
_ACTIVE = f"""() => {{
  const gd = document.querySelector('{_FIGURE}');
  return gd && gd._fullLayout && gd._fullLayout.sliders ? gd._fullLayout.sliders[0].active
                                                         : null;
}}"""
# The decision line as Plotly draws it now: its trace is named by the figure's legend text.
_LINE = f"""() => {{
  const gd = document.querySelector('{_FIGURE}');
  const line = gd.data.find((t) => t.mode === 'lines' && t.name && t.name.startsWith('decision'));
  return line ? [Array.from(line.x), Array.from(line.y)] : null;
}}"""


def open_learn(page, open_app, **params) -> None:
    query = "&".join(f"{key}={value}" for key, value in {"lang": "en", **params}.items())
    open_app(page, f"{URL}?{query}")
    page.wait_for_function(f"() => ({_ACTIVE})() !== null")
    wait_for_sync(page)


def wait_for_sync(page) -> None:
    """Until ui.animation_sync listens to the drawn chart (it looks every 150 ms): a
    scrubber moved before that stays in the browser."""
    page.wait_for_function(f"() => !!document.querySelector('{_FIGURE}').__neuronLabSync")


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("lang", ["en", "ko"])
def test_learn_page_loads_in_each_theme_and_language(new_page, open_app, scheme, lang):
    page = new_page(scheme, "ko-KR" if lang == "ko" else "en-US")
    open_learn(page, open_app, lang=lang, ln_step=3)
    harness.assert_no_exception(page)
    assert page.locator(".katex").count() >= 3  # the step's update is written out
    harness.screenshot(page, f"learn-{lang}-{scheme}")


def test_play_runs_and_scrubbing_moves_the_line(light_page, open_app):
    page = light_page
    open_learn(page, open_app, ln_batch="full", ln_epochs=60)  # 60 steps, 61 frames
    assert page.evaluate(_ACTIVE) == 0
    start_line = page.evaluate(_LINE)
    figure = page.locator(_FIGURE)
    figure.locator(".updatemenu-button", has_text="Play").click()
    page.wait_for_function(f"() => ({_ACTIVE})() >= 3", timeout=15_000)
    with harness.rerun(page):  # where the reader pauses becomes the server's step
        figure.locator(".updatemenu-button", has_text="Pause").click()
    paused = page.evaluate(_ACTIVE)
    assert 3 <= paused < 60 and f"ln_step={paused}" in page.url
    assert page.evaluate(_LINE) != start_line  # the line moved while playing
    assert any(f"Step {paused} of 60" in text
               for text in page.locator("[data-testid=stCaptionContainer]").all_inner_texts())
    with harness.rerun(page):  # Next goes on from where the reader paused
        page.locator(".st-key-ln_next button:visible").click()
    page.wait_for_function(f"() => location.search.includes('ln_step={paused + 1}')")
    page.wait_for_function(f"() => ({_ACTIVE})() !== null")

    def scrub(fraction: float) -> None:
        wait_for_sync(page)
        rail = page.locator(_FIGURE).locator(".slider-rail-rect").bounding_box()
        with harness.rerun(page):
            page.mouse.click(rail["x"] + rail["width"] * fraction,
                             rail["y"] + rail["height"] / 2)

    scrub(0.8)
    page.wait_for_function(f"() => ({_ACTIVE})() >= 40")
    scrubbed = page.evaluate(_LINE)
    scrub(0.0)
    page.wait_for_function(f"() => ({_ACTIVE})() === 0")
    assert "ln_step" not in page.url  # back at step 0, the default
    assert page.evaluate(_LINE) == start_line != scrubbed  # the first line again
    harness.assert_no_exception(page)


def test_next_step_moves_the_servers_step(light_page, open_app):
    page = light_page
    open_learn(page, open_app)
    with harness.rerun(page):
        page.locator(".st-key-ln_next button:visible").click()
    harness.assert_no_exception(page)
    assert "ln_step=1" in page.url
    page.wait_for_function(f"() => ({_ACTIVE})() === 1")


def test_a_slider_move_reaches_the_url(light_page, open_app):
    page = light_page
    open_learn(page, open_app)
    page.locator(".st-key-ln_epochs input[type=range]").focus()
    with harness.rerun(page):
        page.keyboard.press("ArrowRight")
    harness.assert_no_exception(page)
    page.wait_for_function("() => location.search.includes('ln_epochs=21')")


def test_csv_upload_trains_on_it_and_a_bad_file_is_explained(light_page, open_app, tmp_path):
    page = light_page
    open_app(page, f"{URL}?lang=en&ln_data=csv")  # no file yet: no figure
    good = tmp_path / "good.csv"
    good.write_text("x1,x2,label\n" + "".join(
        f"{i / 10},{(i % 7) / 3},{int(i > 9)}\n" for i in range(20)), encoding="utf-8")
    with harness.rerun(page):
        page.locator("[data-testid=stFileUploaderDropzoneInput]").set_input_files(str(good))
    harness.assert_no_exception(page)
    page.wait_for_function(f"() => ({_ACTIVE})() !== null")
    assert "csv" not in page.evaluate("() => location.search").replace("ln_data=csv", "")

    bad = tmp_path / "bad.csv"
    bad.write_text("x1,x2,label\n1,2,0\n3,<b>four</b>,1\n", encoding="utf-8")
    with harness.rerun(page):
        page.locator("[data-testid=stFileUploaderDropzoneInput]").set_input_files(str(bad))
    harness.assert_no_exception(page)
    error = page.locator("[data-testid=stAlertContentError]").inner_text()
    assert "Line 3" in error and "<b>four</b>" in error  # the cell, as plain text
    assert page.locator("[data-testid=stAlertContentError] b").count() == 0
    harness.screenshot(page, "learn-csv-bad-file")


@pytest.mark.parametrize("name", DATASETS)
def test_screenshot_of_each_data_set(light_page, open_app, name):
    page = light_page
    open_learn(page, open_app, ln_data=name, ln_step=12)
    harness.assert_no_exception(page)
    harness.screenshot(page, f"learn-{name}")


@pytest.mark.parametrize("run", [{"ln_step": 3, "ln_loss": "mse"},
                                 {"ln_step": 78, "ln_loss": "mse", "ln_lr": 10,
                                  "ln_activation": "identity"}], ids=["mse", "blown-up"])
@pytest.mark.parametrize("size", [(390, 844), (1280, 800)], ids=["phone", "laptop"])
@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_update_formulas_are_whole_on_a_phone_and_a_laptop(browser, open_app, lang, size,
                                                                run):
    # Each formula fits its column: nothing of the result vector or the new w and b is cut
    # at the right edge.
    phone = size[0] < 600
    context = browser.new_context(viewport={"width": size[0], "height": size[1]},
                                  has_touch=phone, is_mobile=phone,
                                  locale="ko-KR" if lang == "ko" else "en-US")
    try:
        page = context.new_page()
        open_learn(page, open_app, lang=lang, **run)
        harness.assert_no_exception(page)
        formulas = page.locator("[data-testid=stMain] .katex-display")
        assert formulas.count() >= 3
        formulas.first.scroll_into_view_if_needed()
        cut = page.evaluate("""() => [...document.querySelectorAll(
            '[data-testid=stMain] .katex-display .katex-html')].map((e) => {
              const box = e.getBoundingClientRect();
              return {right: box.right, wide: e.scrollWidth - e.clientWidth};
            }).filter((b) => b.right > window.innerWidth + 0.5 || b.wide > 4)""")
        assert cut == [], cut
        formulas.nth(2).scroll_into_view_if_needed()
        harness.screenshot(page, f"learn-formulas-{lang}-{size[0]}-{run['ln_step']}",
                           full_page=False)
    finally:
        context.close()


# Boxes of the boundary chart's title, legend and plot area, in page pixels.
_BOXES = f"""() => {{
  const gd = document.querySelector('{_FIGURE}');
  const box = (selector) => {{
    const r = gd.querySelector(selector).getBoundingClientRect();
    return {{top: r.top, bottom: r.bottom}};
  }};
  return {{title: box('.gtitle'), legend: box('.legend'), plot: box('.nsewdrag')}};
}}"""


@pytest.mark.parametrize("width, height", [(1280, 720), (1024, 768)])
def test_projector_mode_has_no_empty_band_above_the_legend(new_page, open_app, width,
                                                           height):
    page = new_page(viewport={"width": width, "height": height})
    open_learn(page, open_app, present="true")
    boxes = page.evaluate(_BOXES)
    title, legend, plot = boxes["title"], boxes["legend"], boxes["plot"]
    assert title["bottom"] <= legend["top"] and legend["bottom"] <= plot["top"], boxes
    if width == 1280:  # one legend row: title, legend and plot close together
        assert legend["top"] - title["bottom"] <= 30, boxes
        assert plot["top"] - legend["bottom"] <= 30, boxes
    harness.screenshot(page, f"learn-present-{width}", full_page=False)


# The label of the scrubber's step the figure shows (the step number of that frame).
_SHOWN_STEP = f"""() => {{
  const gd = document.querySelector('{_FIGURE}');
  const slider = gd._fullLayout.sliders[0];
  return Number(slider.steps[slider.active].args[0][0]);
}}"""


def test_a_sampled_animation_opens_at_an_unsampled_step_and_pauses_at_a_frames_step(
        light_page, open_app):
    page = light_page
    open_learn(page, open_app, ln_step=7)  # 260 steps in 100 frames: 7 is not among them
    assert page.evaluate(_SHOWN_STEP) == 7
    figure = page.locator(_FIGURE)
    figure.locator(".updatemenu-button", has_text="Play").click()
    page.wait_for_function(f"() => ({_SHOWN_STEP})() >= 20", timeout=15_000)
    with harness.rerun(page):
        figure.locator(".updatemenu-button", has_text="Pause").click()
    paused = page.evaluate(_SHOWN_STEP)
    assert paused > 7 and f"ln_step={paused}" in page.url
    page.wait_for_function(f"() => ({_SHOWN_STEP})() === {paused}")
    assert any(f"Step {paused} of 260" in text
               for text in page.locator("[data-testid=stCaptionContainer]").all_inner_texts())
    harness.assert_no_exception(page)


# What the reader sees of the boundary figure now: the map's drawn image, the title's step,
# the scrubber's label and the legend's height.
_PICTURE = f"""() => {{
  const gd = document.querySelector('{_FIGURE}');
  // The output map's bands: filled polygons (an empty band draws no path).
  const fills = Array.from(gd.querySelectorAll('.scatterlayer .fills path'))
    .filter((path) => (path.getAttribute('d') || '').length > 10);
  const slider = gd._fullLayout.sliders[0];
  const title = gd.querySelector('.gtitle');
  const legend = gd.querySelector('.legend').getBoundingClientRect();
  const bands = gd.data.filter((t) => t.fill === 'toself' && t.x && t.x[0] !== null);
  return {{
    fills: fills.length,
    bands: bands.length,
    title: title ? title.textContent : '',
    bold: title ? (title.getAttribute('data-unformatted') || '').startsWith('<b>') : null,
    size: title ? getComputedStyle(title).fontSize : '',
    slider: Number(slider.steps[slider.active].args[0][0]),
    legend: Math.round(legend.height),
  }};
}}"""


def test_every_frame_while_playing_carries_the_map_and_one_legend(light_page, open_app):
    page = light_page
    open_learn(page, open_app)  # 260 steps, the decision line out of view at step 0
    first = page.evaluate(_PICTURE)
    assert first["fills"] == first["bands"] >= 1  # every band in view is drawn
    figure = page.locator(_FIGURE)
    figure.locator(".updatemenu-button", has_text="Play").click()
    seen = []
    for _ in range(12):
        page.wait_for_timeout(130)
        seen.append(page.evaluate(_PICTURE))
    figure.locator(".updatemenu-button", has_text="Pause").click()
    assert max(p["slider"] for p in seen) >= 20, seen  # it played
    for picture in seen:
        assert picture["fills"] >= 1, picture  # the map is drawn in every frame
        assert picture["legend"] == first["legend"], (first, picture)  # no jump
        assert (picture["bold"], picture["size"]) == (first["bold"], first["size"]), picture
    page.wait_for_timeout(400)
    paused = page.evaluate(_PICTURE)
    assert paused["title"].startswith(f"step {paused['slider']} of 260"), paused
    assert paused["fills"] == paused["bands"] >= 2, paused  # the map drew every band


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_longest_activation_and_start_names_are_shown_whole(light_page, open_app, lang):
    page = light_page
    open_learn(page, open_app, lang=lang, ln_activation="identity", ln_start="saturated")
    for key in ("ln_activation", "ln_start"):
        # The menu shows its value in a text box: wider text than box is cut off.
        widths = page.evaluate("""(key) => {
          const input = document.querySelector(`.st-key-${key} input[role=combobox]`);
          return [input.value, input.scrollWidth, input.clientWidth];
        }""", key)
        assert widths[0] and widths[1] <= widths[2], (key, widths)
