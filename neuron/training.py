"""Training: mini-batch gradient descent on one neuron, with a record of every step.

Each epoch walks once through the data set in mini-batches (a fresh random order per epoch
when ``shuffle``; the batches are cut as :func:`neuron.batching.iter_batches` cuts them). Each
batch is one *step*::

    forward     z = Xᵀ w + b,  a = g(z),  L = mean(loss(a, y))
    backward    dw = X · dL/dz / n,  db = mean(dL/dz)          (see neuron.backward)
    update      w <- w - lr * dw,  b <- b - lr * db

The parameters are created once (by the neuron, lazily) and then only updated: that is why
the lesson creates them outside the loop. ``reinit_each_step=True`` reproduces the mistake of
creating them inside it: every step starts again from fresh random parameters, so the loss
never improves.

Shapes follow the column convention: ``X`` is ``(n_features, n_samples)``, ``y`` is
``(n_samples, 1)``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike

from neuron._checks import (
    as_batch,
    as_count,
    as_flag,
    as_labels,
    as_rate,
    check_finite,
)
from neuron.batching import batch_ranges
from neuron.losses import check_pairing, get_loss
from neuron.neuron import ArtificialNeuron

THRESHOLD = 0.5
"""A sample counts as class 1 when ``a >= THRESHOLD`` (halfway between the labels 0 and 1)."""


@dataclass(frozen=True, eq=False)  # eq=False: comparing arrays with == has no single truth value
class History:
    """What happened at every step of :func:`train`. Step ``k`` is the k-th mini-batch.

    Attributes
    ----------
    w : ndarray of shape (n_steps + 1, n_features)
        Row ``k``: the weights *before* step ``k``; the last row: the final weights (also
        the neuron's). A scalar neuron has ``n_features = 1``.
    b : ndarray of shape (n_steps + 1,)
        The bias, likewise.
    loss : ndarray of shape (n_steps,)
        Mean loss of step k's batch, before its update.
    accuracy : ndarray of shape (n_steps,)
        Share of step k's batch on the right side of ``a = THRESHOLD``, before its update.
    batches : list of n_steps int ndarrays
        The columns of ``X`` that made up step k's batch.
    epoch : ndarray of shape (n_steps,)
        Epoch (0-based) of step k.
    epoch_loss : ndarray of shape (n_epochs_done,)
        Mean of the step losses of each *complete* epoch.
    dw : ndarray of shape (n_steps, n_features)
    db : ndarray of shape (n_steps,)
        The gradients of step k.
    stopped : str or None
        None if every step ran. ``"non_finite"``: step ``stopped_at`` gave a loss that is not
        finite, or would have made the parameters so large that ``z`` could overflow float64
        (``sum|w| * max|x| + |b| >= 1e307``), so training stopped before it; all arrays hold
        only the finite steps before it, and the model keeps the parameters of the last row.
    stopped_at : int or None
        Index of the step that could not run, or None.
    """

    w: np.ndarray
    b: np.ndarray
    loss: np.ndarray
    accuracy: np.ndarray
    batches: list[np.ndarray]
    epoch: np.ndarray
    epoch_loss: np.ndarray
    dw: np.ndarray
    db: np.ndarray
    stopped: str | None
    stopped_at: int | None

    @property
    def n_steps(self) -> int:
        """Number of steps that ran."""
        return len(self.loss)

    def __repr__(self) -> str:
        last = f"{self.loss[-1]:.4g}" if len(self.loss) else None
        stopped = "" if self.stopped is None else f", stopped={self.stopped!r} at {self.stopped_at}"
        return (
            f"History(n_steps={self.n_steps}, n_features={self.w.shape[1]}, "
            f"epochs_done={len(self.epoch_loss)}, last_loss={last}{stopped})"
        )


def train(
    model: ArtificialNeuron,
    X: ArrayLike,
    y: ArrayLike,
    *,
    loss: str = "bce",
    lr: float = 0.1,
    batch_size: int = 8,
    epochs: int = 10,
    shuffle: bool = True,
    drop_last: bool = False,
    rng: int | np.random.SeedSequence | np.random.Generator | None = None,
    reinit_each_step: bool = False,
) -> History:
    """Train `model` in place by mini-batch gradient descent and return its :class:`History`.

    Parameters
    ----------
    model : ArtificialNeuron
        Updated in place. Missing parameters are drawn first from the model's own ``rng``,
        as :meth:`~neuron.neuron.ArtificialNeuron.forward` would.
    X : ndarray of shape (n_features, n_samples)
        One sample per column. A scalar neuron also takes ``(n_samples,)``.
    y : ndarray of shape (n_samples, 1) or (n_samples,)
        Labels: 0 or 1 for ``"bce"``; any finite number for ``"mse"``.
    loss : str, default "bce"
        A key of :data:`neuron.losses.LOSSES`; ``"bce"`` needs the sigmoid activation.
    lr : float, default 0.1
        Learning rate, positive and finite.
    batch_size : int, default 8
        Samples per step; ``n_samples`` or more makes one full batch per epoch.
    epochs : int, default 10
        Passes over the data set (0 trains nothing).
    shuffle : bool, default True
        Draw a new random order of the samples every epoch (from `rng`); else keep their order.
    drop_last : bool, default False
        Skip each epoch's last batch if it is shorter than `batch_size`.
    rng : int, SeedSequence, Generator or None
        Source of the shuffling, via ``np.random.default_rng(rng)``: a seed reproduces it.
    reinit_each_step : bool, default False
        Re-draw ``w`` and ``b`` (with the model's ``reset_parameters``) before every step:
        the lesson's bug of creating the parameters inside the loop.

    Returns
    -------
    History
        Never holds NaN or infinity: an overflowing step stops training (``stopped``).

    Raises
    ------
    TypeError, ValueError
        For bad arguments (checked once, before anything changes).
    """
    if not isinstance(model, ArtificialNeuron):
        raise TypeError(f"model must be an ArtificialNeuron; got {type(model).__name__}.")
    loss_fn = get_loss(loss)
    check_pairing(loss_fn, model.activation)
    x_in, X = as_batch(X, model._w)
    check_finite(X, "X")
    Y = as_labels(y, X.shape[1], loss_fn.labels)
    rate = as_rate(lr)
    epochs = as_count(epochs, "epochs", minimum=0)
    ranges = batch_ranges(X.shape[1], batch_size, as_flag(drop_last, "drop_last"))
    shuffle = as_flag(shuffle, "shuffle")
    reinit = as_flag(reinit_each_step, "reinit_each_step")
    if not ranges and epochs:
        raise ValueError(
            f"batch_size={batch_size} with drop_last=True leaves no batch of the "
            f"{X.shape[1]} samples. Lower batch_size or set drop_last=False."
        )
    generator = np.random.default_rng(rng)
    model._lazily(x_in, lambda: None)  # draw missing parameters once, as forward() does
    return _loop(model, X, Y, loss_fn, rate, ranges, epochs, shuffle, generator, reinit)


def _loop(model, X, Y, loss_fn, rate, ranges, epochs, shuffle, generator, reinit) -> History:
    """The training loop proper, for checked arguments: per step, only an overflow check.

    It works on the neuron's internals (same package) rather than calling ``gradients`` and
    ``step``, whose argument checks would cost more than the arithmetic of a small batch; the
    arithmetic is the same as :func:`neuron.backward.backward` (a test replays every step).
    """
    activation = model._activation
    fused = loss_fn.dz if activation.name == loss_fn.activation else None
    shape, n_features, n = model._w.shape, X.shape[0], X.shape[1]
    w, b = model._w.reshape(n_features, 1), float(model._b)
    # |z| <= sum|w| * max|x| + |b|: while that bound is below LIMIT, no z can overflow, so one
    # cheap sum per step replaces checking every z (it also catches NaN: the test is False).
    x_max = float(np.abs(X).max(initial=0.0))
    total = epochs * len(ranges)
    W, B = np.empty((total + 1, n_features)), np.empty(total + 1)
    losses, accuracy = np.empty(total), np.empty(total)
    DW, DB, epoch_of = np.empty((total, n_features)), np.empty(total), np.empty(total, np.int64)
    batches: list[np.ndarray] = []
    epoch_loss: list[float] = []
    positive = Y >= THRESHOLD
    k = 0
    with np.errstate(over="ignore", invalid="ignore", under="ignore"):
        stopped = None if _safe(w, b, x_max) else "non_finite"
        for epoch in range(epochs if stopped is None else 0):
            order = generator.permutation(n) if shuffle else np.arange(n)
            # Reorder once per epoch, so each batch below is a cheap slice, not a gather.
            X_epoch, Y_epoch, positive_epoch = X[:, order], Y[order], positive[order]
            for start, stop in ranges:
                if reinit:
                    model.reset_parameters()
                    w, b = model._w.reshape(n_features, 1), float(model._b)
                    if not _safe(w, b, x_max):
                        stopped = "non_finite"
                        break
                idx = order[start:stop]
                xb, yb, m = X_epoch[:, start:stop], Y_epoch[start:stop], stop - start
                z = xb.T @ w + b
                a = activation.fn(z)
                batch_loss = float(loss_fn.fn(z, a, yb).sum()) / m
                if fused is not None:
                    dz = fused(z, a, yb)
                else:
                    dz = loss_fn.derivative(z, a, yb) * activation.derivative(z)
                dw = xb @ dz / m
                db = float(dz.sum()) / m
                new_w, new_b = w - rate * dw, b - rate * db
                if not (math.isfinite(batch_loss) and _safe(new_w, new_b, x_max)):
                    stopped = "non_finite"
                    break
                W[k], B[k], DW[k], DB[k] = w[:, 0], b, dw[:, 0], db
                losses[k] = batch_loss
                right = (a >= THRESHOLD) == positive_epoch[start:stop]
                accuracy[k] = np.count_nonzero(right) / m
                epoch_of[k] = epoch
                batches.append(idx)
                w, b, k = new_w, new_b, k + 1
            if stopped:
                break
            epoch_loss.append(float(losses[k - len(ranges) : k].mean()))
    W[k], B[k] = w[:, 0], b
    model.set_parameters(w.reshape(shape), b)
    for array in (W, B, losses, accuracy, DW, DB, epoch_of, *batches):
        array.flags.writeable = False  # a History is a record: frozen, arrays included
    return History(
        w=W[: k + 1],
        b=B[: k + 1],
        loss=losses[:k],
        accuracy=accuracy[:k],
        batches=batches,
        epoch=epoch_of[:k],
        epoch_loss=_frozen(np.array(epoch_loss)),
        dw=DW[:k],
        db=DB[:k],
        stopped=stopped,
        stopped_at=k if stopped else None,
    )


LIMIT = 1e307
"""Training stops before ``sum|w| * max|x| + |b|`` reaches this (float64 ends near 1.8e308)."""


def _frozen(array: np.ndarray) -> np.ndarray:
    array.flags.writeable = False
    return array


def _safe(w: np.ndarray, b: float, x_max: float) -> bool:
    """True if no ``z = xᵀw + b`` with ``|x| <= x_max`` can overflow (False for NaN or inf)."""
    return float(np.abs(w).sum()) * x_max + abs(b) < LIMIT
