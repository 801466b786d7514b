"""Activation functions g(z) and their derivatives g'(z), kept side by side.

The neuron computes ``a = g(z)``. Each activation below is one :class:`Activation`: a name,
the function, and its derivative (needed later for backpropagation). They are collected in one
explicit registry, :data:`ACTIVATIONS`, keyed by name.

Every function accepts a number or an array ``z`` of any shape and returns a float64 ndarray
of the same shape (a 0-d array for a number).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike

LEAKY_RELU_SLOPE = 0.01
"""Slope of the leaky ReLU for negative z."""


@dataclass(frozen=True)
class Activation:
    """One activation function g together with its derivative g'.

    Attributes
    ----------
    name : str
        Registry key, e.g. ``"sigmoid"``.
    fn : callable, z -> g(z)
        Takes an array ``z`` of any shape, returns a float64 array of the same shape.
    derivative : callable, z -> g'(z)
        Same shapes as `fn`. Note it takes ``z``, not ``a``.
    """

    name: str
    fn: Callable[[ArrayLike], np.ndarray]
    derivative: Callable[[ArrayLike], np.ndarray]


# --- sigmoid -------------------------------------------------------------------------------


def sigmoid(z: ArrayLike) -> np.ndarray:
    """Logistic sigmoid, ``g(z) = 1 / (1 + exp(-z))``, computed without overflow.

    The textbook formula overflows: ``exp(-z)`` is infinite for ``z < -709``. With
    ``e = exp(-|z|)``, which always lies in [0, 1], the same function reads::

        g(z) = 1 / (1 + e)   for z >= 0
        g(z) = e / (1 + e)   for z <  0

    Both branches are accurate to float64 precision.

    Parameters
    ----------
    z : number or ndarray of any shape

    Returns
    -------
    ndarray of the same shape as `z`, values in [0, 1]
    """
    z = np.asarray(z, dtype=np.float64)
    # For |z| > 708, e and the result fall below 1e-308 (underflow): rounding them to
    # (nearly) zero is the correct answer, not an error.
    with np.errstate(under="ignore"):
        e = np.exp(-np.abs(z))
        return np.asarray(np.where(z >= 0, 1.0, e) / (1.0 + e))


def sigmoid_derivative(z: ArrayLike) -> np.ndarray:
    """``g'(z) = g(z) * (1 - g(z))`` for the sigmoid g. Same shape as `z`."""
    s = sigmoid(z)
    with np.errstate(under="ignore"):
        return np.asarray(s * (1.0 - s))


# --- tanh ----------------------------------------------------------------------------------


def tanh(z: ArrayLike) -> np.ndarray:
    """Hyperbolic tangent, ``g(z) = (e^z - e^-z) / (e^z + e^-z)``, values in [-1, 1]."""
    return np.asarray(np.tanh(np.asarray(z, dtype=np.float64)))


def tanh_derivative(z: ArrayLike) -> np.ndarray:
    """``g'(z) = 1 - tanh(z)**2``. Same shape as `z`."""
    t = tanh(z)
    return np.asarray(1.0 - t * t)


# --- ReLU ----------------------------------------------------------------------------------


def relu(z: ArrayLike) -> np.ndarray:
    """Rectified linear unit, ``g(z) = max(z, 0)``."""
    return np.asarray(np.maximum(np.asarray(z, dtype=np.float64), 0.0))


def relu_derivative(z: ArrayLike) -> np.ndarray:
    """``g'(z) = 1`` for ``z > 0``, else ``0`` (we pick 0 at the kink z = 0)."""
    return np.asarray(np.where(np.asarray(z, dtype=np.float64) > 0, 1.0, 0.0))


# --- leaky ReLU ----------------------------------------------------------------------------


def leaky_relu(z: ArrayLike) -> np.ndarray:
    """Leaky ReLU, ``g(z) = z`` for ``z > 0``, else ``0.01 * z``."""
    z = np.asarray(z, dtype=np.float64)
    return np.asarray(np.where(z > 0, z, LEAKY_RELU_SLOPE * z))


def leaky_relu_derivative(z: ArrayLike) -> np.ndarray:
    """``g'(z) = 1`` for ``z > 0``, else ``0.01`` (we pick 0.01 at the kink z = 0)."""
    return np.asarray(np.where(np.asarray(z, dtype=np.float64) > 0, 1.0, LEAKY_RELU_SLOPE))


# --- identity ------------------------------------------------------------------------------


def identity(z: ArrayLike) -> np.ndarray:
    """``g(z) = z`` (no activation). Returns a copy, so ``a`` never aliases ``z``."""
    return np.array(z, dtype=np.float64)


def identity_derivative(z: ArrayLike) -> np.ndarray:
    """``g'(z) = 1``, an array of ones with the shape of `z`."""
    return np.ones_like(np.asarray(z, dtype=np.float64))


# --- registry ------------------------------------------------------------------------------

ACTIVATIONS: dict[str, Activation] = {
    "sigmoid": Activation("sigmoid", sigmoid, sigmoid_derivative),
    "tanh": Activation("tanh", tanh, tanh_derivative),
    "relu": Activation("relu", relu, relu_derivative),
    "leaky_relu": Activation("leaky_relu", leaky_relu, leaky_relu_derivative),
    "identity": Activation("identity", identity, identity_derivative),
}
"""All activations by name, in the order the app lists them."""


def get_activation(name: str) -> Activation:
    """Look up an activation by name.

    Parameters
    ----------
    name : str
        One of the keys of :data:`ACTIVATIONS`.

    Raises
    ------
    TypeError
        If `name` is not a string.
    ValueError
        If `name` is not a known activation; the message lists the valid names.
    """
    valid = ", ".join(repr(key) for key in ACTIVATIONS)
    if not isinstance(name, str):
        raise TypeError(
            f"activation must be a name (str), one of {valid}; got {type(name).__name__}."
        )
    try:
        return ACTIVATIONS[name]
    except KeyError:
        raise ValueError(f"unknown activation {name!r}; choose one of {valid}.") from None
