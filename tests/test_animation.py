"""Play / Pause and the scrubber shared by the animated figures."""

import json

import numpy as np
import pytest

from figures.animation import play_controls, strided_steps, trace_indices
from figures.style import figure, layout


def controls(**overrides) -> dict:
    options = {"frame_ms": 250, "active": 2, "text_play": "▶ Play", "text_pause": "❚❚ Pause",
               "prefix": "step ", "redraw": False} | overrides
    return play_controls(["s0", "s1", "s2", "s3", "s4"], **options)


def test_play_goes_on_from_the_active_frame_at_the_chosen_speed():
    play, pause = controls()["updatemenus"][0]["buttons"]
    assert play["label"] == "▶ Play" and pause["label"] == "❚❚ Pause"
    assert play["method"] == pause["method"] == "animate"
    assert play["args"][0] == ["s2", "s3", "s4"]
    assert play["args"][1]["frame"] == {"duration": 250, "redraw": False}
    assert play["args"][1]["fromcurrent"] is True
    assert play["args"][1]["transition"] == {"duration": 0}
    assert pause["args"][0] == [None]  # Plotly's "stop here"
    assert pause["args"][1]["frame"] == {"duration": 0, "redraw": False}


def test_scrubber_has_one_step_per_frame_and_starts_at_the_active_one():
    slider = controls(redraw=True, labels=[0, 10, 20, 30, 40])["sliders"][0]
    assert slider["active"] == 2
    assert slider["currentvalue"]["prefix"] == "step "
    assert [s["args"][0] for s in slider["steps"]] == [["s0"], ["s1"], ["s2"], ["s3"], ["s4"]]
    assert [s["label"] for s in slider["steps"]] == ["0", "10", "20", "30", "40"]
    assert all(s["args"][1]["frame"]["redraw"] is True for s in slider["steps"])


def test_labels_default_to_frame_names_and_must_match_their_count():
    steps = controls()["sliders"][0]["steps"]
    assert [s["label"] for s in steps] == ["s0", "s1", "s2", "s3", "s4"]
    with pytest.raises(ValueError, match="one label per frame"):
        controls(labels=["a"])


def test_controls_are_a_valid_plotly_layout():
    # tests/conftest.py turns validation on: a wrong key would raise here.
    fig = figure([{"type": "scatter", "x": [0], "y": [0]}],
                 layout(**controls()),
                 [{"name": f"s{k}", "data": [{"x": [k], "y": [k]}]} for k in range(5)])
    spec = json.loads(fig.to_json())
    assert spec["layout"]["sliders"][0]["active"] == 2


def test_traces_are_found_by_name():
    assert trace_indices(("data", "line", "ring"), ("ring", "line")) == [2, 1]
    with pytest.raises(ValueError, match="ghost"):
        trace_indices(("data", "line"), ("ghost",))


def test_long_animations_keep_every_s_th_step_and_the_last():
    assert strided_steps(10, 4) == [0, 4, 8, 10]
    assert strided_steps(3, 100) == [0, 1, 2, 3]  # few steps: all of them
    assert strided_steps(99, 100) == list(range(100))
    steps = strided_steps(500_000, 100)
    assert len(steps) == 100 and steps[-1] == 500_000
    assert set(np.diff(steps[:-1])) == {5051} and 0 < steps[-1] - steps[-2] <= 5051
    for n in (100, 239, 240, 1000, 4999):  # never more than the limit, the smallest stride
        steps = strided_steps(n, 100)
        stride = steps[1]
        assert steps[0] == 0 and steps[-1] == n and len(steps) <= 100
        assert steps[:-1] == list(range(0, n, stride))
        assert len(range(0, n, stride - 1)) + 1 > 100  # one less would not fit
    with pytest.raises(ValueError, match="at least 3"):
        strided_steps(10, 2)


def test_runs_one_epoch_apart_share_most_frame_steps():
    # The Learn page's default: 13 steps an epoch, 20 epochs; its neighbours reuse frames.
    steps = set(strided_steps(260, 99))
    for n in (247, 273):  # all but the shorter run's last step, which ends it
        other = set(strided_steps(n, 99))
        assert len(steps & other) == min(len(steps), len(other)) - 1


def test_projector_mode_sizes_the_buttons_and_slider_text():
    normal, bigger = controls(), controls(font=20)
    assert normal["updatemenus"][0]["font"]["size"] == 14
    assert "font" not in normal["sliders"][0] or normal["sliders"][0]["font"] is None
    assert bigger["updatemenus"][0]["font"]["size"] == 20
    assert bigger["sliders"][0]["font"]["size"] == 20
    assert bigger["sliders"][0]["currentvalue"]["font"]["size"] == 20


def test_moved_controls_are_the_controls_built_for_that_position_and_frames():
    from figures.animation import moved_controls

    words = {"frame_ms": 150, "text_play": "Play", "text_pause": "Pause", "prefix": "step "}
    built = play_controls(["0", "5", "9"], active=0, **words)
    original = repr(built)
    for names, active in ((["0", "5", "9"], 2), (["0", "3", "5", "9"], 1), (["0", "5", "9"], 0)):
        assert moved_controls(built, names, active) == play_controls(names, active=active,
                                                                     **words)
    assert repr(built) == original  # unchanged, for the next position
