"""The Learn page's Streamlit helpers: cached training runs and figures, the uploaded file.

A class opens the same link at the same minute: the training run and each figure are cached
by their settings (bounded in size and time), so 60 students with the same settings pay once.
"""

from __future__ import annotations

from collections.abc import Callable

import plotly.graph_objects as go
import streamlit as st

from figures.boundary import BoundaryText, boundary_figure, frame_steps
from figures.loss import (
    LandscapeText,
    LossText,
    ParamsText,
    landscape_figure,
    loss_figure,
    params_figure,
)
from i18n import translator
from lesson import learn
from lesson.datasets import CsvProblem
from lesson.formulas import ACTIVATION_NAMES
from lesson.plain_text import markdown_code

PRESENT_HEIGHT = 540  # the boundary animation in projector mode: whole on a 1280×720 screen
# Bounded (issue 14). Settings hash by their short `key` (Streamlit's generic hashing of the
# dataclass cost more than the cache saved).
CACHE = {"max_entries": 64, "ttl": 3600, "show_spinner": False,
         "hash_funcs": {learn.Settings: learn.Settings.cache_key}}


class _Prepared(go.Figure):
    """A figure whose plain-dict form is computed once: `st.plotly_chart` calls `to_dict()`
    on every run, which deep-copies the whole figure and re-encodes its arrays (most of a
    rerun for an animation of 100 frames). The dict is never changed afterwards (Plotly only
    pops trace `uid`s, which these figures do not have)."""

    def __init__(self, figure: go.Figure) -> None:
        self._spec = figure.to_dict()

    def to_dict(self) -> dict:
        return self._spec


@st.cache_data(**CACHE)
def training(settings: learn.Settings) -> learn.LearnRun | CsvProblem:
    """`learn.run`, cached by its settings."""
    return learn.run(settings)


@st.cache_resource(**CACHE)
def _figure(kind: str, settings: learn.Settings, step: int, lang: str,
            present: bool) -> go.Figure:
    return _Prepared(_build(kind, settings, step, lang, present))


def _build(kind: str, settings: learn.Settings, step: int, lang: str,
           present: bool = False) -> go.Figure:
    # Cached as resources, keyed by what the figure shows: nothing ever changes them.
    result = training(settings)
    tr = translator(lang)
    h = result.history
    if kind == "boundary":
        steps = frames(settings, step)
        return boundary_figure(result.data.X, result.data.y, h, step=step, frame_steps=steps,
                               text=_boundary_text(tr, result, steps),
                               activation=settings.activation, frame_ms=learn.FRAME_MS,
                               **({"height": PRESENT_HEIGHT, "present": True} if present
                                  else {}))
    if kind == "loss":
        stopped = None if h.stopped is None else tr("learn.loss_stopped", step=h.stopped_at)
        return loss_figure(h, step=step, text=LossText(
            step_axis=tr("learn.step_axis"), loss_axis=tr("learn.loss_axis"),
            per_step=tr("learn.per_step"), per_epoch=tr("learn.per_epoch"),
            current=tr("learn.current"), stopped=stopped))
    if kind == "params":
        return params_figure(h, step=step, text=ParamsText(
            step_axis=tr("learn.step_axis"), value_axis=tr("learn.value_axis"),
            current=tr("learn.current")))
    land = result.landscape
    return landscape_figure(land.grid_x, land.grid_y, land.loss, land.path_x, land.path_y,
                            step=step, text=LandscapeText(
                                x_axis=land.axes[0], y_axis=land.axes[1], loss="L",
                                path=tr("learn.path"), start=tr("learn.start_point"),
                                current=tr("learn.current")))


def frames(settings: learn.Settings, step: int) -> list[int]:
    """The steps the animation holds as frames, in order (sampled; `step` among them)."""
    result = training(settings)
    return frame_steps(result.history, step, result.data.X.shape[1])


def figure(kind: str, settings: learn.Settings, step: int, lang: str,
           present: bool = False) -> go.Figure:
    """The figure `kind` ("boundary", "loss", "params", "landscape") at `step`; `present`:
    the boundary animation drawn for a projector (bigger type, short enough for 720 px)."""
    return _figure(kind, settings, step, lang, present and kind == "boundary")


def uploaded_csv(key: str, label: str, help: str) -> bytes | None:
    """The bytes of the CSV file uploaded with the widget `key` (kept in this session only,
    never in the URL), or None."""
    file = st.file_uploader(label, type=["csv"], key=key, help=help)
    return None if file is None else file.getvalue()


def show_csv_problem(problem: CsvProblem, tr: Callable[..., str]) -> None:
    """Say what is wrong with the uploaded file; the cell or header it quotes is user text,
    so it is shown as plain text (a code span no cell can end), never as Markdown."""
    key, values = learn.csv_problem(problem)
    values = {**values, "column": markdown_code(values["column"]),
              "detail": markdown_code(values["detail"])}
    st.error(tr(key, **values), icon=":material/error:")


def _boundary_text(tr: Callable[..., str], result: learn.LearnRun,
                   steps: list[int]) -> BoundaryText:
    h, one_d = result.history, result.n_features == 1
    line = tr("learn.threshold" if one_d else "learn.line")
    titles = tuple(tr("learn.frame_end", n=h.n_steps) if k == h.n_steps else
                   tr("learn.frame_title", i=k, n=h.n_steps, epoch=int(h.epoch[k]) + 1)
                   for k in steps)
    return BoundaryText(
        x1="x" if one_d else "x₁", x2=tr("learn.curve_axis") if one_d else "x₂",
        class0=tr("learn.class0"), class1=tr("learn.class1"), batch=tr("learn.batch_word"),
        line=line, line_off=tr("figure.off_view", line=line),
        curve=f"a = {ACTIVATION_NAMES[result.settings.activation]}(x·w + b)", output="a",
        frame_titles=titles, play=tr("learn.play"), pause=tr("learn.pause"),
        slider_prefix=tr("learn.slider_prefix"))

