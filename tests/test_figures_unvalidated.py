"""The app builds figures without Plotly's validation (fast); the JSON must be the same.

Validation also *coerces* values (a named colour scale becomes its colour stops, ...), so a
figure that relied on it would look different in the app than in the (validated) tests.
"""

import json

import numpy as np
import plotly.io as pio
import pytest

import figures.style
from figures.batch import BatchText, batch_figure
from figures.boundary import BoundaryText, boundary_animation, boundary_figure, frame_steps
from figures.contributions import contribution_waterfall
from figures.heatmaps import Highlight, heatmap
from figures.loss import (
    LandscapeText,
    LossText,
    ParamsText,
    landscape_figure,
    loss_figure,
    params_figure,
)
from figures.scalar import activation_curve, affine_line
from lesson import batch as batch_spec
from lesson.datasets import make_dataset
from lesson.scalar import x_grid, z_grid
from neuron import ACTIVATIONS
from tests.learn_runs import run

RNG = np.random.default_rng(3)
X = RNG.standard_normal((6, 9))
Z_COLUMN = RNG.standard_normal((9, 1))
G = ACTIVATIONS["tanh"]
Z = z_grid(1.5)
LOOP = batch_spec.run_loop(0, 3, 12, 5, True)  # 2 batches of 5, 2 samples dropped
BATCH_TEXT = BatchText(
    x_title="X", ledger_title="batch", collected_title="a", current_title="a of this batch",
    remainder_note="2 dropped", frame_titles=("i = 0", "i = 1"), play="Play", pause="Pause",
    slider_prefix="i = ", sample="sample", sample_axis="sample", feature="feature",
    batch="batch", dropped="dropped")
BLOBS = make_dataset("blobs", 30, 0.5, 0)
LINE = make_dataset("line1d", 30, 0.5, 0)
BLOBS_RUN = run(BLOBS.X, BLOBS.y, batch_size=8, epochs=2)
LINE_RUN = run(LINE.X, LINE.y, batch_size=8, epochs=2)
WORDS = dict.fromkeys(("x1", "x2", "class0", "class1", "batch", "line", "curve", "output",
                       "play", "pause", "slider_prefix"), "t")


def boundary(data, history, step=3, activation="sigmoid", present=False):
    steps = frame_steps(history, step, data.X.shape[1])
    text = BoundaryText(frame_titles=tuple(map(str, steps)), **WORDS)
    return boundary_figure(data.X, data.y, history, step=step, frame_steps=steps, text=text,
                           activation=activation, present=present)


GRID = np.linspace(-2, 2, 9)
BUILDERS = {
    "affine": lambda: affine_line(x_grid(), 2 * x_grid() - 1, 3.0, 5.0, title="t"),
    "activation": lambda: activation_curve(Z, G.fn(Z), 1.5, float(G.fn(1.5)), title="t",
                                           derivative_grid=G.derivative(Z), derivative_at_z=0.2),
    "heatmap": lambda: heatmap(X, "X", highlight=Highlight(column=4),
                               pick=True, row_title="j", column_title="i", title="X"),
    "heatmap_row": lambda: heatmap(Z_COLUMN, "Z", highlight=Highlight(row=2), pick=True),
    "heatmap_sequential": lambda: heatmap(Z_COLUMN, "A", value_range=(0.0, 1.0)),
    "waterfall": lambda: contribution_waterfall(np.array([0.5, -0.2, 0.1]), 0.3, 0.7,
                                                labels=["a", "b", "c"], b_label="+ b",
                                                z_label="= z", title="t"),
    "batch": lambda: batch_figure(LOOP.X, [(s.start, s.stop) for s in LOOP.steps],
                                  [s.trace.a for s in LOOP.steps], step=1, frame_ms=500,
                                  text=BATCH_TEXT),
    "boundary": lambda: boundary(BLOBS, BLOBS_RUN),
    "boundary_tanh": lambda: boundary(BLOBS, BLOBS_RUN, activation="tanh"),
    "boundary_1d": lambda: boundary(LINE, LINE_RUN, step=LINE_RUN.n_steps),
    "boundary_projector": lambda: boundary(BLOBS, BLOBS_RUN, present=True),
    # A step between the sampled frames gets a frame of its own, put in among them.
    "boundary_between": lambda: boundary_animation(
        BLOBS.X, BLOBS.y, BLOBS_RUN, frame_steps=[0, 4, BLOBS_RUN.n_steps],
        text=BoundaryText(frame_titles=("0", "4", "end"), **WORDS),
        activation="sigmoid").at(2, "2"),
    "loss": lambda: loss_figure(BLOBS_RUN, step=2, text=LossText("s", "L", "a", "b", "c", "d")),
    "params": lambda: params_figure(BLOBS_RUN, step=2, text=ParamsText("s", "v", "c")),
    "landscape": lambda: landscape_figure(GRID, GRID, np.exp(GRID[:, None] + GRID[None, :]),
                                          LINE_RUN.w[:, 0], LINE_RUN.b, step=1,
                                          text=LandscapeText("w", "b", "L", "p", "s", "c")),
}


def _json(build, validate: bool) -> dict:
    figures.style.VALIDATE = validate
    try:
        spec = json.loads(pio.to_json(build(), validate=False))
    finally:
        figures.style.VALIDATE = True
    spec["layout"].pop("template", None)
    # Validation writes each frame trace's type; Plotly.js takes it from the figure's trace
    # of the same index, so the app may leave it out (the Learn animation does).
    for frame in spec.get("frames", []):
        for trace in frame["data"]:
            trace.pop("type", None)
    return spec


@pytest.mark.parametrize("name", list(BUILDERS))
def test_unvalidated_figure_sends_the_same_json(name):
    assert _json(BUILDERS[name], validate=False) == _json(BUILDERS[name], validate=True)


def test_a_copied_unvalidated_figure_sends_the_same_json():
    """st.cache_data hands out copies (pickled): the copy must send what the original does."""
    import pickle

    figures.style.VALIDATE = False
    try:
        built = BUILDERS["batch"]()
    finally:
        figures.style.VALIDATE = True
    copy = pickle.loads(pickle.dumps(built))
    assert type(copy) is type(built) is figures.style.SpecFigure
    assert json.loads(pio.to_json(copy, validate=False)) == json.loads(
        pio.to_json(built, validate=False))


def test_the_learn_animation_sends_its_frames_as_written_once():
    """The frames are most of the Learn animation and the same at every step: they go to
    Plotly's JSON writer already written (an orjson fragment), not written again per rerun."""
    import orjson

    figures.style.VALIDATE = False
    try:
        built = {name: BUILDERS[name]() for name in ("boundary", "boundary_1d",
                                                     "boundary_between")}
    finally:
        figures.style.VALIDATE = True
    for figure in built.values():
        assert isinstance(figure.to_dict()["frames"], orjson.Fragment)
    frames = json.loads(pio.to_json(built["boundary_between"], validate=False))["frames"]
    assert [frame["name"] for frame in frames] == ["0", "2", "4", str(BLOBS_RUN.n_steps)]


@pytest.mark.parametrize("name", ["boundary", "boundary_1d", "landscape", "heatmap"])
def test_a_written_figure_sends_what_it_was_written_from(name):
    """A chart written once (`written_figure`) reads the same to Plotly.js, and Plotly's last
    pass over the text (escaping "<", ">" and "/") has nothing left to change."""
    import orjson
    from plotly.tools import return_figure_from_figure_or_data
    from streamlit.elements.plotly_chart import _resolve_content_height

    figures.style.VALIDATE = False
    try:
        built = BUILDERS[name]()
    finally:
        figures.style.VALIDATE = True
    written = figures.style.written_figure(built)
    assert type(written) is figures.style.WrittenFigure
    # What st.plotly_chart does with a figure: a dict of it, then that dict as JSON.
    sent = pio.to_json(return_figure_from_figure_or_data(written, validate_figure=True),
                       validate=False)
    assert json.loads(sent) == json.loads(pio.to_json(built, validate=False))
    assert sent.isascii() and not any(c in sent for c in "<>/")
    assert sent.encode("ascii") == orjson.dumps(written.to_dict().to_plotly_json())  # as it is
    # Streamlit reads the chart's height from the dict.
    height = built.to_dict()["layout"]["height"]
    assert _resolve_content_height("content", written.to_dict()) == height


def test_written_text_escapes_every_character_json_allows():
    figure = figures.style.figure(
        [{"type": "scatter", "x": [1, 2], "y": [3, 4], "name": "a </b> ≥ 2 · 가 😀 \\/"}],
        {"title": {"text": "<b>step 1</b>"}, "height": 300})
    sent = pio.to_json(figures.style.written_figure(figure), validate=False)
    assert sent.isascii() and "\\ud83d\\ude00" in sent  # a character beyond 16 bits: a pair
    assert json.loads(sent) == json.loads(pio.to_json(figure, validate=False))
    assert json.loads(sent)["data"][0]["name"] == "a </b> ≥ 2 · 가 😀 \\/"
    # A part written once (an animation's frame) is the same JSON, in ASCII with none of
    # the characters Plotly escapes.
    part = {"name": "a </b> ≥ 2 · 가 😀 \\/ \u2028", "x": [1.5, None]}
    text = figures.style.written(part)
    assert text.isascii() and not any(c in text for c in b"<>/")
    assert json.loads(text) == part


def test_a_copied_written_figure_sends_the_same_json():
    import pickle

    written = figures.style.written_figure(figures.style.figure(
        [{"type": "scatter", "x": [1], "y": [2]}], {"height": 200}))
    copy = pickle.loads(pickle.dumps(written))
    assert pio.to_json(copy, validate=False) == pio.to_json(written, validate=False)
