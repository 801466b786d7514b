"""The batch-loop page: its controls, the loop it replays, the log it prints and its counts.

The lesson's loop: a data set X of shape (n_features, n_data) goes through one neuron
`batch_size` columns at a time; each step prints ``X_batch.shape, a.shape``, e.g.
``(20, 8) (8, 1)``. Everything here comes from `neuron` (`iter_batches`, `forward_trace`);
nothing re-implements the neuron's math.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from lesson.controls import BoolControl, IntControl
from lesson.matrix import draw_X
from neuron import ArtificialNeuron, Trace, iter_batches, n_batches

N_DATA = IntControl("bl_n_data", default=100, lo=1, hi=500)
N_FEATURES = IntControl("bl_features", default=20, lo=1, hi=64)
DROP_LAST = BoolControl("bl_drop_last", default=True)
# Boxes, open or closed in the URL too: "Try it" and the code.
TRY = BoolControl("bl_try", default=False)
CODE = BoolControl("bl_code", default=False)
SPEED = IntControl("bl_speed", default=2, lo=1, hi=20)  # batches per second when playing
BATCH_KEY = "bl_batch"
# The batch the server shows (0-based). Its URL value is checked against the largest possible
# loop, then clamped to the current one (`clamp_step`).
STEP = IntControl("bl_step", default=0, lo=0, hi=N_DATA.hi - 1)
LESSON_BATCH_SIZE = 8
# The "Try it" experiments (see ui/experiments.py); each starts at batch 0.
EXPERIMENTS = {
    "no_remainder": {N_DATA.key: 100, BATCH_KEY: 10, DROP_LAST.key: True},
    "lesson": {N_DATA.key: 100, BATCH_KEY: LESSON_BATCH_SIZE, DROP_LAST.key: True},
    "keep_last": {N_DATA.key: 100, BATCH_KEY: LESSON_BATCH_SIZE, DROP_LAST.key: False},
}


def batch_control(n_data: int) -> IntControl:
    """Batch size 1 … n_data (its range follows the data set); the lesson's 8 by default."""
    return IntControl(BATCH_KEY, default=min(LESSON_BATCH_SIZE, n_data), lo=1, hi=n_data)


def clamp_step(step: int, count: int) -> int:
    """The nearest batch index that exists in a loop of `count` batches."""
    return min(max(step, 0), max(count - 1, 0))


def frame_ms(speed: int) -> int:
    """How long each frame stays on screen, in milliseconds, at `speed` batches per second."""
    return round(1000 / speed)


@dataclass(frozen=True)
class Counts:
    """How `n_data` samples split into batches of `batch_size`."""

    n_data: int
    batch_size: int
    drop_last: bool
    n_batches: int
    remainder: int  # n_data mod batch_size

    @property
    def n_used(self) -> int:
        """Samples that go through the neuron."""
        return self.n_data - self.n_dropped

    @property
    def n_dropped(self) -> int:
        """Samples the loop never sees (the remainder, when drop_last is on)."""
        return self.remainder if self.drop_last else 0



def counts(n_data: int, batch_size: int, drop_last: bool) -> Counts:
    return Counts(n_data, batch_size, drop_last, n_batches(n_data, batch_size, drop_last),
                  n_data % batch_size)


def remainder_note(c: Counts) -> tuple[str, dict[str, int]]:
    """The catalogue key and values of the sentence about the samples left over."""
    values = {"n_data": c.n_data, "batch_size": c.batch_size, "r": c.remainder,
              "k": c.n_data // c.batch_size}
    if c.n_dropped:
        return "batch.remainder_dropped", values
    if c.remainder:
        return "batch.remainder_kept", values
    return "batch.remainder_none", values


def count_line(c: Counts) -> str:
    """The lesson's count with live numbers, e.g. ``n_batch = n_data // batch_size = 100 // 8
    = 12``; rounded up (``ceil``) when the last partial batch is kept."""
    if c.drop_last:
        return f"n_batch = n_data // batch_size = {c.n_data} // {c.batch_size} = {c.n_batches}"
    return (f"n_batch = ceil(n_data / batch_size) = ceil({c.n_data} / {c.batch_size}) "
            f"= {c.n_batches}")


@dataclass(frozen=True)
class Step:
    """One batch through the neuron: its sample range and the neuron's full trace."""

    index: int
    start: int
    stop: int
    trace: Trace

    @property
    def line(self) -> str:
        """What the lesson's loop prints for this batch: ``(20, 8) (8, 1)``."""
        return f"{self.trace.x.shape} {self.trace.a.shape}"

    @property
    def title(self) -> str:
        """The animation's caption for this batch: ``i = 3 · X[:, 24:32] (20, 8) → a (8, 1)``."""
        return (f"i = {self.index} · X[:, {self.start}:{self.stop}] {self.trace.x.shape} "
                f"→ a {self.trace.a.shape}")


@dataclass(frozen=True)
class Loop:
    """The whole loop: the data, its counts and every step."""

    X: np.ndarray  # (n_features, n_data)
    counts: Counts
    steps: tuple[Step, ...]


    @property
    def same_parameters(self) -> bool:
        """True when every batch saw the very same w and b (drawn once, on batch 0)."""
        first = self.steps[0].trace if self.steps else None
        return all(np.array_equal(s.trace.w, first.w) and np.array_equal(s.trace.b, first.b)
                   for s in self.steps)


LOOPS_KEPT = 32  # loops kept for reuse: a class moving one slider asks for a few dozen


@lru_cache(maxsize=LOOPS_KEPT)
def run_loop(seed: int, n_features: int, n_data: int, batch_size: int, drop_last: bool) -> Loop:
    """Draw X from the seed (as the matrix page does) and push it through one neuron, batch by
    batch; the neuron draws w and b from `seed` on the first batch and keeps them.

    The same settings give the same loop, so the last `LOOPS_KEPT` are kept and handed out
    again (every slider move of every student redid it); their arrays are read-only."""
    X = draw_X(seed, n_features, n_data)
    neuron = ArtificialNeuron(rng=seed)
    steps = tuple(Step(batch.index, batch.start, batch.stop, neuron.forward_trace(batch.X))
                  for batch in iter_batches(X, batch_size, drop_last))
    for array in (X, *(getattr(s.trace, name) for s in steps for name in ("x", "w", "b", "z",
                                                                          "a"))):
        array.flags.writeable = False
    return Loop(X, counts(n_data, batch_size, drop_last), steps)


def log_lines(loop: Loop, step: int) -> list[str]:
    """The loop's printout after batches 0 … `step`: the count, then one line per batch."""
    return [count_line(loop.counts)] + [s.line for s in loop.steps[: step + 1]]
