"""The vector, matrix and batch pages in a real Chromium: what only a browser can show
(Plotly's own data after a rerun, the client-side animation)."""

from __future__ import annotations

import contextlib

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from lesson import batch as batch_spec
from tests.browser import harness
from ui.navigation import LESSON_PAGES

pytestmark = pytest.mark.browser

URL = {page.name: page.url_path for page in LESSON_PAGES}

# [rows, columns] of every heatmap in the chart with widget key `key` (Plotly's own data).
_HEATMAP_SHAPES = """(key) => {
  const gd = document.querySelector('.st-key-' + key + ' .js-plotly-plot');
  if (!gd || !gd._fullData) return null;
  return gd._fullData.filter((t) => t.type === 'heatmap')
                     .map((t) => [t.z.length, t.z[0].length]);
}"""

_ANIMATION = ".st-key-bl_animation .js-plotly-plot"
_ACTIVE_FRAME = f"""() => {{
  const gd = document.querySelector('{_ANIMATION}');
  return gd && gd._fullLayout ? gd._fullLayout.sliders[0].active : null;
}}"""


def heatmap_shapes(page, key: str, expected: list[list[int]]) -> list[list[int]]:
    """Wait (bounded) until the chart `key` draws heatmaps of `expected` shapes; return what
    it draws (equal to `expected` unless the wait timed out)."""
    with contextlib.suppress(PlaywrightTimeout):  # then report what is drawn instead
        page.wait_for_function(
            f"(want) => JSON.stringify(({_HEATMAP_SHAPES})(want[0])) === want[1]",
            arg=[key, str(expected).replace(" ", "")], timeout=10_000,
        )
    return page.evaluate(_HEATMAP_SHAPES, key)


def press_on_slider(page, key: str, name: str) -> None:
    page.locator(f".st-key-{key} input[type=range]").focus()
    with harness.rerun(page):
        page.keyboard.press(name)
    harness.assert_no_exception(page)


def test_vector_feature_count_resizes_the_heatmaps(light_page, open_app):
    page = light_page
    open_app(page, f"{URL['vector']}?lang=en&v_features=5")
    assert heatmap_shapes(page, "v_w", [[5, 1]]) == [[5, 1]]
    assert heatmap_shapes(page, "v_xt", [[1, 5]]) == [[1, 5]]

    press_on_slider(page, "v_features", "ArrowRight")
    assert "v_features=6" in page.url
    assert heatmap_shapes(page, "v_w", [[6, 1]]) == [[6, 1]]  # w ∈ ℝ^{6×1}
    assert heatmap_shapes(page, "v_xt", [[1, 6]]) == [[1, 6]]  # xᵀ ∈ ℝ^{1×6}


def test_matrix_feature_count_resizes_the_heatmaps(light_page, open_app):
    page = light_page
    open_app(page, f"{URL['matrix']}?lang=en&m_features=4&m_samples=6")
    assert heatmap_shapes(page, "m_X", [[4, 6]]) == [[4, 6]]

    press_on_slider(page, "m_features", "ArrowRight")
    assert "m_features=5" in page.url
    assert heatmap_shapes(page, "m_X", [[5, 6]]) == [[5, 6]]  # X ∈ ℝ^{5×6}
    assert heatmap_shapes(page, "m_w", [[5, 1]]) == [[5, 1]]  # w ∈ ℝ^{5×1}
    assert heatmap_shapes(page, "m_Z", [[6, 1]]) == [[6, 1]]  # one z per sample, unchanged

    press_on_slider(page, "m_samples", "ArrowLeft")
    assert heatmap_shapes(page, "m_X", [[5, 5]]) == [[5, 5]]
    assert heatmap_shapes(page, "m_A", [[5, 1]]) == [[5, 1]]


def open_batch_page(page, open_app, **params) -> None:
    query = "&".join(f"{key}={value}" for key, value in {"lang": "en", **params}.items())
    open_app(page, f"{URL['batch']}?{query}")
    page.wait_for_function(f"() => ({_ACTIVE_FRAME})() !== null")
    # ui.animation_sync listens to the drawn chart from its next look (every 150 ms): a
    # scrubber moved before that stays in the browser.
    page.wait_for_function(f"() => !!document.querySelector('{_ANIMATION}').__neuronLabSync")


def test_batch_play_advances_the_frames_and_pause_stops_them(light_page, open_app):
    page = light_page
    speed = 10  # batches per second: 100 ms per frame
    # 100 samples in batches of 2: 50 frames, 5 s of animation, far more than the test needs
    open_batch_page(page, open_app, bl_n_data=100, bl_batch=2, bl_speed=speed)
    assert page.evaluate(_ACTIVE_FRAME) == 0
    animation = page.locator(_ANIMATION)

    animation.locator(".updatemenu-button", has_text="Play").click()
    page.wait_for_function(f"() => ({_ACTIVE_FRAME})() >= 3", timeout=10_000)
    animation.locator(".updatemenu-button", has_text="Pause").click()
    paused_at = page.evaluate(_ACTIVE_FRAME)
    assert 3 <= paused_at < 49

    # Nothing to wait *for* when checking that nothing happens: watch for 5 frame durations.
    page.wait_for_timeout(5 * batch_spec.frame_ms(speed))
    stopped_at = page.evaluate(_ACTIVE_FRAME)
    assert stopped_at - paused_at <= 1, "the animation kept running after Pause"
    harness.assert_no_exception(page)


def test_batch_next_button_advances_one_batch(light_page, open_app):
    page = light_page
    open_batch_page(page, open_app, bl_n_data=100, bl_batch=8)
    assert page.evaluate(_ACTIVE_FRAME) == 0

    next_button = page.locator(".st-key-bl_next button:visible")
    with harness.rerun(page):
        next_button.click()
    harness.assert_no_exception(page)
    assert "bl_step=1" in page.url
    page.wait_for_function(f"() => ({_ACTIVE_FRAME})() === 1")

    with harness.rerun(page):
        next_button.click()
    assert "bl_step=2" in page.url
    page.wait_for_function(f"() => ({_ACTIVE_FRAME})() === 2")
    harness.screenshot(page, "batch-loop-after-two-steps")


def _click_cell(page, key: str, row: float, column: float, n_rows: int, n_columns: int) -> None:
    """Click inside cell (row, column) of the heatmap `key`, away from its centre (where a
    marker would be easy to hit): a whole cell must be a target, not a small marker."""
    area = page.locator(f".st-key-{key} .nsewdrag").first
    area.scroll_into_view_if_needed()
    box = area.bounding_box()
    with harness.rerun(page):
        page.mouse.click(box["x"] + box["width"] * (column + 0.5) / n_columns,
                         box["y"] + box["height"] * (row + 0.5) / n_rows)
    harness.assert_no_exception(page)


def test_matrix_click_on_a_cell_of_x_or_z_picks_that_sample(light_page, open_app):
    page = light_page
    open_app(page, f"{URL['matrix']}?lang=en&m_features=4&m_samples=6")
    _click_cell(page, "m_X", row=0.35, column=4.3, n_rows=4, n_columns=6)  # top of column 4
    assert "m_sample=4" in page.evaluate("() => location.search")
    sample_formula = page.locator(".katex-mathml annotation").all_text_contents()
    assert any("z_{4}" in tex for tex in sample_formula), sample_formula

    _click_cell(page, "m_Z", row=1.3, column=0.2, n_rows=6, n_columns=1)  # row 1 of Z
    assert "m_sample=1" in page.evaluate("() => location.search")
    frame = page.evaluate("() => document.querySelector('.st-key-m_X .js-plotly-plot')"
                          "._fullLayout.shapes[0].x0")
    assert frame == 0.5  # X frames column 1 now


def test_matrix_hover_on_x_still_shows_the_cell_value(light_page, open_app):
    page = light_page
    open_app(page, f"{URL['matrix']}?lang=en&m_features=4&m_samples=6")
    area = page.locator(".st-key-m_X .nsewdrag").first
    area.scroll_into_view_if_needed()
    box = area.bounding_box()
    page.mouse.move(box["x"] + box["width"] * 4.5 / 6, box["y"] + box["height"] * 1.5 / 4)
    page.wait_for_function("() => (document.querySelector('.st-key-m_X .hoverlayer')"
                           "?.textContent || '').startsWith('X[1, 4] = ')")


def test_vector_typed_value_reaches_the_heatmap_and_the_url(light_page, open_app):
    page = light_page
    open_app(page, f"{URL['vector']}?lang=en&v_features=5")
    grid = page.locator("[data-testid=stDataFrame]").first
    box = grid.bounding_box()
    page.mouse.click(box["x"] + box["width"] - 30, box["y"] + box["height"] / 2)  # a value cell
    for _ in range(5):  # to the first row, whichever the click hit…
        page.keyboard.press("ArrowUp")
    page.keyboard.press("ArrowDown")  # …then to row 1, the second feature
    page.wait_for_function("() => document.activeElement.id === 'glide-cell-1-1'")
    page.keyboard.press("Enter")  # opens the cell's editor
    editor = page.locator("input.gdg-input")
    editor.fill("2.5")
    with harness.rerun(page):
        editor.press("Enter")
    harness.assert_no_exception(page)
    page.wait_for_function("() => location.search.includes('v_x=')", timeout=10_000)
    typed = page.evaluate("() => new URLSearchParams(location.search).get('v_x')").split(",")
    assert typed[1] == "2.5" and len(typed) == 5
    drawn = page.evaluate("""() => document.querySelector('.st-key-v_xt .js-plotly-plot')
                                 ._fullData[0].z[0][1]""")
    assert drawn == 2.5  # xᵀ's second cell is the typed value


def test_vector_table_takes_a_column_typed_down_spreadsheet_style(light_page, open_app):
    page = light_page
    open_app(page, f"{URL['vector']}?lang=en&v_features=5")
    grid = page.locator("[data-testid=stDataFrame]").first
    box = grid.bounding_box()
    page.mouse.click(box["x"] + box["width"] - 30, box["y"] + box["height"] / 2)  # a value cell
    for _ in range(5):  # to the first row, whichever the click hit
        page.keyboard.press("ArrowUp")
    page.wait_for_function("() => document.activeElement.id === 'glide-cell-1-0'")
    typed = ["1", "2", "-1", "0.5", "3"]
    # As a student types down a column, never clicking: a key on the selected cell opens its
    # editor, Enter keeps the value, selects the cell below and reruns the page. (A value
    # typed within ~150 ms of a rerun's end can still be lost inside Streamlit's table, which
    # sends an edit 150 ms after it is made: hence the pause a reader's eyes take anyway.)
    for value in typed:
        page.keyboard.type(value, delay=50)
        with harness.rerun(page):
            page.keyboard.press("Enter")
        page.wait_for_timeout(300)
    assert page.evaluate("() => new URLSearchParams(location.search).get('v_x')") == (
        ",".join(typed))
    harness.wait_idle(page)
    harness.assert_no_exception(page)
    drawn = page.evaluate("""() => document.querySelector('.st-key-v_xt .js-plotly-plot')
                                 ._fullData[0].z[0]""")
    assert drawn == [1, 2, -1, 0.5, 3]


def test_batch_pause_is_the_pages_position_and_next_goes_on_from_it(light_page, open_app):
    page = light_page
    speed = 4  # 250 ms a frame: room for the pause to land on a frame, not between two
    open_batch_page(page, open_app, bl_n_data=100, bl_batch=2, bl_speed=speed)
    animation = page.locator(_ANIMATION)
    animation.locator(".updatemenu-button", has_text="Play").click()
    page.wait_for_function(f"() => ({_ACTIVE_FRAME})() >= 3", timeout=10_000)
    with harness.rerun(page):  # the reader's position goes to the server
        animation.locator(".updatemenu-button", has_text="Pause").click()
    paused_at = page.evaluate(_ACTIVE_FRAME)
    assert 3 <= paused_at < 49
    assert f"bl_step={paused_at}" in page.url
    # The caption above the chart says it too.
    assert page.get_by_text(f"Showing batch i = {paused_at} (").count() == 1

    with harness.rerun(page):
        page.locator(".st-key-bl_next button:visible").click()
    assert f"bl_step={paused_at + 1}" in page.url
    page.wait_for_function(f"() => ({_ACTIVE_FRAME})() === {paused_at + 1}")
    assert page.get_by_text(f"Showing batch i = {paused_at + 1} (").count() == 1
    loop = batch_spec.run_loop(0, batch_spec.N_FEATURES.default, 100, 2, True)
    log = page.locator("[data-testid=stCode]").first.inner_text()
    assert log.strip() == "\n".join(batch_spec.log_lines(loop, paused_at + 1)).strip()


def test_batch_scrubbing_by_hand_moves_the_pages_position(light_page, open_app):
    page = light_page
    open_batch_page(page, open_app, bl_n_data=100, bl_batch=8)  # 12 batches
    rail = page.locator(f"{_ANIMATION} .slider-rail-touch-rect").first
    box = rail.bounding_box()
    with harness.rerun(page):  # a click on the rail at batch 9 of 0 … 11
        page.mouse.click(box["x"] + box["width"] * 9 / 11, box["y"] + box["height"] / 2)
    harness.assert_no_exception(page)
    assert "bl_step=9" in page.url
    assert page.evaluate(_ACTIVE_FRAME) == 9
    assert page.get_by_text("Showing batch i = 9 (").count() == 1
