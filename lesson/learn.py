"""The Learn page: its controls, its experiments, and the training run it shows.

The neuron of the earlier pages learns `w` and `b` by gradient descent, one mini-batch at a
time. Everything here comes from `neuron` (`train`, the losses, `gradients`) and the toy data
sets of `lesson.datasets`; this module only chooses, for the page's settings, what to run and
what to show (the current step's update, the loss landscape of `lesson.landscape`).

`run(settings)` is pure: the same settings give the same `LearnRun`, so the page caches it and
a class of students with the same link pays for one run.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass

import numpy as np

from lesson.controls import BoolControl, ChoiceControl, FloatControl, IntControl
from lesson.datasets import DATASETS, CsvProblem, Dataset, make_dataset, parse_csv
from lesson.landscape import Landscape, landscape
from neuron import ACTIVATIONS, ArtificialNeuron, History, n_batches, train

# The problems of an uploaded file that have their own message (others: a generic one).
CSV_CODES = ("too_big", "not_utf8", "empty", "malformed", "columns", "not_a_number",
             "not_finite", "label", "too_many_rows", "too_few_rows", "one_class")
OWN_DATA = "csv"  # the data-set option for an uploaded CSV file (kept in the session only)
# Learning rates on a log scale, 1-2-5 per decade: readable in the URL (ln_lr=0.05).
RATES = ("0.001", "0.002", "0.005", "0.01", "0.02", "0.05", "0.1", "0.2", "0.5", "1", "2",
         "5", "10")
FULL_BATCH = "full"  # every sample in one batch: plain (full-batch) gradient descent
BATCH_SIZES = ("1", "2", "4", "8", "16", "32", "64", "128", "256", FULL_BATCH)
LESSON_BATCH_SIZE = "8"
# Where w and b start: drawn from the seed (as on the vector page), all zeros, or saturated
# (|z| large and on the wrong side: the sigmoid is flat there, g'(z) ≈ 0).
STARTS = ("random", "zeros", "saturated")
SATURATED = -6.0  # every w_i and b at the saturated start
LOSS_NAMES = ("bce", "mse")

DATA = ChoiceControl("ln_data", default="blobs", options=(*DATASETS, OWN_DATA))
SAMPLES = IntControl("ln_samples", default=100, lo=10, hi=500, step=10)
NOISE = FloatControl("ln_noise", default=0.2, lo=0.0, hi=1.0, step=0.05)
ACTIVATION = ChoiceControl("ln_activation", default="sigmoid", options=tuple(ACTIVATIONS))
LOSS = ChoiceControl("ln_loss", default="bce", options=LOSS_NAMES)
RATE = ChoiceControl("ln_lr", default="0.5", options=RATES)
BATCH = ChoiceControl("ln_batch", default=LESSON_BATCH_SIZE, options=BATCH_SIZES)
EPOCHS = IntControl("ln_epochs", default=20, lo=1, hi=100)
START = ChoiceControl("ln_start", default="random", options=STARTS)
DROP_LAST = BoolControl("ln_drop_last", default=False)
BUG = BoolControl("ln_bug", default=False)  # the lesson's bug: w, b drawn anew every step
# Boxes, open or closed in the URL too: "Try it" and the code.
TRY = BoolControl("ln_try", default=False)
CODE = BoolControl("ln_code", default=False)
# The step the server shows: 0 … n_steps (n_steps = after the last update). Checked against
# the longest possible run, then clamped to the current one (`clamp_step`).
MAX_STEPS = 5000  # epochs are cut so that a run has at most this many steps
STEP = IntControl("ln_step", default=0, lo=0, hi=MAX_STEPS)
FRAME_MS = 150  # how long each animation frame stays when playing
# A class moving the epochs slider asks for many runs that differ in their epochs only: the
# page trains to the next of these and cuts the run asked for from it (`longer`, `cut`).
EPOCH_ROUNDS = (10, 20, 50, EPOCHS.hi)
SHUFFLE_STREAM = 1  # train shuffles with default_rng([seed, SHUFFLE_STREAM])

# The "Try it" experiments (see ui/experiments.py); each rewinds to step 0.
_LESSON = {DATA.key: "blobs", SAMPLES.key: 100, NOISE.key: 0.2, ACTIVATION.key: "sigmoid",
           LOSS.key: "bce", START.key: "random", BUG.key: False, DROP_LAST.key: False}
_OVERLAP = {**_LESSON, DATA.key: "overlap", NOISE.key: 1.0}  # no line separates them all
EXPERIMENTS = {
    "rate_high": {**_OVERLAP, RATE.key: "10", BATCH.key: "8", EPOCHS.key: 20},
    "xor": {**_LESSON, DATA.key: "xor", RATE.key: "0.5", BATCH.key: FULL_BATCH,
            EPOCHS.key: 100},
    "batch_noise": {**_OVERLAP, RATE.key: "0.1", BATCH.key: "1", EPOCHS.key: 10},
    "full_batch": {**_OVERLAP, RATE.key: "0.1", BATCH.key: FULL_BATCH, EPOCHS.key: 100},
    "mse_saturated": {**_LESSON, DATA.key: "line1d", LOSS.key: "mse", RATE.key: "0.5",
                      BATCH.key: FULL_BATCH, EPOCHS.key: 100, START.key: "saturated"},
    "bce_saturated": {**_LESSON, DATA.key: "line1d", LOSS.key: "bce", RATE.key: "0.5",
                      BATCH.key: FULL_BATCH, EPOCHS.key: 100, START.key: "saturated"},
    "bug": {**_LESSON, BUG.key: True, RATE.key: "0.5", BATCH.key: "8", EPOCHS.key: 20},
}


@dataclass(frozen=True)
class Settings:
    """Everything a training run depends on (hashable: the page caches runs by it).

    `csv` holds the bytes of an uploaded file when `data` is `OWN_DATA` (then `n_samples`
    and `noise` are not used).
    """

    data: str = DATA.default
    n_samples: int = SAMPLES.default
    noise: float = NOISE.default
    activation: str = ACTIVATION.default
    loss: str = LOSS.default
    lr: str = RATE.default
    batch: str = BATCH.default
    epochs: int = EPOCHS.default
    start: str = START.default
    drop_last: bool = DROP_LAST.default
    bug: bool = BUG.default
    seed: int = 0
    csv: bytes | None = None

    def cache_key(self) -> str:
        """A short text that tells settings apart (the CSV file by its digest)."""
        digest = "" if self.csv is None else hashlib.sha256(self.csv).hexdigest()
        return (f"{self.data}|{self.n_samples}|{self.noise!r}|{self.activation}|{self.loss}|"
                f"{self.lr}|{self.batch}|{self.epochs}|{self.start}|{self.drop_last}|"
                f"{self.bug}|{self.seed}|{digest}")


def loss_for(loss: str, activation: str) -> str:
    """The loss actually used: BCE needs a sigmoid output in (0, 1), so with any other
    activation the page trains with MSE instead (and says why)."""
    return "mse" if loss == "bce" and activation != "sigmoid" else loss


def batch_size_for(batch: str, n_samples: int) -> int:
    """The batch size for option `batch` ("full" = every sample), at most `n_samples`."""
    return n_samples if batch == FULL_BATCH else min(int(batch), n_samples)


def epochs_for(epochs: int, n_samples: int, batch_size: int, drop_last: bool) -> int:
    """`epochs`, cut so that the run has at most `MAX_STEPS` steps (at least one epoch)."""
    per_epoch = max(n_batches(n_samples, batch_size, drop_last), 1)
    return max(1, min(epochs, MAX_STEPS // per_epoch))


def dataset(settings: Settings) -> Dataset | CsvProblem:
    """The data set of `settings`: a toy set drawn from the seed, or the uploaded CSV."""
    if settings.data == OWN_DATA:
        if settings.csv is None:
            return CsvProblem("empty", None, None, "no file")
        return parse_csv(settings.csv)
    return make_dataset(settings.data, settings.n_samples, settings.noise, settings.seed)


def start_neuron(activation: str, start: str, n_features: int, seed: int) -> ArtificialNeuron:
    """The neuron before training: `w` and `b` drawn from the seed (on the first step, as on
    the vector page), all zeros, or saturated (every parameter `SATURATED`)."""
    if start in ("zeros", "saturated"):
        value = 0.0 if start == "zeros" else SATURATED
        return ArtificialNeuron(w=np.full((n_features, 1), value), b=value,
                                activation=activation)
    return ArtificialNeuron(activation=activation, rng=seed)


@dataclass(frozen=True, eq=False)
class LearnRun:
    """A whole training run, ready to show."""

    settings: Settings
    data: Dataset
    loss: str  # the loss used (see `loss_for`)
    batch_size: int
    epochs: int  # the epochs run (see `epochs_for`)
    history: History
    # The loss over the whole data set with the final w and b, and the share of samples with
    # (a ≥ 0.5) == y; None if the loss is not a finite number (a run that diverged).
    final_loss: float | None
    final_accuracy: float | None
    landscape: Landscape

    @property
    def n_steps(self) -> int:
        return self.history.n_steps

    @property
    def n_features(self) -> int:
        return self.data.X.shape[0]

    @property
    def last_epoch(self) -> int:
        """The epoch (1 … `epochs`) the run ended in: the last one, or the one in which a
        diverging run stopped (its step `stopped_at` would have been in that epoch)."""
        h = self.history
        if h.stopped is None:
            return self.epochs
        n_samples = self.data.X.shape[1]
        per_epoch = max(n_batches(n_samples, self.batch_size, self.settings.drop_last), 1)
        return min(h.stopped_at // per_epoch + 1, self.epochs)


def run(settings: Settings) -> LearnRun | CsvProblem:
    """Train the neuron on the settings' data; a CSV file that cannot be used gives its
    `CsvProblem` instead."""
    data = dataset(settings)
    if isinstance(data, CsvProblem):
        return data
    n_features, n_samples = data.X.shape
    loss = loss_for(settings.loss, settings.activation)
    batch_size = batch_size_for(settings.batch, n_samples)
    epochs = epochs_for(settings.epochs, n_samples, batch_size, settings.drop_last)
    model = start_neuron(settings.activation, settings.start, n_features, settings.seed)
    history = train(model, data.X, data.y, loss=loss, lr=float(settings.lr),
                    batch_size=batch_size, epochs=epochs, shuffle=True,
                    drop_last=settings.drop_last,
                    rng=np.random.default_rng([settings.seed, SHUFFLE_STREAM]),
                    reinit_each_step=settings.bug)
    final = ArtificialNeuron(w=history.w[-1], b=history.b[-1], activation=settings.activation)
    final_loss, accuracy = _final(final, data, loss)
    return LearnRun(settings, data, loss, batch_size, epochs, history, final_loss, accuracy,
                    landscape(data, history, settings.activation, loss))


def longer(settings: Settings) -> Settings:
    """The settings of the run that the run of `settings` is the start of: its epochs
    rounded up to one of `EPOCH_ROUNDS` (see `cut`). With the bug, `settings` itself: the
    parameters after a step are drawn anew before the next, so a longer run does not hold
    the ones a shorter run ends with."""
    if settings.bug:
        return settings
    return dataclasses.replace(
        settings, epochs=next(e for e in EPOCH_ROUNDS if e >= settings.epochs))


def cut(whole: LearnRun, settings: Settings) -> LearnRun:
    """The run of `settings`, cut from `whole`, the run of the same settings with as many
    epochs or more: `run(settings)` to the last bit, without training.

    Training draws each epoch's order from the seed one after the other, so the first e
    epochs of a longer run are the run of e epochs.
    A run that stopped (non-finite) within them stops there too; one that stopped later
    is whole here."""
    more = whole.settings.epochs
    if not (dataclasses.replace(whole.settings, epochs=settings.epochs) == settings
            and (more == settings.epochs or (more > settings.epochs and not settings.bug))):
        raise ValueError(f"Expected the run of settings that differ in epochs only, with "
                         f"{settings.epochs} epochs or more (without the bug); got "
                         f"{whole.settings}. Cut from run(longer(settings)).")
    h = whole.history
    n_samples = whole.data.X.shape[1]
    epochs = epochs_for(settings.epochs, n_samples, whole.batch_size, settings.drop_last)
    steps = epochs * max(n_batches(n_samples, whole.batch_size, settings.drop_last), 1)
    stopped = h.stopped is not None and h.stopped_at < steps
    n = h.n_steps if stopped else steps
    history = History(w=h.w[:n + 1], b=h.b[:n + 1], loss=h.loss[:n], accuracy=h.accuracy[:n],
                      batches=h.batches[:n], epoch=h.epoch[:n], epoch_loss=h.epoch_loss[:epochs],
                      dw=h.dw[:n], db=h.db[:n], stopped=h.stopped if stopped else None,
                      stopped_at=h.stopped_at if stopped else None)
    final = ArtificialNeuron(w=history.w[-1], b=history.b[-1], activation=settings.activation)
    final_loss, accuracy = _final(final, whole.data, whole.loss)
    return LearnRun(settings, whole.data, whole.loss, whole.batch_size, epochs, history,
                    final_loss, accuracy,
                    landscape(whole.data, history, settings.activation, whole.loss))


def _final(neuron: ArtificialNeuron, data: Dataset, loss: str) -> tuple[float | None,
                                                                       float | None]:
    """The loss over the whole data set and the share of samples on the right side, or
    (None, None) when the parameters are so large that the loss is not a finite number (a
    run that diverged: the page says so instead of showing inf)."""
    try:
        with np.errstate(over="ignore", invalid="ignore"):
            grads = neuron.gradients(data.X, data.y, loss=loss)
    except ValueError:
        return None, None
    if not np.isfinite(grads.loss):
        return None, None
    return float(grads.loss), float(np.mean((grads.a >= 0.5) == (data.y >= 0.5)))


def clamp_step(step: int, n_steps: int) -> int:
    """The nearest step that exists in a run of `n_steps` updates (0 … n_steps)."""
    return min(max(step, 0), n_steps)


@dataclass(frozen=True, eq=False)
class Update:
    """One step of gradient descent, with every term of the chain rule (see `update_at`)."""

    step: int
    epoch: int
    indices: np.ndarray  # (m,) the batch's sample indices (columns of X)
    X: np.ndarray  # (n_features, m)
    y: np.ndarray  # (m, 1)
    a: np.ndarray  # (m, 1)
    dL_dz: np.ndarray  # (m, 1)
    w: np.ndarray  # (n_features,) before the step
    b: float
    dw: np.ndarray  # (n_features,)
    db: float
    w_new: np.ndarray  # (n_features,)
    b_new: float
    loss: float  # the batch's mean loss before the step
    lr: float


def update_at(result: LearnRun, step: int) -> Update | None:
    """The update made at `step` (None after the last step), recomputed by the neuron from
    the parameters and the batch the history recorded."""
    h = result.history
    if step >= h.n_steps:
        return None
    idx = np.asarray(h.batches[step])
    X, y = result.data.X[:, idx], result.data.y[idx]
    neuron = ArtificialNeuron(w=h.w[step], b=h.b[step], activation=result.settings.activation)
    grads = neuron.gradients(X, y, loss=result.loss)
    return Update(step, int(h.epoch[step]), idx, X, y, grads.a, grads.dL_dz, h.w[step].copy(),
                  float(h.b[step]), h.dw[step].copy(), float(h.db[step]), h.w[step + 1].copy(),
                  float(h.b[step + 1]), float(h.loss[step]), float(result.settings.lr))


def stalled(result: LearnRun) -> bool:
    """True if the loss over the last quarter of the epochs barely moved (< 1 %)."""
    per_epoch = result.history.epoch_loss
    if len(per_epoch) < 4:
        return False
    tail = per_epoch[-max(2, len(per_epoch) // 4):]
    return bool(np.ptp(tail) < 0.01 * max(float(np.mean(tail)), 1e-12))



def csv_problem(problem: CsvProblem) -> tuple[str, dict[str, object]]:
    """The catalogue key and values of the message for an unusable CSV file: `row` is a line
    of the file (the header is line 1); `column` and `detail` are the file's own text (a
    header or a cell: the page must show them as plain text)."""
    code = problem.code if problem.code in CSV_CODES else "other"
    return f"learn.csv_{code}", {"row": "?" if problem.row is None else problem.row,
                                 "column": problem.column or "?", "detail": problem.detail}
