"""The Trace of one forward pass: every intermediate value, so the app never recomputes the math.

Shapes follow the column convention of :mod:`neuron.neuron`: a sample is a column.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True, eq=False)  # eq=False: comparing arrays with == has no single truth value
class Trace:
    """Every intermediate value of one forward pass, so nothing has to be recomputed.

    Attributes
    ----------
    x : ndarray
        The float64 input actually used. Vector neuron: shape ``(n_features, n_samples)``
        (a single sample ``(n,)`` becomes ``(n, 1)``). Scalar neuron: the input's own shape.
    w : ndarray of shape (n_features, 1), or shape () for a scalar neuron
        A copy of the weights at the time of the pass.
    b : ndarray of shape ()
        A copy of the bias.
    z : ndarray
        Affine step: ``xᵀ w + b`` of shape ``(n_samples, 1)``; scalar neuron ``x * w + b``,
        shaped like ``x``.
    a : ndarray, same shape as `z`
        Activation step, ``g(z)``.
    activation : str
        Name of g.
    """

    x: np.ndarray
    w: np.ndarray
    b: np.ndarray
    z: np.ndarray
    a: np.ndarray
    activation: str

    @property
    def contributions(self) -> np.ndarray:
        """Each input times its weight, ``x_j * w_j``.

        Returns
        -------
        ndarray of shape (n_features, n_samples), or `x`'s shape for a scalar neuron
            Column j sums to ``z[j] - b``.
        """
        return self.x * self.w
