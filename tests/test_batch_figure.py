"""The animated batch figure: one frame per batch, each outlining its batch, data sent once."""

import json

import numpy as np
import pytest

from figures.batch import MOVING, TRACES, BatchText, batch_figure
from lesson import batch as spec
from tests.helpers import decode


def text(count: int) -> BatchText:
    words = dict.fromkeys(("x_title", "ledger_title", "collected_title", "current_title",
                           "remainder_note", "play", "pause", "slider_prefix", "sample",
                           "sample_axis", "feature", "batch", "dropped"), "t")
    return BatchText(frame_titles=tuple(f"frame {k}" for k in range(count)), **words)


def build(n_data=100, batch_size=8, n_features=20, drop_last=True, step=0, seed=0):
    loop = spec.run_loop(seed, n_features, n_data, batch_size, drop_last)
    figure = batch_figure(loop.X, [(s.start, s.stop) for s in loop.steps],
                          [s.trace.a for s in loop.steps], step=step, frame_ms=500,
                          text=text(len(loop.steps)))
    return loop, json.loads(figure.to_json())


def independent(seed, n_features, n_data):
    """The lesson's loop in plain numpy: the same draws, the sigmoid written out."""
    X = np.round(np.random.default_rng([seed, 2]).standard_normal((n_features, n_data)), 2)
    rng = np.random.default_rng(seed)
    w = rng.standard_normal((n_features, 1))
    b = rng.standard_normal(())
    return X, 1 / (1 + np.exp(-(X.T @ w + b)))


def trace(fig: dict, name: str) -> dict:
    return fig["data"][TRACES.index(name)]


def outline(trace) -> tuple[float, float]:
    xs = decode(trace["x"])
    return float(xs.min()), float(xs.max())


@pytest.mark.parametrize(("n_data", "batch_size", "drop_last"),
                         [(100, 8, True), (100, 8, False), (37, 1, True), (37, 37, True),
                          (10, 20, False)])
def test_one_frame_per_batch_outlining_its_columns_with_the_neurons_predictions(
        n_data, batch_size, drop_last):
    loop, fig = build(n_data, batch_size, 5, drop_last)
    X, a = independent(0, 5, n_data)
    ranges = [(s.start, s.stop) for s in loop.steps]
    assert len(fig["frames"]) == len(ranges) == spec.counts(n_data, batch_size,
                                                             drop_last).n_batches
    for k, ((start, stop), frame) in enumerate(zip(ranges, fig["frames"], strict=True)):
        assert frame["name"] == str(k)
        assert frame["traces"] == [TRACES.index(name) for name in MOVING]
        moving = dict(zip(MOVING, frame["data"], strict=True))
        done, dark, light = moving["done"], moving["outline_dark"], moving["outline_light"]
        ledger, cover, current = moving["ledger_outline"], moving["cover"], moving["current"]
        assert outline(dark) == outline(light) == outline(ledger) == (start - 0.5, stop - 0.5)
        assert outline(done) == (-0.5, start - 0.5)
        assert outline(cover)[0] == stop - 0.5
        np.testing.assert_allclose(decode(current["z"]).reshape(-1, 1), a[start:stop],
                                   rtol=1e-12, atol=0)
        assert list(decode(current["customdata"])) == list(range(start, stop))
    np.testing.assert_allclose(decode(trace(fig, "X")["z"]), X, atol=1e-6)  # float32 copy


def test_dropped_samples_are_hatched_and_never_predicted():
    _, fig = build(100, 8, 20, True)
    dropped = trace(fig, "dropped")
    assert dropped["visible"] is True and dropped["fillpattern"]["shape"] == "/"
    assert outline(dropped) == (95.5, 99.5)
    # Predictions only for the 96 used samples.
    assert len(decode(trace(fig, "collected")["y"])) == 96
    ledger = trace(fig, "ledger")
    assert ledger["marker"]["pattern"]["shape"].count("/") == 4


def test_figure_starts_at_the_servers_step():
    _, fig = build(step=5)
    assert fig["layout"]["sliders"][0]["active"] == 5
    play = fig["layout"]["updatemenus"][0]["buttons"][0]
    assert play["args"][0] == [str(k) for k in range(5, 12)]  # Play goes on from there
    # The title's second line is the remainder note (every other BatchText word is "t").
    assert fig["layout"]["title"]["text"].split("<br>")[0] == "frame 5"
    assert fig["layout"]["title"]["text"].endswith(">t</span>")
    assert fig["frames"][7]["layout"]["title"]["text"].split("<br>")[0] == "frame 7"
    for name, values in zip(MOVING, fig["frames"][5]["data"], strict=True):
        for key in ("x", "z"):
            if key in values:
                np.testing.assert_array_equal(decode(trace(fig, name)[key]),
                                              decode(values[key]))


def test_play_pause_and_slider_run_in_the_browser_at_the_chosen_speed():
    _, fig = build()
    play, pause = fig["layout"]["updatemenus"][0]["buttons"]
    assert play["method"] == pause["method"] == "animate"
    assert play["args"][0] == [str(k) for k in range(12)]
    assert play["args"][1]["frame"]["duration"] == 500
    assert play["args"][1]["fromcurrent"] is True
    assert pause["args"][0] == [None]
    steps = fig["layout"]["sliders"][0]["steps"]
    assert [s["args"][0] for s in steps] == [[str(k)] for k in range(12)]


def test_largest_animation_stays_under_one_megabyte():
    loop = spec.run_loop(0, 64, 500, 1, True)
    figure = batch_figure(loop.X, [(s.start, s.stop) for s in loop.steps],
                          [s.trace.a for s in loop.steps], step=0, frame_ms=50,
                          text=text(500))
    payload = figure.to_json()
    assert len(json.loads(payload)["frames"]) == 500
    assert len(payload) < 1_000_000


def test_colour_bar_lies_over_x_and_each_title_has_its_own_room():
    # Beside the current column the colour bar read as a's legend and its upright ticks ran
    # together; the predictions' title sat on the batch strip, which struck it through.
    loop = spec.run_loop(0, 20, 100, 8, True)
    words = text(len(loop.steps))
    for present, title_px in ((False, 15), (True, 20)):
        figure = batch_figure(loop.X, [(s.start, s.stop) for s in loop.steps],
                              [s.trace.a for s in loop.steps], step=0, frame_ms=500,
                              text=BatchText(**{**words.__dict__,
                                                "current_title": "a of this batch"}),
                              height=520, present=present)
        fig = json.loads(figure.to_json())
        layout, colorbar = fig["layout"], trace(fig, "X")["colorbar"]
        plot_px = layout["height"] - layout["margin"]["t"] - layout["margin"]["b"]
        x_domain, x_rows = layout["xaxis"]["domain"], layout["yaxis"]["domain"]
        assert colorbar["orientation"] == "h" and colorbar["xanchor"] == "right"
        assert colorbar["x"] == x_domain[1] < layout["xaxis2"]["domain"][0]  # over X's end
        assert colorbar["y"] > x_rows[1] and colorbar["yanchor"] == "top"  # above X
        assert colorbar["tickvals"] == [-3.0, 0.0, 3.0]  # |X| <= 3.9 here
        ledger, collected = layout["yaxis3"]["domain"], layout["yaxis4"]["domain"]
        room = (ledger[0] - collected[1]) * plot_px  # the predictions' title between them
        assert room >= 1.4 * title_px
        assert layout["xaxis2"]["domain"][1] - layout["xaxis2"]["domain"][0] >= 0.15
        title = next(a for a in layout["annotations"] if "batch" in a["text"])
        assert title["xanchor"] == "right" and title["x"] == layout["xaxis2"]["domain"][1]
        assert title["text"].split("<br>") == (["a of this batch"] if present
                                               else ["a of this", "batch"])


@pytest.mark.parametrize(("present", "height", "size"), [(False, 510, 15), (True, 545, 20)])
def test_the_predictions_title_has_its_lines_height_under_the_ledger(present, height, size):
    loop = spec.run_loop(0, 20, 100, 8, True)
    layout = json.loads(batch_figure(
        loop.X, [(s.start, s.stop) for s in loop.steps], [s.trace.a for s in loop.steps],
        step=0, frame_ms=500, text=text(len(loop.steps)), height=height,
        present=present).to_json())["layout"]
    plot = height - layout["margin"]["t"] - layout["margin"]["b"]
    gap = (layout["yaxis3"]["domain"][0] - layout["yaxis4"]["domain"][1]) * plot
    assert gap >= 1.5 * size  # the title (its bottom on the predictions) clear of the ledger
