"""Loss functions L(a, y) and their derivatives dL/da, kept side by side.

A loss says how far the neuron's output ``a = g(z)`` is from the label ``y`` of one sample.
Training minimises the mean loss over a batch. Each loss below is one :class:`Loss`: a name,
the per-sample function, and its derivative (the first link of the chain rule
``dL/dz = dL/da * da/dz``). They are collected in one explicit registry, :data:`LOSSES`,
keyed by name, like :data:`neuron.activations.ACTIVATIONS`.

Every function takes ``(z, a, y)`` -- the affine output, the activation and the labels, all of
the same shape (``(n_samples, 1)`` in the neuron) -- and returns one float64 value per sample
in that shape. Passing ``z`` as well as ``a`` lets binary cross-entropy work from ``z``, which
stays accurate where ``a`` has already rounded to exactly 0 or 1.

The functions never warn: a value too large for float64 comes out as ``inf`` (the neuron and
:func:`neuron.train` report that as an overflow).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

LossFunction = Callable[[np.ndarray, np.ndarray, np.ndarray], np.ndarray]


@dataclass(frozen=True)
class Loss:
    """One loss function L together with its derivative dL/da.

    Attributes
    ----------
    name : str
        Registry key, e.g. ``"bce"``.
    fn : callable, (z, a, y) -> L
        Per-sample loss, same shape as the arguments.
    derivative : callable, (z, a, y) -> dL/da
        Per-sample derivative with respect to ``a``, same shape.
    activation : str or None, default None
        The only activation this loss makes sense with (BCE needs ``a`` in (0, 1): sigmoid),
        or None if any activation works.
    dz : callable, (z, a, y) -> dL/dz, or None
        With that activation, ``dL/da * da/dz`` simplified by hand. It stays exact where the
        two factors would be ``inf * 0`` (a saturated neuron).
    labels : tuple of float or None, default None
        The only label values allowed (BCE: 0 and 1), or None for any finite number.
    """

    name: str
    fn: LossFunction
    derivative: LossFunction
    activation: str | None = None
    dz: LossFunction | None = None
    labels: tuple[float, ...] | None = None


# --- binary cross-entropy ------------------------------------------------------------------


def bce(z: np.ndarray, a: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Binary cross-entropy of a sigmoid neuron, ``L = -(y log a + (1 - y) log(1 - a))``.

    With ``a = sigmoid(z)`` this equals ``log(1 + e^z) - y z``. It is computed as::

        L = max(z, 0) - y z + log(1 + e^-|z|)

    which never overflows (``e^-|z| <= 1``) and loses no digits when the neuron is right and
    sure (``y = 1, z = 40`` gives ``4.2e-18``, not 0). A saturated wrong neuron gets a large
    but finite loss (``y = 0, z = 1000`` gives 1000), where ``log(1 - a) = log(0)`` would be
    infinite. `a` is not used. Nothing here can overflow for labels in [0, 1]; ``e^-|z|``
    may underflow to 0, which numpy does not warn about (and is exact enough).
    """
    return np.asarray(np.maximum(z, 0.0) - y * z + np.log1p(np.exp(-np.abs(z))))


def bce_derivative(z: np.ndarray, a: np.ndarray, y: np.ndarray) -> np.ndarray:
    """``dL/da = -y / a + (1 - y) / (1 - a)``, written with z: ``-y (1 + e^-z) + (1 - y)(1 + e^z)``.

    The z form is finite as long as ``|z| <= 709``; beyond that the true value exceeds float64
    and the result is ``-inf`` or ``inf`` (never NaN). `a` is not used.
    """
    with np.errstate(over="ignore", invalid="ignore"):
        toward_one = np.where(y != 0, -y * (1.0 + np.exp(-z)), 0.0)
        toward_zero = np.where(y != 1, (1.0 - y) * (1.0 + np.exp(z)), 0.0)
        return np.asarray(toward_one + toward_zero)


def bce_dz(z: np.ndarray, a: np.ndarray, y: np.ndarray) -> np.ndarray:
    """``dL/dz = a - y`` for BCE after a sigmoid: ``dL/da * a (1 - a)`` simplified."""
    return np.asarray(a - y)


# --- mean squared error --------------------------------------------------------------------


def mse(z: np.ndarray, a: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Squared error ``L = (a - y)^2`` (its mean over the batch is the MSE). `z` is not used."""
    with np.errstate(over="ignore"):
        return np.asarray(np.square(a - y))


def mse_derivative(z: np.ndarray, a: np.ndarray, y: np.ndarray) -> np.ndarray:
    """``dL/da = 2 (a - y)``. `z` is not used."""
    with np.errstate(over="ignore"):
        return np.asarray(2.0 * (a - y))


# --- registry ------------------------------------------------------------------------------

LOSSES: dict[str, Loss] = {
    "bce": Loss("bce", bce, bce_derivative, activation="sigmoid", dz=bce_dz, labels=(0.0, 1.0)),
    "mse": Loss("mse", mse, mse_derivative),
}
"""All losses by name, in the order the app lists them."""


def get_loss(name: str) -> Loss:
    """Look up a loss by name.

    Parameters
    ----------
    name : str
        One of the keys of :data:`LOSSES`.

    Raises
    ------
    TypeError
        If `name` is not a string.
    ValueError
        If `name` is not a known loss; the message lists the valid names.
    """
    valid = ", ".join(repr(key) for key in LOSSES)
    if not isinstance(name, str):
        raise TypeError(f"loss must be a name (str), one of {valid}; got {type(name).__name__}.")
    try:
        return LOSSES[name]
    except KeyError:
        raise ValueError(f"unknown loss {name!r}; choose one of {valid}.") from None


def check_pairing(loss: Loss, activation: str) -> None:
    """Raise ``ValueError`` if `loss` cannot be used after `activation`, saying how to fix it."""
    if loss.activation is not None and activation != loss.activation:
        other = ", ".join(repr(key) for key in LOSSES if LOSSES[key].activation is None)
        raise ValueError(
            f"loss {loss.name!r} needs the {loss.activation!r} activation (its output must lie "
            f"between 0 and 1); this neuron uses {activation!r}. Create the neuron with "
            f"activation={loss.activation!r}, or choose another loss: {other}."
        )
