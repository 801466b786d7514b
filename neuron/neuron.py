"""One artificial neuron: an affine step followed by an activation.

    z = xᵀ w + b        (affine step)
    a = g(z)            (activation step, g from :data:`neuron.activations.ACTIVATIONS`)

Column convention (as in the lesson and in Nielsen's ``network.py``): **a sample is a column**.

- one sample ``x`` has shape ``(n_features,)`` or ``(n_features, 1)``;
- a batch ``X`` has shape ``(n_features, n_samples)``, one sample per column;
- the weights ``w`` have shape ``(n_features, 1)`` and the bias ``b`` is a single number;
- the output ``a`` has shape ``(n_samples, 1)``: ``(n_samples, n_features) @ (n_features, 1)``.

scikit-learn and PyTorch use the transposed layout (samples in rows, ``X @ w``); pass ``X.T``
when you bring data from them.

A *scalar* neuron has a single-number ``w`` and computes ``a = g(x * w + b)`` elementwise, so a
whole grid of ``x`` values can be pushed through at once (handy for drawing curves).
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike

from neuron._checks import all_finite, as_count, as_float_array, check_finite
from neuron.activations import get_activation
from neuron.trace import Trace


class ArtificialNeuron:
    """A single neuron ``a = g(xᵀ w + b)`` with lazily created parameters.

    Parameters
    ----------
    w : number, sequence or ndarray, optional
        Weights, kept exactly as given (as a float64 copy). A number makes a *scalar* neuron;
        shape ``(n,)`` or ``(n, 1)`` makes a neuron with ``n`` features, stored as ``(n, 1)``.
        If omitted, drawn from N(0, 1) on the first :meth:`forward`, shaped to fit that input.
    b : number, optional
        Bias, kept exactly as given. If omitted, drawn from N(0, 1) on the first
        :meth:`forward`.
    activation : str, default "sigmoid"
        A key of :data:`neuron.activations.ACTIVATIONS`.
    rng : int, numpy.random.SeedSequence, numpy.random.Generator or None, keyword-only
        Source of the random parameters, normalised with ``np.random.default_rng(rng)``.
        The same seed gives the same parameters. Missing parameters are drawn in a fixed
        order: first ``w``, then ``b``, each with ``rng.standard_normal(shape)``.

    Examples
    --------
    >>> neuron = ArtificialNeuron(w=5, b=-1)
    >>> neuron.forward(3)  # z = 3*5 - 1 = 14
    array(0.99999917)
    >>> ArtificialNeuron(rng=0).forward(np.ones((20, 8))).shape
    (8, 1)
    """

    def __init__(
        self,
        w: ArrayLike | None = None,
        b: ArrayLike | None = None,
        activation: str = "sigmoid",
        *,
        rng: int | np.random.SeedSequence | np.random.Generator | None = None,
    ) -> None:
        self._activation = get_activation(activation)
        self._w = None if w is None else _as_weights(w)
        self._b = None if b is None else _as_bias(b)
        self._rng = np.random.default_rng(rng)

    # --- what the neuron knows -----------------------------------------------------------

    @property
    def w(self) -> np.ndarray | None:
        """Weights: shape ``(n_features, 1)``, shape ``()`` for a scalar neuron, or None."""
        return self._w

    @property
    def b(self) -> np.ndarray | None:
        """Bias as a 0-d float64 array, or None until known."""
        return self._b

    @property
    def activation(self) -> str:
        """Name of the activation function g."""
        return self._activation.name

    @property
    def is_initialized(self) -> bool:
        """True once both ``w`` and ``b`` are known."""
        return self._w is not None and self._b is not None

    @property
    def is_scalar(self) -> bool | None:
        """True for a scalar neuron, False for a vector neuron, None while ``w`` is unknown."""
        return None if self._w is None else self._w.ndim == 0

    @property
    def n_features(self) -> int | None:
        """Number of input features of a vector neuron; None for a scalar or unknown ``w``."""
        return None if self._w is None or self._w.ndim == 0 else self._w.shape[0]

    def __repr__(self) -> str:
        name = type(self).__name__
        if self._w is None:
            return f"{name}(uninitialized, activation={self.activation!r})"
        if self._w.ndim == 0:
            b = None if self._b is None else float(self._b)
            return f"{name}(w={float(self._w)!r}, b={b!r}, activation={self.activation!r})"
        return f"{name}(n_features={self.n_features}, activation={self.activation!r})"

    # --- computing -----------------------------------------------------------------------

    def forward(self, x: ArrayLike) -> np.ndarray:
        """Compute the neuron's output ``a = g(xᵀ w + b)``.

        Parameters
        ----------
        x : ndarray of shape (n_features,), (n_features, 1) or (n_features, n_samples)
            One sample or a batch, one sample per column. For a scalar neuron: a number or
            an array of up to 2 dimensions, processed elementwise.

        Returns
        -------
        a : ndarray of shape (n_samples, 1)
            ``(1, 1)`` for a single sample. Scalar neuron: same shape as `x`.

        Raises
        ------
        TypeError
            If `x` is not numeric.
        ValueError
            If `x` has more than 2 dimensions, the wrong number of features, or holds NaN or
            infinity. A failed call changes nothing: no parameter is drawn or stored.
        """
        return self._run(x)[2]

    def forward_trace(self, x: ArrayLike) -> Trace:
        """Like :meth:`forward`, but return every intermediate value as a :class:`Trace`."""
        x, z, a = self._run(x)
        return Trace(x=x, w=self._w.copy(), b=self._b.copy(), z=z, a=a, activation=self.activation)

    def reset_parameters(self, *, n_features: int | None = None) -> None:
        """Draw fresh ``w`` and ``b`` (in that order) from N(0, 1), replacing any old ones.

        Parameters
        ----------
        n_features : int, optional
            Make a vector neuron with this many features. By default keep the current shape.

        Raises
        ------
        RuntimeError
            If the shape of ``w`` is unknown and `n_features` is not given.
        """
        if n_features is not None:
            shape = (as_count(n_features, "n_features", minimum=1), 1)
        elif self._w is not None:
            shape = self._w.shape
        else:
            raise RuntimeError(
                "reset_parameters() needs the shape of w, which is not known yet. Call "
                "forward(x) once first, or pass the size: reset_parameters(n_features=20)."
            )
        self._w = self._rng.standard_normal(shape)
        self._b = self._rng.standard_normal(())

    # --- internals -----------------------------------------------------------------------

    def _run(self, x: ArrayLike) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Validate `x`, create missing parameters once, and return ``(x, z, a)``."""
        x = self._as_input(x)
        if self._w is not None and self._b is not None:
            return self._compute(x)
        # First call: draw the missing parameters, but undo the draw if the pass fails, so a
        # failed call changes nothing (not even the random generator's position).
        saved = (self._w, self._b, self._rng.bit_generator.state)
        self._init_parameters(x)
        try:
            return self._compute(x)
        except ValueError:
            self._w, self._b, self._rng.bit_generator.state = saved
            raise

    def _compute(self, x: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Return ``(x, z, a)`` for a validated `x` and known parameters."""
        z = self._affine(x)
        if not all_finite(z):
            self._explain_non_finite(x)
        return x, z, self._activation.fn(z)

    def _as_input(self, x: ArrayLike) -> np.ndarray:
        """Return `x` as float64 in the layout the affine step uses, or raise."""
        x = as_float_array(x, "x")
        if self._w is None:  # w not known yet: the first input decides the neuron's kind
            if x.ndim == 0:
                return x
            n = x.shape[0]
        elif self._w.ndim == 0:  # scalar neuron: any shape, elementwise
            return x
        else:
            n = self._w.shape[0]
        if x.ndim == 0 or n == 0 or x.shape[0] != n:
            raise _n_features_error(x, n)
        return x[:, np.newaxis] if x.ndim == 1 else x  # one sample (n,) is the column (n, 1)

    def _init_parameters(self, x: np.ndarray) -> None:
        """Draw the missing parameters from N(0, 1): first ``w``, then ``b``."""
        if self._w is None:
            self._w = self._rng.standard_normal(() if x.ndim == 0 else (x.shape[0], 1))
        if self._b is None:
            self._b = self._rng.standard_normal(())

    def _affine(self, x: np.ndarray) -> np.ndarray:
        """``z = xᵀ w + b``: ``(n_samples, n) @ (n, 1) -> (n_samples, 1)``; scalar: ``x*w + b``."""
        # Non-finite values are reported by the caller with a clear message, so numpy's
        # own "invalid value"/"overflow" warnings would only be noise here.
        with np.errstate(invalid="ignore", over="ignore"):
            if self._w.ndim == 0:
                return np.asarray(x * self._w + self._b)
            return x.T @ self._w + self._b

    def _explain_non_finite(self, x: np.ndarray) -> None:
        """Raise the ValueError that says why ``z`` holds NaN or infinity.

        ``w`` and ``b`` are finite, so a NaN or infinity anywhere in column j of ``x`` always
        makes ``z[j]`` NaN or infinite. Checking the short ``z`` therefore replaces a full
        pass over a large ``x``; only when ``z`` is bad do we look at ``x`` to say why.
        """
        check_finite(x, "x")
        check_finite(self._w, "w")  # only possible if someone changed w in place
        check_finite(self._b, "b")
        raise ValueError(
            "z = xᵀw + b overflowed float64 (|z| > 1.8e308) although x, w and b are finite. "
            "Scale x or w down, e.g. standardise the features."
        )


def _as_weights(w: ArrayLike) -> np.ndarray:
    """Return user weights as a float64 copy: shape () stays, (n,) and (n, 1) become (n, 1)."""
    w = np.array(as_float_array(w, "w"))  # np.array copies: the neuron owns its parameters
    if w.ndim == 1:
        w = w[:, np.newaxis]
    if w.ndim == 2 and (w.shape[1] != 1 or w.shape[0] == 0):
        raise ValueError(
            f"w must be a number or have shape (n_features,) or (n_features, 1); got shape "
            f"{w.shape}. For a row of weights pass w.T or w.ravel()."
        )
    check_finite(w, "w")
    return w


def _as_bias(b: ArrayLike) -> np.ndarray:
    """Return the user bias as a 0-d float64 array; size-1 arrays are accepted."""
    b = as_float_array(b, "b")
    if b.size != 1:
        raise ValueError(
            f"b must be a single number; got an array of shape {b.shape}. "
            "A neuron has one bias; for several neurons create several ArtificialNeuron objects."
        )
    b = np.array(b.reshape(()))
    check_finite(b, "b")
    return b


def _n_features_error(x: np.ndarray, n: int) -> ValueError:
    """The error for an input that does not have the shape ``(n,)``, ``(n, 1)``, ``(n, m)``."""
    expected = f"x must have shape ({n},), ({n}, 1) or ({n}, n_samples)"
    if n == 0:
        return ValueError(f"x must have at least one feature (row); got shape {x.shape}.")
    if x.ndim == 0:
        return ValueError(
            f"this neuron has {n} features; got a single number. {expected}. "
            "For a scalar neuron pass a number as w, e.g. ArtificialNeuron(w=5.0, b=-1.0)."
        )
    hint = ""
    if x.ndim == 2 and x.shape[1] == n:
        hint = (
            " It looks like samples are in rows (the scikit-learn/PyTorch layout); "
            "pass x.T instead."
        )
    return ValueError(
        f"this neuron has {n} features; got an input with {x.shape[0]} "
        f"(shape {x.shape}). {expected}.{hint}"
    )
