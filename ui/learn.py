"""The Learn page's Streamlit helpers: cached training runs and charts, the uploaded file.

A class opens the same link at the same minute: the training run and its charts are cached
by their settings (bounded in size and time), so 60 students with the same settings pay once.
The charts are built once per run, for every step (`Charts`): a step button or a pause of
the animation only marks another step on them.
"""

from __future__ import annotations

import dataclasses
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass

import numpy as np
import plotly.graph_objects as go
import streamlit as st

from figures.boundary import BoundaryText, boundary_animation, frame_steps
from figures.loss import (
    LandscapeText,
    LossText,
    ParamsText,
    landscape_chart,
    loss_chart,
    params_chart,
)
from figures.style import written_figure
from i18n import translator
from lesson import learn
from lesson import learn_formulas as formulas
from lesson.datasets import CsvProblem
from lesson.formulas import ACTIVATION_NAMES
from lesson.plain_text import markdown_code

PRESENT_HEIGHT = 540  # the boundary animation in projector mode: whole on a 1280×720 screen
HEIGHT = 490  # elsewhere: whole beside the settings on a 1366×768 laptop
# Bounded (issue 14). Settings hash by their short `key` (Streamlit's generic hashing of the
# dataclass cost more than the cache saved). Resources, not data: every session gets the
# same object (no copy to unpickle on each run), and nothing changes them (read-only arrays).
CACHE = {"max_entries": 64, "ttl": 3600, "show_spinner": False,
         "hash_funcs": {learn.Settings: learn.Settings.cache_key}}
WRITTEN_STEPS = 2  # steps whose charts a `Charts` keeps written (~150 KB a step)
# The boundary animations' frames (their moving parts, ~1–7 KB each), shared by all runs: a
# move of the epochs slider builds only the frames the run before it lacked.
FRAME_PARTS = 2_000


class Recent:
    """The values last asked for, by key, at most `size` of them (the oldest go first).

    In front of the Streamlit caches of this page: a look-up here is a dict's, where a call
    of a cached function hashes every argument and reads the function's signature again
    (~0.15 ms a call, on every rerun of every student). A missing value comes from the
    cache behind, which computes it once however many sessions ask at the same time.
    """

    def __init__(self, size: int) -> None:
        self._size = size
        self._values: OrderedDict[Hashable, object] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable, compute: Callable[[], object]):
        with self._lock:
            if key in self._values:
                self._values.move_to_end(key)
                return self._values[key]
        value = compute()
        with self._lock:
            self._values[key] = value
            self._values.move_to_end(key)
            while len(self._values) > self._size:
                self._values.popitem(last=False)
        return value

    def __len__(self) -> int:
        return len(self._values)


_CHARTS = Recent(CACHE["max_entries"])  # `learning`'s values lately
_UPDATES = Recent(CACHE["max_entries"])  # `update`'s
_FRAME_PARTS = Recent(FRAME_PARTS)


@st.cache_resource(**CACHE)
def training(settings: learn.Settings) -> learn.LearnRun | CsvProblem:
    """`learn.run`, cached by its settings; its arrays are read-only (shared by sessions).
    Cut from the cached longer run (`learn.longer`): a move of the epochs slider rarely
    trains."""
    whole = _trained(learn.longer(settings))
    if isinstance(whole, CsvProblem) or whole.settings == settings:
        return whole
    return _read_only(learn.cut(whole, settings))


@st.cache_resource(**CACHE)
def _trained(settings: learn.Settings) -> learn.LearnRun | CsvProblem:
    return _read_only(learn.run(settings))


@dataclass(frozen=True)
class StepUpdate:
    """The update made at one step, and its three formulas (LaTeX) as the page shows them."""

    update: learn.Update
    dz: str  # dL/dz for the batch
    dw: str  # dw and db
    step: str  # w ← w − η·dw, b likewise


def update(settings: learn.Settings, step: int) -> StepUpdate | None:
    """The update at `step` of the run of `settings` with its formulas (None after the last
    step, or for an unusable file): the step's gradients, recomputed by the neuron, and
    their formulas cost more than a look-up."""
    return _UPDATES.get((settings.cache_key(), step), lambda: _update(settings, step))


@st.cache_resource(**CACHE)
def _update(settings: learn.Settings, step: int) -> StepUpdate | None:
    result = training(settings)
    if isinstance(result, CsvProblem):
        return None
    made = learn.update_at(result, step)
    if made is None:
        return None
    return StepUpdate(_read_only(made), formulas.dz_formula(made, result.loss,
                                                            settings.activation),
                      formulas.dw_formula(made), formulas.step_formula(made))


def _read_only(value):
    """`value` with every numpy array in it (through dataclasses and lists) read-only."""
    if isinstance(value, np.ndarray):
        value.flags.writeable = False
    elif dataclasses.is_dataclass(value):
        for field in dataclasses.fields(value):
            _read_only(getattr(value, field.name))
    elif isinstance(value, list | tuple):
        for item in value:
            _read_only(item)
    return value


class Charts:
    """A training run (`result`) and the page's four charts of it, built once, shown at any
    step."""

    def __init__(self, result: learn.LearnRun, lang: str, present: bool) -> None:
        self.result = result
        # The four charts at the steps shown lately, written as JSON once: a class on one
        # link sends the same charts at the same step on every rerun.
        self._written = Recent(4 * WRITTEN_STEPS)
        tr, h = translator(lang), result.history
        self._title = lambda k: (tr("learn.frame_end", n=h.n_steps) if k == h.n_steps else
                                 tr("learn.frame_title", i=k, n=h.n_steps,
                                    epoch=int(h.epoch[k]) + 1))
        steps = frame_steps(h, 0, result.data.X.shape[1])  # step 0 is always among them
        self._boundary = boundary_animation(
            result.data.X, result.data.y, h, frame_steps=steps,
            text=_boundary_text(tr, result, tuple(map(self._title, steps))),
            activation=result.settings.activation, frame_ms=learn.FRAME_MS, parts=_FRAME_PARTS,
            **({"height": PRESENT_HEIGHT, "present": True} if present else {"height": HEIGHT}))
        stopped = None if h.stopped is None else tr("learn.loss_stopped", step=h.stopped_at)
        # Always a log axis (its title says so): a loss falls by decades, and one rule
        # reads the same from one run to the next.
        self._loss = loss_chart(h, log_y=True, text=LossText(
            step_axis=tr("learn.step_axis"), loss_axis=tr("learn.loss_axis"),
            per_step=tr("learn.per_step"), per_epoch=tr("learn.per_epoch"),
            current=tr("learn.current"), stopped=stopped))
        self._params = params_chart(h, text=ParamsText(
            step_axis=tr("learn.step_axis"), value_axis=tr("learn.value_axis"),
            current=tr("learn.current"), value_axis_log=tr("learn.value_axis_log"),
            stopped=stopped))
        land = result.landscape
        self._landscape = landscape_chart(
            land.grid_x, land.grid_y, land.loss, land.path_x, land.path_y,
            text=LandscapeText(x_axis=land.axes[0], y_axis=land.axes[1], loss="L",
                               path=tr("learn.path"), start=tr("learn.start_point"),
                               current=tr("learn.current")))

    def frames(self, step: int) -> list[int]:
        """The steps the animation opening at `step` holds as frames, in order."""
        return self._boundary.frame_steps(step)

    def figure(self, kind: str, step: int) -> go.Figure:
        """The chart `kind` ("boundary", "loss", "params", "landscape") at `step`, written
        once (`figures.style.written_figure`)."""
        return self._written.get((kind, step), lambda: written_figure(self._figure(kind, step)))

    def _figure(self, kind: str, step: int) -> go.Figure:
        if kind == "boundary":
            return self._boundary.at(step, self._title(step))
        return {"loss": self._loss, "params": self._params,
                "landscape": self._landscape}[kind].at(step)


def learning(settings: learn.Settings, lang: str,
             present: bool = False) -> Charts | CsvProblem:
    """The run of `settings` with its charts (one look-up a rerun), or what is wrong with
    the uploaded file; `present`: the boundary animation drawn for a projector (bigger type,
    short enough for 720 px)."""
    return _CHARTS.get((settings.cache_key(), lang, present),
                       lambda: _learning(settings, lang, present))


@st.cache_resource(**CACHE)
def _learning(settings: learn.Settings, lang: str, present: bool) -> Charts | CsvProblem:
    result = training(settings)
    return result if isinstance(result, CsvProblem) else Charts(result, lang, present)


def uploaded_csv(key: str, label: str, help: str) -> bytes | None:
    """The bytes of the CSV file uploaded with the widget `key` (kept in this session only,
    never in the URL), or None."""
    file = st.file_uploader(label, type=["csv"], key=key, help=help)
    return None if file is None else file.getvalue()


def n_samples(tr: Callable[..., str], m: int) -> str:
    """"1 sample", "8 samples" (Korean: one form for both)."""
    return tr("learn.n_samples_one" if m == 1 else "learn.n_samples", m=m)


def show_csv_problem(problem: CsvProblem, tr: Callable[..., str]) -> None:
    """Say what is wrong with the uploaded file; the cell or header it quotes is user text,
    so it is shown as plain text (a code span no cell can end), never as Markdown."""
    key, values = learn.csv_problem(problem)
    values = {**values, "column": markdown_code(values["column"]),
              "detail": markdown_code(values["detail"])}
    st.error(tr(key, **values), icon=":material/error:")


def _boundary_text(tr: Callable[..., str], result: learn.LearnRun,
                   titles: tuple[str, ...]) -> BoundaryText:
    one_d = result.n_features == 1
    line = tr("learn.threshold" if one_d else "learn.line")
    return BoundaryText(
        x1="x" if one_d else "x₁", x2=tr("learn.curve_axis") if one_d else "x₂",
        class0=tr("learn.class0"), class1=tr("learn.class1"), batch=tr("learn.batch_word"),
        line=line, line_off=tr("figure.off_view"),  # short: the title is one line on a phone
        curve=f"a = {ACTIVATION_NAMES[result.settings.activation]}(x·w + b)", output="a",
        frame_titles=titles, play=tr("learn.play"), pause=tr("learn.pause"),
        slider_prefix=tr("learn.slider_prefix"))

