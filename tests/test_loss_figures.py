"""Charts of a training run: loss and parameters over the steps, the loss landscape."""

import json

import numpy as np
import pytest

from figures.loss import (
    MAX_POINTS,
    PATH_POINTS,
    LandscapeText,
    LossText,
    ParamsText,
    landscape_figure,
    loss_figure,
    parameter_names,
    params_figure,
    thin,
)
from lesson.datasets import make_dataset
from tests.helpers import DARK_PAGE, LIGHT_PAGE, contrast, decode
from tests.learn_runs import history, run, synthetic

DATA = make_dataset("blobs", 40, 0.8, 1)
RUN = run(DATA.X, DATA.y, batch_size=8, epochs=4, w0=[-1.0, 0.5], b0=0.5)  # 5 steps per epoch
LOSS_TEXT = LossText("step", "loss L", "each batch", "mean per epoch", "this step", "stopped")
PARAMS_TEXT = ParamsText("step", "value", "this step")
LANDSCAPE_TEXT = LandscapeText("w", "b", "L", "path", "start", "this step")


def spec(figure) -> dict:
    return json.loads(figure.to_json())


def by_name(spec, name) -> dict:
    return next(t for t in spec["data"] if t.get("name") == name)


# --- thinning ------------------------------------------------------------------------------

def test_short_series_are_kept_whole():
    values = np.array([3.0, 1.0, 2.0])
    steps, kept = thin(values)
    assert list(steps) == [0, 1, 2] and list(kept) == [3.0, 1.0, 2.0]


def test_long_series_keep_each_stretchs_lowest_and_highest_in_order():
    values = np.random.default_rng(0).normal(size=500_000)
    values[123_456], values[400_000] = 50.0, -50.0
    steps, kept = thin(values)
    assert len(steps) <= MAX_POINTS and np.all(np.diff(steps) > 0)
    np.testing.assert_array_equal(kept, values[steps])
    assert 123_456 in steps and 400_000 in steps  # the spikes stay
    assert kept.max() == 50.0 and kept.min() == -50.0


# --- loss ----------------------------------------------------------------------------------

def test_loss_per_step_per_epoch_and_the_current_step():
    fig = spec(loss_figure(RUN, step=7, text=LOSS_TEXT))
    per_step, per_epoch = by_name(fig, "each batch"), by_name(fig, "mean per epoch")
    np.testing.assert_array_equal(decode(per_step["x"]), np.arange(20))
    np.testing.assert_allclose(decode(per_step["y"]), RUN.loss, rtol=1e-6)  # float32
    np.testing.assert_allclose(decode(per_epoch["x"]), [2.0, 7.0, 12.0, 17.0])  # middles
    np.testing.assert_allclose(decode(per_epoch["y"]), RUN.loss.reshape(4, 5).mean(axis=1))
    assert per_epoch["line"]["width"] > per_step["line"]["width"]
    current = by_name(fig, "this step")
    assert current["x"] == [7] and current["y"] == pytest.approx([RUN.loss[7]])
    (mark,) = fig["layout"]["shapes"]
    assert mark["x0"] == mark["x1"] == 7
    assert fig["layout"]["yaxis"]["type"] == "linear"
    assert not fig["layout"].get("annotations")
    low, high = fig["layout"]["xaxis"]["range"]
    assert low < 0 and 20 < high < 21  # room around the first and the final step


@pytest.mark.parametrize("page", [LIGHT_PAGE, DARK_PAGE])
def test_every_loss_line_reads_on_a_light_and_on_a_dark_page(page):
    # WCAG 1.4.11: a line that carries data needs 3:1 against the page, at its opacity.
    fig = spec(loss_figure(RUN, step=7, text=LOSS_TEXT))
    for trace in fig["data"]:
        colour = trace["line"]["color"] if "line" in trace else trace["marker"]["color"]
        assert contrast(colour, page, trace.get("opacity", 1.0)) >= 3.0, trace["name"]


def test_after_the_last_step_only_the_line_marks_it():
    fig = spec(loss_figure(RUN, step=20, text=LOSS_TEXT))
    assert [t["name"] for t in fig["data"]] == ["each batch", "mean per epoch"]
    assert fig["layout"]["shapes"][0]["x0"] == 20


def test_a_loss_spanning_three_decades_gets_a_log_axis_unless_told_otherwise():
    steep = history(RUN.w[:4], RUN.b[:4], loss=[10.0, 1.0, 0.001])
    assert spec(loss_figure(steep, step=0, text=LOSS_TEXT))["layout"]["yaxis"]["type"] == "log"
    assert spec(loss_figure(steep, step=0, text=LOSS_TEXT, log_y=False)
                )["layout"]["yaxis"]["type"] == "linear"
    zero = history(RUN.w[:3], RUN.b[:3], loss=[0.5, 0.0])
    assert spec(loss_figure(zero, step=1, text=LOSS_TEXT))["layout"]["yaxis"]["type"] == "linear"


def test_a_run_that_stopped_early_says_so_where_it_stopped():
    stopped = history(RUN.w, RUN.b, loss=RUN.loss, stopped="non_finite")
    fig = spec(loss_figure(stopped, step=3, text=LOSS_TEXT))
    (note,) = fig["layout"]["annotations"]
    assert note["text"] == "stopped"
    # At the step that could not run, with a line of its own (not the current step's).
    assert note["x"] == stopped.stopped_at and note["xref"] == "x"
    current, stop = fig["layout"]["shapes"]
    assert current["x0"] == 3 and stop["x0"] == stop["x1"] == stopped.stopped_at
    assert stop["line"]["color"] != current["line"]["color"]
    low, high = fig["layout"]["xaxis"]["range"]
    assert low < 0 and high > stopped.stopped_at  # the mark shows whole


def test_a_blown_up_loss_is_drawn_as_it_was_not_flat_at_a_cap():
    """Identity + MSE at rate 10: the loss grows ~10⁴ a step until training stops at step
    79; the chart climbs all the way (float64 where float32 cannot hold it)."""
    from lesson import learn

    h = learn.run(learn.Settings(activation="identity", loss="mse", lr="10")).history
    assert h.stopped_at == 79 and h.loss.max() > 1e300
    fig = spec(loss_figure(h, step=0, text=LOSS_TEXT))
    per_step, per_epoch = by_name(fig, "each batch"), by_name(fig, "mean per epoch")
    np.testing.assert_allclose(decode(per_step["y"]), h.loss, rtol=1e-12)
    np.testing.assert_allclose(decode(per_epoch["y"]), h.epoch_loss, rtol=1e-12)
    assert not np.any(decode(per_step["y"]) == np.finfo(np.float32).max)
    assert fig["layout"]["yaxis"]["type"] == "log"
    assert 305 / fig["layout"]["yaxis"]["dtick"] <= 8  # a readable number of ticks
    # No tick past float64's end (Plotly.js would label it "Infinity").
    low, high = fig["layout"]["yaxis"]["range"]
    assert low < np.log10(h.loss.min()) < np.log10(h.loss.max()) < high
    assert high <= np.log10(np.finfo(float).max)


def test_a_long_run_is_thinned_and_stays_small():
    history = synthetic(5000, 1, 100, 2)  # 500,000 steps
    figure = loss_figure(history, step=250_000, text=LOSS_TEXT)
    fig = spec(figure)
    assert len(decode(by_name(fig, "each batch")["x"])) <= MAX_POINTS
    assert len(decode(by_name(fig, "mean per epoch")["y"])) == 100
    assert len(figure.to_json()) < 100_000


# --- parameters ----------------------------------------------------------------------------

def test_parameter_names_carry_subscripts_for_several_features():
    assert parameter_names(1) == ["w", "b"]
    assert parameter_names(2) == ["w₁", "w₂", "b"]
    assert parameter_names(12)[-2:] == ["w₁₂", "b"]


def test_each_parameter_over_the_steps_and_the_current_values_marked():
    fig = spec(params_figure(RUN, step=5, text=PARAMS_TEXT))
    for name, values in (("w₁", RUN.w[:, 0]), ("w₂", RUN.w[:, 1]), ("b", RUN.b)):
        line = by_name(fig, name)
        np.testing.assert_array_equal(decode(line["x"]), np.arange(21))
        # float32 (7 digits, half the bytes); exact where the marker sits.
        np.testing.assert_allclose(decode(line["y"]), values, rtol=1e-6, atol=1e-7)
    assert by_name(fig, "w₁")["line"]["dash"] != by_name(fig, "w₂")["line"]["dash"]
    assert by_name(fig, "b")["line"]["color"] != by_name(fig, "w₁")["line"]["color"]
    current = by_name(fig, "this step")
    assert current["x"] == [5, 5, 5]
    assert current["y"] == pytest.approx([RUN.w[5, 0], RUN.w[5, 1], RUN.b[5]])
    assert fig["layout"]["shapes"][0]["x0"] == 5


def test_a_scalar_neurons_parameters_are_w_and_b():
    line = make_dataset("line1d", 20, 0.2, 0)
    history = run(line.X, line.y, batch_size=4, epochs=2)
    fig = spec(params_figure(history, step=history.n_steps, text=PARAMS_TEXT))
    assert [t["name"] for t in fig["data"]] == ["w", "b", "this step"]
    assert by_name(fig, "this step")["y"] == pytest.approx([history.w[-1, 0], history.b[-1]])


# --- landscape -----------------------------------------------------------------------------

def bce_grid(gw, gb, x, y):
    z = gw[None, :, None] * x[None, None, :] + gb[:, None, None]
    return (np.logaddexp(0, z) - y[None, None, :] * z).mean(axis=2)


def test_the_landscape_shows_the_loss_and_gradient_descents_path():
    line = make_dataset("line1d", 30, 0.3, 0)
    history = run(line.X, line.y, batch_size=30, epochs=40, lr=1.0, w0=[-1.0], b0=2.0)
    gw, gb = np.linspace(-2, 6, 41), np.linspace(-6, 3, 31)
    L = bce_grid(gw, gb, line.X[0], line.y[:, 0])
    fig = spec(landscape_figure(gw, gb, L, history.w[:, 0], history.b, step=10,
                                text=LANDSCAPE_TEXT))
    contour = by_name(fig, "L")
    np.testing.assert_allclose(decode(contour["z"]), np.log10(L), rtol=1e-5)
    np.testing.assert_allclose(decode(contour["customdata"]), L, rtol=1e-6)
    np.testing.assert_allclose(decode(contour["x"]), gw, rtol=1e-6)
    path = by_name(fig, "path")
    np.testing.assert_allclose(decode(path["x"]), history.w[:, 0])
    np.testing.assert_allclose(decode(path["y"]), history.b)
    assert by_name(fig, "start")["x"] == [-1.0] and by_name(fig, "start")["y"] == [2.0]
    current = by_name(fig, "this step")
    assert current["x"] == [history.w[10, 0]] and current["y"] == [history.b[10]]
    # Gradient descent went downhill: the loss at the end is lower than at the start.
    final = bce_grid(history.w[-1:, 0], history.b[-1:], line.X[0], line.y[:, 0])[0, 0]
    start = bce_grid(np.array([-1.0]), np.array([2.0]), line.X[0], line.y[:, 0])[0, 0]
    assert final < start


def test_non_finite_and_zero_losses_leave_gaps_without_warnings():
    L = np.array([[0.0, 1.0], [np.inf, np.nan]])
    fig = spec(landscape_figure(np.array([0.0, 1.0]), np.array([0.0, 1.0]), L,
                                np.array([0.0, 1.0]), np.array([0.0, 1.0]), step=1,
                                text=LANDSCAPE_TEXT))
    z = decode(by_name(fig, "L")["z"])
    assert z[0, 0] == -12.0 and z[0, 1] == 0.0 and np.isnan(z[1]).all()


def test_a_long_path_is_thinned_but_keeps_its_ends_and_the_current_step():
    history = synthetic(5000, 1, 100, 2)  # 500,000 steps
    gw = np.linspace(-1, 1, 5)
    fig = spec(landscape_figure(gw, gw, np.ones((5, 5)), history.w[:, 0], history.w[:, 1],
                                step=123_457, text=LANDSCAPE_TEXT))
    xs = decode(by_name(fig, "path")["x"])
    assert len(xs) <= PATH_POINTS + 1
    ws = history.w[:, 0].astype(np.float32)  # the path is sent as float32
    assert xs[0] == ws[0] and xs[-1] == ws[-1]
    assert ws[123_457] in xs


def test_projector_mode_draws_thicker_lines_and_bigger_type():
    for build in (lambda present: loss_figure(RUN, step=3, text=LOSS_TEXT, present=present),
                  lambda present: params_figure(RUN, step=3, text=PARAMS_TEXT, present=present),
                  lambda present: landscape_figure(
                      np.linspace(-1, 1, 5), np.linspace(-1, 1, 5), np.ones((5, 5)),
                      RUN.w[:, 0], RUN.w[:, 1], step=3, text=LANDSCAPE_TEXT,
                      present=present)):
        normal, projector = spec(build(False)), spec(build(True))
        widths = [t["line"]["width"] for t in normal["data"] if t.get("mode") == "lines"]
        bigger = [t["line"]["width"] for t in projector["data"] if t.get("mode") == "lines"]
        assert all(b > a for a, b in zip(widths, bigger, strict=True)) and widths
        assert projector["layout"]["legend"]["font"]["size"] == 20
        assert projector["layout"]["yaxis"]["tickfont"]["size"] == 20
        assert "tickfont" not in normal["layout"]["yaxis"]


def test_no_training_yet_draws_empty_lines_and_the_start():
    untrained = run(DATA.X, DATA.y, epochs=0, w0=[0.5, 0.25], b0=-1.0)
    loss = spec(loss_figure(untrained, step=0, text=LOSS_TEXT))
    assert len(decode(by_name(loss, "each batch")["y"])) == 0
    params = spec(params_figure(untrained, step=0, text=PARAMS_TEXT))
    assert by_name(params, "this step")["y"] == [0.5, 0.25, -1.0]


# --- built once, shown at every step -------------------------------------------------------

def test_charts_built_once_mark_each_step_without_changing_for_the_others():
    from figures.loss import landscape_chart, loss_chart, params_chart

    long = synthetic(3000, 1, 1, 1)  # 3,000 steps: the landscape's path is sampled
    grid = np.linspace(-1, 1, 5)
    charts = {
        "loss": (loss_chart(RUN, text=LOSS_TEXT),
                 lambda k: loss_figure(RUN, step=k, text=LOSS_TEXT), (0, 7, RUN.n_steps)),
        "params": (params_chart(RUN, text=PARAMS_TEXT),
                   lambda k: params_figure(RUN, step=k, text=PARAMS_TEXT), (0, 7, 20)),
        "landscape": (landscape_chart(grid, grid, np.ones((5, 5)), long.w[:, 0], long.b,
                                      text=LANDSCAPE_TEXT),
                      lambda k: landscape_figure(grid, grid, np.ones((5, 5)), long.w[:, 0],
                                                 long.b, step=k, text=LANDSCAPE_TEXT),
                      (0, 1001, 2999, 1001)),
    }
    for name, (chart, fresh, steps) in charts.items():
        for step in steps:
            assert spec(chart.at(step)) == spec(fresh(step)), (name, step)
    path = by_name(spec(charts["landscape"][0].at(1001)), "path")
    assert np.isclose(decode(path["x"]), long.w[1001, 0], rtol=1e-6, atol=0).any()


def test_blown_up_parameters_get_a_symmetric_log_axis_and_the_stop_marked():
    # w grows ×-10 a step to 1e150, b to -1e148, then training stopped (as lr = 10 does).
    k = np.arange(151)
    w = np.stack([0.13 * (-10.0) ** np.minimum(k, 150), 0.2 * (-10.0) ** k], axis=1)
    b = -0.5 * 10.0 ** (k - 2)
    blown = history(w, b, loss=np.ones(150), stopped="non_finite")
    text = ParamsText("step", "value", "this step", value_axis_log="value (log)",
                      stopped="stopped at 150")
    fig = spec(params_figure(blown, step=1, text=text))
    for name, values in (("w₁", w[:, 0]), ("w₂", w[:, 1]), ("b", b)):
        line = by_name(fig, name)
        shown = np.sign(values) * np.log10(1 + np.abs(values))
        np.testing.assert_allclose(decode(line["y"]), shown, rtol=1e-6, atol=1e-7)
        np.testing.assert_allclose(decode(line["customdata"]), values, rtol=1e-6)
    # The start is apart from 0 (0.13 → 0.053), the end at 150 decades: both in view.
    axis = fig["layout"]["yaxis"]
    assert axis["title"]["text"] == "value (log)"
    assert "0" in axis["ticktext"] and "10<sup>150</sup>" in axis["ticktext"]
    position = dict(zip(axis["ticktext"], axis["tickvals"], strict=True))
    assert position["10<sup>150</sup>"] == pytest.approx(np.log10(1 + 1e150))
    current = by_name(fig, "this step")
    assert current["y"] == pytest.approx(np.sign([w[1, 0], w[1, 1], b[1]])
                                         * np.log10(1 + np.abs([w[1, 0], w[1, 1], b[1]])))
    (note,) = fig["layout"]["annotations"]
    assert note["text"] == "stopped at 150"
    assert fig["layout"]["shapes"][1]["x0"] == blown.stopped_at


def test_parameters_that_stay_small_keep_a_linear_axis():
    fig = spec(params_figure(RUN, step=5, text=PARAMS_TEXT))
    assert "ticktext" not in fig["layout"]["yaxis"] and fig["layout"]["yaxis"]["title"][
        "text"] == "value"


def test_the_landscape_has_a_colour_bar_saying_darker_is_lower_and_reads_on_both_pages():
    from figures.style import SEQUENTIAL

    w, b = np.linspace(-2, 2, 5), np.linspace(-1, 1, 3)
    loss = np.array([[0.01, 0.1, 1.0, 10.0, 100.0]] * 3)  # 4 decades
    fig = spec(landscape_figure(w, b, loss, np.array([0.0, 1.0]), np.array([0.0, 0.5]),
                                step=0, text=LANDSCAPE_TEXT))
    contour = fig["data"][0]
    assert contour["showscale"] is True
    bar = contour["colorbar"]
    assert bar["title"]["text"] == "L (log)"
    # Ticks at the loss's powers of ten, placed on log10(loss) (what the contour colours).
    assert bar["tickvals"] == [-2, -1, 0, 1, 2]
    assert bar["ticktext"] == ["10<sup>-2</sup>", "10<sup>-1</sup>", "1", "10", "10<sup>2</sup>"]
    # The app's sequential scale, dark at the low end: darker = lower loss.
    scale = [list(stop) for stop in contour["colorscale"]]
    assert scale == [list(stop) for stop in SEQUENTIAL]
    first, last = scale[0][1], scale[-1][1]
    assert contrast(first, LIGHT_PAGE) > contrast(last, LIGHT_PAGE)
    # Neither end is the dark page's near-white glare of the old scale.
    assert all(contrast(colour, DARK_PAGE) < 15 for _, colour in scale)
