"""The Learn page's main picture: the decision line (2-D) or output curve (1-D), step by step."""

import json
import math

import numpy as np
import plotly.io
import pytest

from figures import boundary
from figures.boundary import (
    MAP_SCALE,
    MAX_FRAMES,
    MOVING_1D,
    MOVING_2D,
    TRACES_1D,
    TRACES_2D,
    BoundaryText,
    boundary_figure,
    clip_line,
    decision_z,
    frame_steps,
)
from lesson.datasets import make_dataset
from tests.helpers import DARK_PAGE, LIGHT_PAGE, contrast, decode
from tests.learn_runs import history as make_history
from tests.learn_runs import run, synthetic

LIMIT = 1_500_000  # characters of the figure's JSON, as Streamlit sends it


def text(steps) -> BoundaryText:
    words = dict.fromkeys(("x1", "x2", "class0", "class1", "batch", "line", "curve", "output",
                           "play", "pause", "slider_prefix"), "t")
    return BoundaryText(frame_titles=tuple(f"step {k}" for k in steps), **words)


def build(data, history, step, activation="sigmoid", steps=None):
    steps = frame_steps(history, step, data.X.shape[1]) if steps is None else steps
    fig = boundary_figure(data.X, data.y, history, step=step, frame_steps=steps,
                          text=text(steps), activation=activation)
    return steps, json.loads(fig.to_json())


def shown(value) -> np.ndarray:
    """The points of a trace's x or y that are drawn (an empty trace holds one null)."""
    values = decode(value)
    return values[~np.isnan(values)]


def trace(spec, name, names=TRACES_2D):
    return spec["data"][names.index(name)]


BLOBS = make_dataset("blobs", 60, 0.6, 0)
BLOBS_RUN = run(BLOBS.X, BLOBS.y, batch_size=8, epochs=3, w0=[-1.0, 0.5], b0=0.5)  # 24 steps


# --- the line ------------------------------------------------------------------------------

BOX = (-2.0, 3.0, -1.0, 4.0)


@pytest.mark.parametrize(("w1", "w2", "c"), [
    (1.0, 1.0, 0.0), (2.0, -0.5, 1.0), (0.0, 3.0, 6.0), (-4.0, 0.0, 2.0), (1e-14, 1.0, 1.0),
    (1.0, 1.0, 7.0),  # through the corner (3, 4)
])
def test_clipped_line_ends_satisfy_the_equation_on_the_edge_of_the_view(w1, w2, c):
    xs, ys = clip_line(w1, w2, c, BOX)
    assert len(xs) == len(ys) == 2
    for x, y in zip(xs, ys, strict=True):
        assert w1 * x + w2 * y == pytest.approx(c, abs=1e-9)
        on_edge = (math.isclose(x, BOX[0]) or math.isclose(x, BOX[1])
                   or math.isclose(y, BOX[2]) or math.isclose(y, BOX[3]))
        assert on_edge and BOX[0] - 1e-9 <= x <= BOX[1] + 1e-9
    if c == 7.0:
        assert xs == [3.0, 3.0] and ys == [4.0, 4.0]  # a single point: both ends there


def test_horizontal_and_vertical_lines_span_the_view():
    assert clip_line(0.0, 2.0, 2.0, BOX) == ([-2.0, 3.0], [1.0, 1.0])
    assert clip_line(-4.0, 0.0, 2.0, BOX) == ([-0.5, -0.5], [-1.0, 4.0])


@pytest.mark.parametrize(("w1", "w2", "c"), [(0.0, 0.0, 0.0), (0.0, 0.0, 1.0),
                                             (1.0, 1.0, 100.0), (1e-300, 0.0, 1.0)])
def test_no_line_when_w_is_zero_or_the_line_misses_the_view(w1, w2, c):
    assert clip_line(w1, w2, c, BOX) == ([], [])


@pytest.mark.parametrize(("activation", "expected"), [
    ("sigmoid", 0.0), ("tanh", math.atanh(0.5)), ("identity", 0.5), ("relu", 0.5),
    ("leaky_relu", 0.5)])
def test_the_decision_line_is_where_a_reaches_one_half(activation, expected):
    assert decision_z(activation) == pytest.approx(expected, abs=1e-12)


# --- 2-D -----------------------------------------------------------------------------------

def test_every_step_is_a_frame_when_there_are_few():
    steps, spec = build(BLOBS, BLOBS_RUN, 5)
    assert steps == list(range(25))  # 24 steps and the final parameters
    assert [f["name"] for f in spec["frames"]] == [str(k) for k in steps]
    assert all(f["traces"] == [TRACES_2D.index(n) for n in MOVING_2D] for f in spec["frames"])
    titles = [f["layout"]["title"]["text"] for f in spec["frames"]]
    assert titles == [f"<b>step {k}</b>" for k in steps]


def test_each_frame_draws_its_steps_line_and_rings_its_steps_batch():
    steps, spec = build(BLOBS, BLOBS_RUN, 0)
    for k, frame in zip(steps, spec["frames"], strict=True):
        moving = dict(zip(MOVING_2D, frame["data"], strict=True))
        (w1, w2), b = BLOBS_RUN.w[k], BLOBS_RUN.b[k]
        xs, ys = moving["line"]["x"], moving["line"]["y"]
        assert len(xs) == 2 and xs != ys
        for x, y in zip(xs, ys, strict=True):
            # The ends are sent to a millionth of the view (about 5: 5e-6 each way).
            assert w1 * x + w2 * y + b == pytest.approx(0.0, abs=1e-5 * (abs(w1) + abs(w2)))
        ring = np.vstack([shown(moving["ring"]["x"]), shown(moving["ring"]["y"])])
        batch = BLOBS_RUN.batches[k] if k < BLOBS_RUN.n_steps else []
        np.testing.assert_allclose(ring, BLOBS.X[:, batch].astype(np.float32), rtol=0)
    last = dict(zip(MOVING_2D, spec["frames"][-1]["data"], strict=True))
    assert last["ring"]["x"] == [None]  # after the last step: no batch, and no gap in the
    assert trace(spec, "ring")["showlegend"] is True  # legend while it plays


def painted_alpha(frame: dict, x1: np.ndarray, x2: np.ndarray) -> np.ndarray:
    """The alpha of the band the frame's map puts at each point (x1, x2) (NaN: no band)."""
    alpha = np.full(x1.shape, np.nan)
    for name, colour in zip(boundary.MAP_NAMES, boundary.band_colours(), strict=True):
        xs, ys = frame[name]["x"], frame[name]["y"]
        if xs == [None]:
            continue
        inside = in_convex(np.array(xs), np.array(ys), x1, x2)
        assert not np.any(inside & ~np.isnan(alpha))  # the bands do not overlap
        alpha[inside] = float(colour.rsplit(",", 1)[1].rstrip(")"))
    return alpha


def in_convex(xs, ys, x1, x2) -> np.ndarray:
    """Whether each point (x1, x2) lies strictly inside the convex polygon (xs, ys)."""
    cross = [(xs[i] - xs[i - 1]) * (x2 - ys[i - 1]) - (ys[i] - ys[i - 1]) * (x1 - xs[i - 1])
             for i in range(len(xs))]
    return np.all(np.array(cross) > 0, axis=0) | np.all(np.array(cross) < 0, axis=0)


def band_alpha(a) -> np.ndarray:
    """MAP_SCALE's alpha at the middle of the band of each output a (beyond 0 … 1: the end
    bands)."""
    k = np.clip(np.floor(np.asarray(a) * boundary.MAP_BANDS), 0, boundary.MAP_BANDS - 1)
    stops = [stop for stop, _ in MAP_SCALE]
    alphas = [float(colour.rsplit(",", 1)[1].rstrip(")")) for _, colour in MAP_SCALE]
    return np.interp((k + 0.5) / boundary.MAP_BANDS, stops, alphas)


def inner_grid(spec):
    """A grid of points inside the view (off its edges, where polygons meet the box)."""
    (x1_lo, x1_hi), (x2_lo, x2_hi) = spec["layout"]["xaxis"]["range"], spec["layout"][
        "yaxis"]["range"]
    return np.meshgrid(np.linspace(x1_lo, x1_hi, 43)[1:-1], np.linspace(x2_lo, x2_hi, 39)[1:-1])


@pytest.mark.parametrize("activation", ["sigmoid", "tanh", "identity", "relu", "leaky_relu"])
def test_the_map_paints_the_neurons_output_over_the_view(activation):
    from neuron import ACTIVATIONS

    g = ACTIVATIONS[activation].fn
    steps, spec = build(BLOBS, BLOBS_RUN, 0, activation=activation)
    x1, x2 = inner_grid(spec)
    for k in (0, 7, 24):
        (w1, w2), b = BLOBS_RUN.w[k], BLOBS_RUN.b[k]
        a = g(w1 * x1 + w2 * x2 + b)
        frame = dict(zip(MOVING_2D, spec["frames"][steps.index(k)]["data"], strict=True))
        painted = painted_alpha(frame, x1, x2)
        assert not np.any(np.isnan(painted))  # the bands cover the view
        # Points within a thousandth of a band's edge may fall either side (rounded corners).
        z = w1 * x1 + w2 * x2 + b
        edge = np.min([np.abs(z - e) for e in boundary.band_edges(activation)], axis=0) < (
            1e-3 * np.hypot(w1, w2))
        np.testing.assert_allclose(painted[~edge], band_alpha(a)[~edge], atol=1e-9)
    # The view holds every point.
    (x1_lo, x1_hi), (x2_lo, x2_hi) = spec["layout"]["xaxis"]["range"], spec["layout"][
        "yaxis"]["range"]
    assert x1_lo < BLOBS.X[0].min() and x1_hi > BLOBS.X[0].max()
    assert x2_lo < BLOBS.X[1].min() and x2_hi > BLOBS.X[1].max()


def test_clip_band_cuts_the_box_between_two_lines():
    box = (0.0, 2.0, 0.0, 1.0)
    # 0 <= x1 - 1 <= 0.5: the strip 1 <= x1 <= 1.5, the box's full height.
    corners = boundary.clip_band(1.0, 0.0, -1.0, 0.0, 0.5, box)
    assert sorted(corners) == [(1.0, 0.0), (1.0, 1.0), (1.5, 0.0), (1.5, 1.0)]
    assert boundary.clip_band(1.0, 0.0, -1.0, 5.0, np.inf, box) == []  # misses the box
    # x1 + x2 <= 0.5 at the corner (0, 0): a triangle of area 1/8.
    tri = np.array(boundary.clip_band(1.0, 1.0, 0.0, -np.inf, 0.5, box))
    area = 0.5 * abs(np.dot(tri[:, 0], np.roll(tri[:, 1], 1))
                     - np.dot(tri[:, 1], np.roll(tri[:, 0], 1)))
    assert len(tri) == 3 and area == pytest.approx(1 / 8)


def polygon_area(corners) -> float:
    if len(corners) < 3:
        return 0.0
    p = np.array(corners)
    return 0.5 * abs(np.dot(p[:, 0], np.roll(p[:, 1], 1)) - np.dot(p[:, 1], np.roll(p[:, 0], 1)))


@pytest.mark.parametrize("activation", ["sigmoid", "tanh", "relu"])
def test_clip_bands_cuts_the_box_as_clip_band_does_band_by_band(activation):
    edges = boundary.band_edges(activation)
    lows, highs = (-np.inf, *edges), (*edges, np.inf)
    rng = np.random.default_rng(7)
    cases = [(1.0, 0.0, 0.0), (0.0, 0.0, 0.3), (0.0, 1.0, -1.0), (1.0, 1.0, -2.0),  # a corner
             (1e300, -1e300, 0.0)]  # on an edge; huge weights
    cases += [tuple(rng.normal(0.0, scale, 3)) for scale in (0.3, 3.0, 40.0) for _ in range(30)]
    for w1, w2, b in cases:
        bands = boundary.clip_bands(w1, w2, b, edges, BOX)
        assert len(bands) == len(edges) + 1
        for corners, low, high in zip(bands, lows, highs, strict=True):
            expected = boundary.clip_band(w1, w2, b, low, high, BOX)
            assert polygon_area(corners) == pytest.approx(polygon_area(expected), abs=1e-9)
            if polygon_area(expected) > 1e-9:  # the same corners, in order round the band
                assert {tuple(p) for p in np.round(corners, 9)} == {
                    tuple(p) for p in np.round(expected, 9)}
                assert in_convex(*np.array(corners).T, *np.mean(corners, axis=0))
        # Together the bands cover the box.
        assert sum(map(polygon_area, bands)) == pytest.approx(25.0)


def test_points_by_class_differ_in_colour_and_symbol():
    _, spec = build(BLOBS, BLOBS_RUN, 0)
    zero, one = trace(spec, "class0"), trace(spec, "class1")
    assert zero["marker"]["color"] != one["marker"]["color"]
    assert zero["marker"]["symbol"] != one["marker"]["symbol"]
    for points, label in ((zero, 0.0), (one, 1.0)):
        chosen = BLOBS.y[:, 0] == label
        np.testing.assert_allclose(decode(points["x"]), BLOBS.X[0, chosen].astype(np.float32))
        np.testing.assert_allclose(decode(points["y"]), BLOBS.X[1, chosen].astype(np.float32))


def test_the_figure_opens_at_the_servers_step_and_plays_on_from_there():
    steps, spec = build(BLOBS, BLOBS_RUN, 9)
    slider = spec["layout"]["sliders"][0]
    assert slider["active"] == steps.index(9) == 9
    play = spec["layout"]["updatemenus"][0]["buttons"][0]
    assert play["args"][0] == [str(k) for k in range(9, 25)]
    assert play["args"][1]["frame"]["redraw"] is True  # the title changes
    assert spec["layout"]["title"]["text"] == "<b>step 9</b>"
    frame = dict(zip(MOVING_2D, spec["frames"][9]["data"], strict=True))
    assert trace(spec, "line")["x"] == frame["line"]["x"]
    assert trace(spec, "map3")["x"] == frame["map3"]["x"]


@pytest.mark.parametrize("activation", ["tanh", "identity"])
def test_other_activations_draw_the_line_where_a_is_one_half(activation):
    steps, spec = build(BLOBS, BLOBS_RUN, 0, activation=activation)
    k = 12
    moving = dict(zip(MOVING_2D, spec["frames"][steps.index(k)]["data"], strict=True))
    (w1, w2), b = BLOBS_RUN.w[k], BLOBS_RUN.b[k]
    for x, y in zip(moving["line"]["x"], moving["line"]["y"], strict=True):
        assert w1 * x + w2 * y + b == pytest.approx(decision_z(activation),
                                                    abs=1e-5 * (abs(w1) + abs(w2)))


def test_zero_and_huge_weights_give_no_line_or_a_saturated_map_without_warnings():
    w = np.array([[0.0, 0.0], [1e6, -1e6], [1e300, 1e300]])
    history = make_history(w, [0.0, 5.0, -1e300], batches=[np.arange(4), np.arange(4, 8)])
    _, spec = build(BLOBS, history, 0)
    frames = [dict(zip(MOVING_2D, f["data"], strict=True)) for f in spec["frames"]]
    assert frames[0]["line"]["x"] == frames[0]["line"]["y"] == [None]
    x1, x2 = inner_grid(spec)
    for k, frame in enumerate(frames):
        painted = painted_alpha(frame, x1, x2)
        if k == 0:  # σ(0) = 0.5 everywhere: the band just above the middle
            np.testing.assert_allclose(painted, band_alpha(0.5), atol=1e-9)
            continue
        # Saturated: an end band on each side of the line.
        side = (history.w[k, 0] / 1e6 * x1 + history.w[k, 1] / 1e6 * x2
                + history.b[k] / 1e6) > 0
        ends = np.where(side, band_alpha(1.0), band_alpha(0.0))
        assert np.mean(np.isclose(painted, ends)) > 0.95


def test_a_full_batch_rings_nothing():
    history = run(BLOBS.X, BLOBS.y, batch_size=60, epochs=4)
    _, spec = build(BLOBS, history, 2)
    for frame in spec["frames"]:
        ring = dict(zip(MOVING_2D, frame["data"], strict=True))["ring"]
        assert ring["x"] == [None]
    assert trace(spec, "ring")["showlegend"] is False  # no rings, so not in the legend


def test_the_server_step_must_be_a_frame_and_each_frame_needs_a_title():
    with pytest.raises(ValueError, match="among the frame steps"):
        boundary_figure(BLOBS.X, BLOBS.y, BLOBS_RUN, step=3, frame_steps=[0, 2, 24],
                        text=text([0, 2, 24]), activation="sigmoid")
    with pytest.raises(ValueError, match="one title per frame"):
        boundary_figure(BLOBS.X, BLOBS.y, BLOBS_RUN, step=2, frame_steps=[0, 2, 24],
                        text=text([0, 2]), activation="sigmoid")


# --- sampling and size ---------------------------------------------------------------------

@pytest.mark.parametrize(("batch_size", "frames"), [(1, MAX_FRAMES), (32, MAX_FRAMES),
                                                    (600, 83), (2500, 20), (5000, MAX_FRAMES)])
def test_long_runs_are_sampled_to_at_most_100_frames_fewer_for_large_batches(batch_size,
                                                                              frames):
    history = synthetic(5000, batch_size, 100, 2)
    step = history.n_steps // 3
    steps = frame_steps(history, step, 5000)
    assert step in steps and steps[0] == 0 and steps[-1] == history.n_steps
    # The smallest whole stride that fits: at most the limit, more than half of it.
    assert steps == sorted(set(steps)) and frames // 2 < len(steps) <= frames
    if batch_size < 5000:  # rings: at most RING_BUDGET points over all frames
        assert len(steps) * batch_size <= boundary.RING_BUDGET


@pytest.mark.parametrize("name", ["blobs", "line1d"])
@pytest.mark.parametrize("batch_size", [1, 600, 5000])
def test_largest_settings_stay_under_one_and_a_half_megabytes(name, batch_size):
    data = make_dataset(name, 5000, 1.0, 0)
    history = synthetic(5000, batch_size, 100, data.X.shape[0])
    step = history.n_steps // 2
    steps = frame_steps(history, step, 5000)
    fig = boundary_figure(data.X, data.y, history, step=step, frame_steps=steps,
                          text=text(steps), activation="sigmoid")
    payload = plotly.io.to_json(fig, validate=False)  # what st.plotly_chart sends
    assert len(payload) < LIMIT


# --- 1-D -----------------------------------------------------------------------------------

LINE = make_dataset("line1d", 40, 0.3, 0)
LINE_RUN = run(LINE.X, LINE.y, batch_size=5, epochs=2, w0=[-0.5], b0=1.0)  # 16 steps


def test_one_feature_shows_the_curve_and_where_it_crosses_one_half():
    steps, spec = build(LINE, LINE_RUN, 4)
    assert steps == list(range(17))
    crossings = [-LINE_RUN.b[k] / LINE_RUN.w[k, 0] for k in steps]
    low, high = spec["layout"]["xaxis"]["range"]
    assert any(low <= x <= high for x in crossings)  # the test sees both cases
    assert not all(low <= x <= high for x in crossings)
    for k, frame in zip(steps, spec["frames"], strict=True):
        moving = dict(zip(MOVING_1D, frame["data"], strict=True))
        w, b = LINE_RUN.w[k, 0], LINE_RUN.b[k]
        assert "x" not in moving["curve"]  # the same at every step: sent once
        x = decode(trace(spec, "curve", TRACES_1D)["x"])
        np.testing.assert_allclose(decode(moving["curve"]["y"]), 1 / (1 + np.exp(-(w * x + b))),
                                   atol=1e-6)
        low, high = spec["layout"]["xaxis"]["range"]
        if low <= -b / w <= high:
            assert moving["threshold"]["x"] == pytest.approx([-b / w, -b / w])
        else:
            assert moving["threshold"]["x"] == [None]
        ring = shown(moving["ring"]["x"])
        batch = LINE_RUN.batches[k] if k < LINE_RUN.n_steps else []
        np.testing.assert_allclose(ring, LINE.X[0, batch].astype(np.float32))


def test_one_feature_points_sit_near_their_label_and_keep_their_x():
    _, spec = build(LINE, LINE_RUN, 0)
    for name, label in (("class0", 0.0), ("class1", 1.0)):
        points = trace(spec, name, TRACES_1D)
        chosen = LINE.y[:, 0] == label
        np.testing.assert_allclose(decode(points["x"]), LINE.X[0, chosen].astype(np.float32))
        assert np.all(np.abs(decode(points["y"]) - label) <= boundary.JITTER + 1e-6)


def test_one_feature_threshold_is_absent_when_w_is_zero():
    w = np.zeros((2, 1))
    history = make_history(w, [0.3, 0.3], batches=[np.arange(5)])
    _, spec = build(LINE, history, 0)
    moving = dict(zip(MOVING_1D, spec["frames"][0]["data"], strict=True))
    assert moving["threshold"]["x"] == moving["threshold"]["y"] == [None]
    np.testing.assert_allclose(decode(moving["curve"]["y"]), 1 / (1 + np.exp(-0.3)), atol=1e-6)


def test_projector_mode_draws_thicker_lines_bigger_points_and_type():
    steps = frame_steps(BLOBS_RUN, 0, BLOBS.X.shape[1])
    normal, projector = (
        json.loads(boundary_figure(BLOBS.X, BLOBS.y, BLOBS_RUN, step=0, frame_steps=steps,
                                   text=text(steps), activation="sigmoid",
                                   present=present).to_json())
        for present in (False, True))
    assert trace(projector, "line")["line"]["width"] > trace(normal, "line")["line"]["width"]
    for name in ("class0", "ring"):
        assert trace(projector, name)["marker"]["size"] > trace(normal, name)["marker"]["size"]
    assert projector["layout"]["legend"]["font"]["size"] > normal["layout"]["legend"]["font"][
        "size"]
    assert projector["layout"]["xaxis"]["tickfont"]["size"] == 20


def test_no_training_yet_is_one_frame_of_the_start_and_a_constant_feature_still_has_a_view():
    untrained = run(BLOBS.X, BLOBS.y, epochs=0, w0=[1.0, -1.0], b0=0.25)
    steps, spec = build(BLOBS, untrained, 0)
    assert steps == [0] and len(spec["frames"]) == 1
    moving = dict(zip(MOVING_2D, spec["frames"][0]["data"], strict=True))
    assert moving["ring"]["x"] == [None]
    for x, y in zip(moving["line"]["x"], moving["line"]["y"], strict=True):
        assert x - y + 0.25 == pytest.approx(0.0, abs=2e-5)
    flat = make_dataset("blobs", 8, 0.0, 0)  # every sample on one of two points
    _, spec = build(flat, run(flat.X, flat.y, epochs=1, batch_size=4), 0)
    assert spec["layout"]["xaxis"]["range"][0] < -1.5 < 1.5 < spec["layout"]["xaxis"]["range"][1]


# --- reading on both themes ----------------------------------------------------------------

@pytest.mark.parametrize("page", [LIGHT_PAGE, DARK_PAGE])
def test_the_batch_rings_legend_shows_what_the_plot_draws(page):
    # The legend draws the marker on the page, the plot over the map: an opaque-ish fill made
    # a grey dot of the legend on a dark page. A see-through ring with a rim that reads on
    # both pages looks the same in both places.
    _, fig = build(BLOBS, BLOBS_RUN, 3)
    marker = trace(fig, "ring")["marker"]
    assert marker["color"] == "rgba(0, 0, 0, 0)"
    assert contrast(marker["line"]["color"], page) >= 3.0


def test_the_output_map_is_a_see_through_tint_on_both_themes():
    _, fig = build(BLOBS, BLOBS_RUN, 3)
    alphas = [float(trace(fig, name)["fillcolor"].rsplit(",", 1)[1].rstrip(")"))
              for name in boundary.MAP_NAMES]
    assert max(alphas) <= 0.4 and min(alphas) < 0.02 and alphas == sorted(alphas)


def test_a_decision_line_outside_the_view_says_so_in_the_title():
    steps = [0, 1]
    words = dict.fromkeys(("x1", "x2", "class0", "class1", "batch", "curve", "output",
                           "play", "pause", "slider_prefix"), "t")
    far = BoundaryText(frame_titles=("a", "b"), line="decision line",
                       line_off="decision line (outside this view)", **words)
    w = np.array([[1.0, 0.0], [1.0, 0.0]])
    middle = float(BLOBS.X[0].mean())  # the line x1 = 100, then x1 = the data's middle
    history = make_history(w, b=[-100.0, -middle], batches=[np.arange(60)])
    fig = json.loads(boundary_figure(BLOBS.X, BLOBS.y, history, step=0, frame_steps=steps,
                                     text=far, activation="sigmoid").to_json())
    # The legend keeps one text (the legend's rows stay put while it plays).
    assert trace(fig, "line")["name"] == "decision line"
    assert all("name" not in f["data"][MOVING_2D.index("line")] for f in fig["frames"])
    assert fig["layout"]["title"]["text"] == "<b>a · decision line (outside this view)</b>"
    assert [f["layout"]["title"]["text"] for f in fig["frames"]] == [
        "<b>a · decision line (outside this view)</b>", "<b>b</b>"]


# --- built once, shown at every step -------------------------------------------------------

@pytest.mark.parametrize("name", ["blobs", "line1d"])
def test_a_runs_animation_built_once_shows_any_step_as_a_figure_built_for_it(name):
    data = make_dataset(name, 100, 0.4, 0)
    history = run(data.X, data.y, batch_size=4, epochs=5)  # 125 steps: sampled frames
    base = frame_steps(history, 0, 100)
    animation = boundary.boundary_animation(data.X, data.y, history, frame_steps=base,
                                            text=text(base), activation="sigmoid")
    for step in (0, 1, 37, base[5], history.n_steps - 1, history.n_steps):
        steps = frame_steps(history, step, 100)
        assert animation.frame_steps(step) == steps
        shown = json.loads(animation.at(step, f"step {step}").to_json())
        built = build(data, history, step)[1]
        assert shown == built, step


@pytest.mark.parametrize(("n_steps", "labels"), [
    (260, ["0", "50", "100", "150", "200", "260"]),  # the default run, sampled
    (56, ["0", "10", "20", "30", "40", "50", "56"]),  # XOR: every step a frame
    (2000, ["0", "500", "1000", "1500", "2000"]),  # batch size 1, sampled
])
def test_the_scrubber_is_labelled_with_round_steps_and_the_last(n_steps, labels):
    rng = np.random.default_rng(1)
    history = make_history(rng.normal(size=(n_steps + 1, 2)), rng.normal(size=n_steps + 1),
                           batches=[np.arange(8)] * n_steps)
    steps = frame_steps(history, 7, 100)
    assert len(steps) <= MAX_FRAMES + 1 and 7 in steps and steps[-1] == n_steps
    _, spec = build(BLOBS, history, 7, steps=steps)
    slider = spec["layout"]["sliders"][0]
    # A stop at every frame, labelled only at round numbers, each under its own frame's stop
    # (Plotly insets the first and the last stop by 10 px).
    assert [step["args"][0] for step in slider["steps"]] == [[str(k)] for k in steps]
    assert all(step["label"] == " " for step in slider["steps"])  # marks under it instead
    marks = spec["layout"]["annotations"]
    assert [mark["text"] for mark in marks] == labels
    for mark in marks:
        f = steps.index(int(mark["text"])) / (len(steps) - 1)
        assert mark["x"] == pytest.approx(f) and mark["xshift"] == pytest.approx(10 - 20 * f)
    assert slider["currentvalue"]["visible"] is False  # the title says the step
    assert spec["layout"]["title"]["text"] == "<b>step 7</b>"


class CountingStore(dict):
    """A store of frames' moving parts (`get(key, compute)`) that counts what it built."""

    built = 0

    def get(self, key, compute):
        if key not in self:
            self[key] = compute()
            self.built += 1
        return self[key]


def animation_json(data, history, step, parts=None) -> dict:
    steps = frame_steps(history, 0, data.X.shape[1])
    animation = boundary.boundary_animation(data.X, data.y, history, frame_steps=steps,
                                            text=text(steps), activation="sigmoid",
                                            parts=parts)
    return json.loads(animation.at(step, f"step {step}").to_json())


@pytest.mark.parametrize("name", ["blobs", "line1d"])
def test_a_run_one_epoch_longer_builds_only_its_new_frames_and_draws_the_same(name):
    data = make_dataset(name, 60, 0.4, 0)
    short, longer = (run(data.X, data.y, batch_size=8, epochs=e) for e in (20, 21))
    assert np.array_equal(longer.w[:short.n_steps + 1], short.w)  # the same run, cut
    store = CountingStore()
    animation_json(data, short, 0, store)
    first = store.built
    assert first == len(frame_steps(short, 0, 60))  # 160 steps: 81 frames, each built once
    for step in (0, 5, 96, longer.n_steps):
        assert animation_json(data, longer, step, store) == animation_json(data, longer, step)
    # 168 steps, every 2nd as in the shorter run: built are only the frames the shorter run
    # lacks, and its last step (160), which has a ring in the longer run.
    assert store.built - first == len(frame_steps(longer, 0, 60)) - 80 + 1


def test_runs_on_other_data_or_another_activation_never_share_frames():
    store = CountingStore()
    blobs, other = make_dataset("blobs", 60, 0.4, 0), make_dataset("blobs", 60, 0.4, 1)
    history = run(blobs.X, blobs.y, batch_size=8, epochs=2)
    animation_json(blobs, history, 0, store)
    built = store.built
    assert animation_json(other, history, 3, store) == animation_json(other, history, 3)
    assert store.built == 2 * built  # the same parameters, other samples: all built again
    steps = frame_steps(history, 0, 60)
    boundary.boundary_animation(blobs.X, blobs.y, history, frame_steps=steps,
                                text=text(steps), activation="tanh", parts=store)
    assert store.built == 3 * built
