"""The vector page: its controls, its seeded input, and the forward passes it replays.

The page's whole state lives in the URL: the number of features, the input `x` (drawn from
the seed or typed), and two counters (forward passes, parameter resets). Everything on screen
is recomputed from that state by the neuron itself (`forward_history`), so a link always
shows the same numbers.
"""

from __future__ import annotations

import math
from functools import lru_cache

import numpy as np

from lesson.controls import BoolControl, ChoiceControl, IntControl
from lesson.formulas import tex_number
from lesson.numbers import fmt, fmt_signed
from neuron import ACTIVATIONS, ArtificialNeuron, Trace

FEATURES = IntControl("v_features", default=5, lo=1, hi=32)
ACTIVATION = ChoiceControl("v_activation", default="sigmoid", options=tuple(ACTIVATIONS))
BUG = BoolControl("v_bug", default=False)
# Boxes, open or closed in the URL too: "Try it", the three mistakes, the code.
TRY = BoolControl("v_try", default=False)
PITFALLS = BoolControl("v_pitfalls", default=False)
CODE = BoolControl("v_code", default=False)
# The "Try it" experiments (see ui/experiments.py).
EXPERIMENTS = {
    "one_feature": {FEATURES.key: 1},  # x·w of one feature: the scalar neuron again
    "bug": {BUG.key: True},  # then Forward: a new w on every pass
}
PASSES = IntControl("v_passes", default=1, lo=1, hi=50)  # forward passes so far
RESETS = IntControl("v_resets", default=0, lo=0, hi=10_000)  # "reset parameters" presses
X_KEY = "v_x"  # typed input, comma-separated, e.g. "0.5,-1.2,3"
X_LIMIT = 100.0  # typed values must lie in [-X_LIMIT, X_LIMIT]
HISTORY = 10  # passes shown in the history of w
DATA_STREAM = 1  # x comes from default_rng([seed, DATA_STREAM]); the neuron uses `seed`


@lru_cache(maxsize=64)
def draw_x(seed: int, n_features: int) -> np.ndarray:
    """The seeded input: N(0, 1) values rounded to 2 decimals, shape (n_features,).

    Growing `n_features` keeps the first values (they are drawn one after the other).
    Drawn once per (seed, n_features) and handed out again, read-only.
    """
    rng = np.random.default_rng([seed, DATA_STREAM])
    x = np.round(rng.standard_normal(n_features), 2)
    x.flags.writeable = False
    return x


def x_problem(values: list[float | None]) -> str | None:
    """Why typed values cannot be used ("not_a_number", "not_finite", "out_of_range"), or None."""
    for value in values:
        if value is None or isinstance(value, bool):
            return "not_a_number"
        if not math.isfinite(value):
            return "not_finite"
        if abs(value) > X_LIMIT:
            return "out_of_range"
    return None


def parse_x(text: str, n_features: int) -> tuple[np.ndarray | None, str | None]:
    """Read the URL form of `x`; return ``(values, None)`` or ``(None, reason)``.

    Reasons: "not_a_number", "not_finite", "out_of_range", "wrong_count".
    """
    values: list[float | None] = []
    for item in text.split(","):
        try:
            values.append(float(item))
        except ValueError:
            return None, "not_a_number"
    reason = x_problem(values)
    if reason is None and len(values) != n_features:
        reason = "wrong_count"
    return (None, reason) if reason else (np.array(values, dtype=float), None)


def format_x(values: np.ndarray) -> str:
    """The compact URL form of `x`: ``"0.5,-1.2,3"`` (6 significant digits, as on screen)."""
    return ",".join(fmt(v) for v in np.asarray(values, dtype=float))


def resize_x(values: np.ndarray, seed: int, n_features: int) -> np.ndarray:
    """Keep the first typed values and fill the rest from the seed: shape (n_features,)."""
    seeded = draw_x(seed, n_features).copy()
    keep = min(len(values), n_features)
    seeded[:keep] = values[:keep]
    return seeded


def forward_history(x: np.ndarray, activation: str, seed: int, resets: int, passes: int,
                    bug: bool, *, keep: int = HISTORY) -> list[Trace]:
    """Replay the page's button presses on one neuron; one `Trace` for each of the last
    `keep` forward passes (fewer if there were fewer passes).

    A new neuron (seeded with `seed`) draws ``w (n_features, 1)`` and `b` lazily on its
    first forward. Each "reset parameters" press is a ``reset_parameters()`` (a new draw)
    before the passes. With `bug`, every forward re-draws the parameters first, like a
    `forward` that initialises on every call: `w` then differs on every pass.
    A forward pass changes nothing in the neuron but that first draw, so the passes before
    the last `keep` only replay the draws (up to 50 passes on every rerun).

    The same presses on the same x give the same passes: the last 64 replays are kept and
    handed out again (their arrays read-only).

    x : ndarray of shape (n_features,)
    """
    x = np.asarray(x, dtype=float)
    return list(_replayed(x.tobytes(), x.shape, activation, seed, resets, passes, bug, keep))


@lru_cache(maxsize=64)
def _replayed(data: bytes, shape: tuple[int, ...], activation: str, seed: int, resets: int,
              passes: int, bug: bool, keep: int) -> tuple[Trace, ...]:
    x = np.frombuffer(data).reshape(shape)
    neuron = ArtificialNeuron(activation=activation, rng=seed)
    if resets:
        neuron.forward(x)  # the first draw, which the resets replace
    for _ in range(resets):
        neuron.reset_parameters()
    history = []
    for index in range(passes):
        if bug and neuron.is_initialized:
            neuron.reset_parameters()
        if index >= passes - keep:
            history.append(neuron.forward_trace(x))
        elif not neuron.is_initialized:
            neuron.forward(x)  # the lazy first draw
    for trace in history:
        for array in (trace.x, trace.w, trace.b, trace.z, trace.a):
            array.flags.writeable = False
    return tuple(history)


def dot_product(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    """``xᵀ w`` for each sample, computed by the neuron itself (b = 0, no activation).

    The same x and w give the same result, read-only: the last 256 are kept (a new neuron
    and its input checks cost more than the product itself, on every rerun).

    x : ndarray of shape (n_features, n_samples);  returns shape (n_samples, 1)
    """
    x, w = np.asarray(x, dtype=float), np.asarray(w, dtype=float)
    return _dot(x.tobytes(), x.shape, w.tobytes(), w.shape)


@lru_cache(maxsize=256)
def _dot(x: bytes, x_shape: tuple[int, ...], w: bytes, w_shape: tuple[int, ...]) -> np.ndarray:
    product = ArtificialNeuron(w=np.frombuffer(w).reshape(w_shape), b=0.0,
                               activation="identity").forward(np.frombuffer(x).reshape(x_shape))
    product.flags.writeable = False
    return product


def dot_formula(index: str, dot: float, b: float, z: float, *, expand: bool = True) -> str:
    """LaTeX: ``z_i = x_iᵀ w + b = Σ_j x_{j,i} w_j + b``, then ``= 1.2 + (−0.5)``, then
    ``= 0.7``: one step per line, as on the scalar page, so it fits a 650 px wide page.

    `index` is the sample's index, or "" for a single sample (no subscripts); without
    `expand` the sum over j is left out (a shorter first line).
    """
    sub = f"_{{{index}}}" if index else ""
    element = f"x_{{j,{index}}}" if index else "x_j"
    total = rf" = \sum_j {element}\, w_j + b" if expand else ""
    return (rf"\begin{{aligned}} z{sub} &= x{sub}^\top w + b{total} \\ "
            rf"&= {tex_number(fmt(dot))} + {fmt_signed(b)} \\ "
            rf"&= {tex_number(fmt(z))} \end{{aligned}}")


def weight_history(history: list[Trace], passes: int) -> tuple[np.ndarray, list[str]]:
    """`w` after each pass of `history` (the last of `passes` passes), side by side:
    shape (n_features, len(history)), and the passes' labels ``#41`` … ``#50``."""
    first = passes - len(history) + 1
    return (np.concatenate([t.w for t in history], axis=1),
            [f"#{first + k}" for k in range(len(history))])
