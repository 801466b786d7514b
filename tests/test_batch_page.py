"""The batch page from the entry point: the lesson's loop, its log, its animation, its URL."""

import contextlib
import io
import json

import numpy as np
import pytest

from lesson import batch as spec
from tests.helpers import app, chart, decode, notices

PAGE = "pages/batch.py"
LESSON_LINE = "(20, 8) (8, 1)"


def batch_page(query=None):
    at = app(query, page=PAGE)
    assert not at.exception
    return at


def log(at) -> list[str]:
    return at.code[0].value.splitlines()


def animation(at) -> dict:
    return chart(at, "bl_animation")


def test_defaults_follow_the_lesson_and_start_at_batch_0():
    at = batch_page()
    assert log(at) == ["n_batch = n_data // batch_size = 100 // 8 = 12", LESSON_LINE]
    fig = animation(at)
    assert len(fig["frames"]) == 12
    assert fig["layout"]["sliders"][0]["active"] == 0
    assert notices(at) == []


def test_run_to_the_end_prints_the_lessons_twelve_lines():
    at = batch_page({"bl_step": "11"})
    lines = log(at)
    assert lines[0] == "n_batch = n_data // batch_size = 100 // 8 = 12"
    assert lines[1:] == [LESSON_LINE] * 12
    assert animation(at)["layout"]["sliders"][0]["active"] == 11


def test_keeping_the_last_batch_gives_13_the_last_of_4():
    at = batch_page({"bl_drop_last": "false", "bl_step": "12"})
    lines = log(at)
    assert lines[0] == "n_batch = ceil(n_data / batch_size) = ceil(100 / 8) = 13"
    assert lines[1:] == [LESSON_LINE] * 12 + ["(20, 4) (4, 1)"]
    assert len(animation(at)["frames"]) == 13


def test_next_batch_steps_on_the_server_and_moves_the_figure():
    at = batch_page()
    at.button(key="bl_next").click().run()
    at.button(key="bl_next").click().run()
    assert not at.exception
    assert log(at)[1:] == [LESSON_LINE] * 3
    assert at.query_params["bl_step"] in ("2", ["2"])
    fig = animation(at)
    assert fig["layout"]["sliders"][0]["active"] == 2
    assert fig["layout"]["title"]["text"].startswith("i = 2 · X[:, 16:24] (20, 8)")
    at.button(key="bl_to_end").click().run()
    assert len(log(at)) == 13
    at.button(key="bl_restart").click().run()
    assert len(log(at)) == 2


def test_frames_hold_the_neurons_predictions_for_each_batch():
    at = batch_page({"bl_n_data": "30", "bl_batch": "7", "bl_features": "3", "seed": "5"})
    X = np.round(np.random.default_rng([5, 2]).standard_normal((3, 30)), 2)
    rng = np.random.default_rng(5)
    w, b = rng.standard_normal((3, 1)), rng.standard_normal(())
    a = 1 / (1 + np.exp(-(X.T @ w + b)))
    frames = animation(at)["frames"]
    assert len(frames) == 4  # 30 // 7, 2 samples dropped
    for k, frame in enumerate(frames):
        current = frame["data"][-1]
        np.testing.assert_allclose(decode(current["z"]).ravel(), a[7 * k: 7 * k + 7, 0],
                                   rtol=1e-12)
        outline = decode(frame["data"][1]["x"])
        assert (outline.min(), outline.max()) == (7 * k - 0.5, 7 * k + 6.5)


@pytest.mark.parametrize("query", [
    {"bl_batch": "1", "bl_n_data": "40"},
    {"bl_batch": "50", "bl_n_data": "50"},
    {"bl_n_data": "1"},
    {"bl_batch": "7", "bl_n_data": "20", "bl_drop_last": "false", "lang": "ko"},
])
def test_edge_cases_render(query):
    at = batch_page(query)
    n_data, batch_size = int(query["bl_n_data"]), int(query.get("bl_batch", 1))
    count = spec.counts(n_data, min(batch_size, n_data), query.get("bl_drop_last") != "false")
    assert len(animation(at)["frames"]) == count.n_batches


@pytest.mark.parametrize(("query", "key"), [
    ({"bl_n_data": "abc"}, "bl_n_data"),
    ({"bl_batch": "300"}, "bl_batch"),
    ({"bl_features": "many"}, "bl_features"),
    ({"bl_drop_last": "maybe"}, "bl_drop_last"),
    ({"bl_step": "-3"}, "bl_step"),
    ({"bl_speed": "inf"}, "bl_speed"),
])
def test_bad_url_values_give_a_notice_and_the_lesson_defaults(query, key):
    at = batch_page(query)
    assert any(f"`{key}=" in text for text in notices(at))
    assert log(at) == ["n_batch = n_data // batch_size = 100 // 8 = 12", LESSON_LINE]


def test_a_step_past_the_end_is_clamped_to_the_last_batch_with_a_notice():
    at = batch_page({"bl_step": "40"})
    assert any("i = 40" in text and "i = 11" in text for text in notices(at))
    assert len(log(at)) == 13


def test_shrinking_n_data_below_the_batch_size_clamps_it_with_a_notice():
    at = batch_page()
    at.slider(key="bl_batch").set_value(60).run()
    at.slider(key="bl_n_data").set_value(40).run()
    assert not at.exception
    assert at.slider(key="bl_batch").value == 40
    assert any("60" in box.value and "40" in box.value for box in at.info)
    assert log(at) == ["n_batch = n_data // batch_size = 40 // 40 = 1", "(20, 40) (40, 1)"]


def test_no_batch_at_all_is_explained_by_the_lesson_helpers():
    # The batch slider stops at n_data, so the page cannot reach 0 batches; the helpers can.
    loop = spec.run_loop(0, 20, 10, 20, True)
    assert loop.steps == () and spec.log_lines(loop, -1) == [
        "n_batch = n_data // batch_size = 10 // 20 = 0"]


def test_parameters_are_shown_once_and_identical_for_every_batch():
    at = batch_page({"bl_step": "11"})
    w = np.random.default_rng(0).standard_normal((20, 1))
    shown = decode(chart(at, "bl_weights")["data"][0]["z"])  # wᵀ: one row, a cell per feature
    assert shown.shape == (1, 20)
    np.testing.assert_allclose(shown, w.T, atol=1e-6)
    assert any("(checked for each, number of batches: 12)" in md.value for md in at.markdown)


def test_largest_sizes_stay_under_one_megabyte_on_the_wire():
    at = batch_page({"bl_n_data": "500", "bl_features": "64", "bl_batch": "1"})
    element = next(e for e in at.get("plotly_chart") if "bl_animation" in e.proto.id)
    assert len(json.loads(element.proto.spec)["frames"]) == 500
    assert len(element.proto.spec.encode()) < 1_000_000


@pytest.mark.parametrize("query", [
    {},
    {"bl_n_data": "23", "bl_batch": "5", "bl_features": "3", "bl_drop_last": "false", "seed": "4"},
])
def test_the_code_panel_prints_the_log_of_the_whole_loop(query):
    at = batch_page({**query, "bl_code": "true"})
    at.button(key="bl_to_end").click().run()
    [code] = [block.value for block in at.code if "from neuron import" in block.value]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "<code panel>", "exec"), {})
    assert out.getvalue().splitlines() == log(at)


def test_the_code_box_is_closed_and_costs_nothing_until_opened():
    at = batch_page()
    assert [block for block in at.code if "from neuron import" in block.value] == []
    assert "bl_code" not in at.query_params
