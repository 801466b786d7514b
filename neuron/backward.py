"""The backward pass: how the mean loss of a batch changes with ``w`` and ``b``.

For a batch ``X`` of shape ``(n_features, n)`` with labels ``y`` of shape ``(n, 1)``::

    z = Xᵀ w + b          (n, 1)    forward, as in neuron.neuron
    a = g(z)              (n, 1)
    L = mean(loss(a, y))            one number

    dL/da                 (n, 1)    per sample, from the loss
    da/dz = g'(z)         (n, 1)    per sample, from the activation
    dL/dz = dL/da * da/dz (n, 1)    per sample (BCE after sigmoid: exactly a - y)
    dw = X · dL/dz / n    (n_features, 1)
    db = mean(dL/dz)      ()

The per-sample terms are *not* divided by ``n``; the mean happens in ``dw`` and ``db``.
Like micrograd, each link's derivative lives next to its function: ``g'`` in
:mod:`neuron.activations`, ``dL/da`` in :mod:`neuron.losses`.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from neuron._checks import all_finite
from neuron.activations import Activation
from neuron.losses import Loss


@dataclass(frozen=True, eq=False)  # eq=False: comparing arrays with == has no single truth value
class Gradients:
    """The result of one backward pass, with every term of the chain rule.

    Attributes
    ----------
    loss : float
        Mean loss over the batch.
    dw : ndarray of shape (n_features, 1), or shape () for a scalar neuron
        ``dL/dw``, the same shape as the neuron's ``w``.
    db : ndarray of shape ()
        ``dL/db``.
    x : ndarray of shape (n_features, n)
        The batch used, one sample per column (a scalar neuron's ``n`` inputs as ``(1, n)``).
    y : ndarray of shape (n, 1)
        The labels used.
    z, a : ndarray of shape (n, 1)
        The forward pass.
    dL_da, da_dz, dL_dz : ndarray of shape (n, 1)
        Per-sample links of the chain rule (not divided by ``n``). ``dL_da`` can be ``±inf``
        for a BCE neuron with ``|z| > 709`` (the true value exceeds float64); ``dL_dz`` stays
        finite there.
    """

    loss: float
    dw: np.ndarray
    db: np.ndarray
    x: np.ndarray
    y: np.ndarray
    z: np.ndarray
    a: np.ndarray
    dL_da: np.ndarray
    da_dz: np.ndarray
    dL_dz: np.ndarray

    def __repr__(self) -> str:
        return (
            f"Gradients(loss={self.loss:.6g}, dw shape {self.dw.shape}, db={float(self.db):.6g}, "
            f"n_samples={self.y.shape[0]})"
        )


def backward(
    x: np.ndarray, w: np.ndarray, b: np.ndarray, y: np.ndarray, activation: Activation, loss: Loss
) -> Gradients:
    """All terms of the chain rule for checked inputs.

    Parameters
    ----------
    x : ndarray of shape (n_features, n), float64, finite
    w : ndarray of shape (n_features, 1), or () for a scalar neuron (then n_features is 1)
    b : ndarray of shape ()
    y : ndarray of shape (n, 1), float64, finite (and allowed by the loss)
    activation, loss : the neuron's activation and a loss that may follow it

    Raises
    ------
    ValueError
        If ``z``, the loss or the gradients overflow float64.
    """
    with np.errstate(over="ignore", invalid="ignore", under="ignore"):
        z = x.T @ w.reshape(-1, 1) + b
        a = activation.fn(z)
        per_sample = loss.fn(z, a, y)
        dL_da = loss.derivative(z, a, y)
        da_dz = activation.derivative(z)
        if loss.dz is not None and activation.name == loss.activation:
            dL_dz = loss.dz(z, a, y)  # simplified by hand: exact where dL/da * da/dz is inf * 0
        else:
            dL_dz = dL_da * da_dz
        n = y.shape[0]
        dw = (x @ dL_dz / n).reshape(w.shape)
        db = np.asarray(dL_dz.mean())
        mean_loss = float(per_sample.mean())
    if not (all_finite(z) and np.isfinite(mean_loss) and all_finite(dw) and all_finite(db)):
        raise ValueError(
            f"the {loss.name} loss or its gradient overflowed float64 (|z| up to "
            f"{float(np.abs(z).max()):.3g}). Scale x, w or b down, or lower the learning rate."
        )
    return Gradients(mean_loss, dw, db, x, y, z, a, dL_da, da_dz, dL_dz)
