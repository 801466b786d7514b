"""The loss landscape of the Learn page: the loss over a grid of two parameters, around the
path gradient descent took (1-D data: over (w, b); 2-D data: a slice over (w₁, w₂) at the
final b), computed with the neuron's own loss and activation functions."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from lesson.datasets import Dataset
from neuron import LOSSES, History, get_activation

GRID = 41  # GRID × GRID points
PATH_LIMIT = 1e6  # parameters beyond ±this (a diverging run) are drawn at it
RUNAWAY = 100  # a stopped run's map frames the steps within this factor of its start's size
FLOAT32_Z = 1e18  # below this every loss of z (MSE: z²) fits float32; beyond, float64


@dataclass(frozen=True, eq=False)
class Landscape:
    """The loss over a grid of two parameters, and the path gradient descent took there.

    1-D data: over (w, b). 2-D data: over (w₁, w₂) with b held at its final value (a slice).
    """

    axes: tuple[str, str]  # the parameters on x and y: ("w", "b") or ("w₁", "w₂")
    grid_x: np.ndarray  # (GRID,)
    grid_y: np.ndarray  # (GRID,)
    loss: np.ndarray  # (GRID, GRID) float32: loss[i, j] at (grid_x[j], grid_y[i])
    path_x: np.ndarray  # (n_steps + 1,) the parameters before each step, then the final ones
    path_y: np.ndarray
    # The last step the map frames: the whole path (n_steps), or for a run that stopped (it
    # diverged) the last step before it ran away; 2-D data: the slice holds b of this step.
    framed: int


def _limits(path: np.ndarray) -> tuple[float, float]:
    """An axis around a path: its extent, widened by a third (at least ±1 around its middle)."""
    lo, hi = float(np.min(path)), float(np.max(path))
    middle, half = (lo + hi) / 2, max((hi - lo) / 2, 1.0)
    return middle - half * 4 / 3, middle + half * 4 / 3


def landscape(data: Dataset, history: History, activation: str, loss: str,
              size: int = GRID) -> Landscape:
    """The loss over the whole data set on a `size` × `size` grid around the path."""
    w, b = history.w, history.b
    if data.X.shape[0] == 1:
        axes, path_x, path_y = ("w", "b"), w[:, 0], b
    else:
        axes, path_x, path_y = ("w₁", "w₂"), w[:, 0], w[:, 1]
    # A diverging run's parameters grow without bound: the path stops at ±PATH_LIMIT, and
    # the map frames its start, before it ran away (framed on the whole path, the start was
    # a dot in a flat square a million wide).
    path_x, path_y = (np.clip(p, -PATH_LIMIT, PATH_LIMIT) for p in (path_x, path_y))
    framed = len(path_x)
    if history.stopped is not None:
        size0 = max(1.0, abs(float(path_x[0])), abs(float(path_y[0])))
        away = np.maximum(np.abs(path_x), np.abs(path_y)) > RUNAWAY * size0
        framed = max(2, int(np.argmax(away)) if away.any() else framed)
    b_slice = b[framed - 1]
    grid_x = np.linspace(*_limits(path_x[:framed]), size)
    grid_y = np.linspace(*_limits(path_y[:framed]), size)
    gx, gy = np.meshgrid(grid_x, grid_y)  # (size, size) each
    if data.X.shape[0] == 1:
        z = gx.reshape(-1, 1) * data.X + gy.reshape(-1, 1)  # (size², n)
    else:
        z = np.stack([gx.ravel(), gy.ravel()], axis=1) @ data.X + b_slice
    y = data.y
    if np.abs(z).max(initial=0.0) < FLOAT32_Z:  # float32, as sent: half the memory to read
        z, y = z.astype(np.float32), y.astype(np.float32)
    values = grid_losses(z, y, activation, loss)
    finite = np.isfinite(values)
    # Far from the path the loss may overflow: the map shows the largest finite value there.
    values = np.where(finite, values, np.max(values[finite]) if finite.any() else 0.0)
    values = np.minimum(values, np.finfo(np.float32).max)  # sent as float32
    return Landscape(axes, grid_x, grid_y, values.reshape(size, size).astype(np.float32),
                     path_x.copy(), path_y.copy(), framed - 1)


def grid_losses(z: np.ndarray, y: np.ndarray, activation: str, loss: str) -> np.ndarray:
    """The mean loss over the samples for each row of `z` (shape (points, n_samples)),
    computed with the neuron's own loss functions."""
    with np.errstate(over="ignore", under="ignore", invalid="ignore"):
        # BCE is computed from z alone (`neuron.losses.bce`): a would go unused.
        a = None if loss == "bce" else get_activation(activation).fn(z)
        per_sample = LOSSES[loss].fn(z, a, y[:, 0])
        return np.mean(per_sample, axis=1)
