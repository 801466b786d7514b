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

Learning: :meth:`ArtificialNeuron.gradients` runs the backward pass (:mod:`neuron.backward`),
:meth:`ArtificialNeuron.step` updates ``w`` and ``b``; :func:`neuron.train` loops over batches.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
from numpy.typing import ArrayLike

from neuron._checks import (
    all_finite,
    as_batch,
    as_bias,
    as_count,
    as_input,
    as_labels,
    as_parameters,
    as_rate,
    as_weights,
    check_finite,
    check_fits,
    explain_non_finite,
    read_only,
)
from neuron.activations import get_activation
from neuron.backward import Gradients, backward
from neuron.losses import check_pairing, get_loss
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
        self._w = None if w is None else as_weights(w)
        self._b = None if b is None else as_bias(b)
        # A seed or None becomes a generator when a parameter is first drawn: making one costs
        # ~30 µs, and a neuron given w and b never draws (the pages make several a rerun).
        lazy = rng is None or isinstance(rng, int | np.integer)
        self._source, self._generator = (rng, None) if lazy else (None, np.random.default_rng(rng))

    @property
    def _rng(self) -> np.random.Generator:
        if self._generator is None:
            self._generator = np.random.default_rng(self._source)
        return self._generator

    # --- what the neuron knows -----------------------------------------------------------

    @property
    def w(self) -> np.ndarray | None:
        """Weights, read-only: shape ``(n_features, 1)``, ``()`` for a scalar neuron, or None.

        Change them with :meth:`set_parameters` or :meth:`step` (``neuron.w -= 1`` raises).
        """
        return read_only(self._w)

    @w.setter
    def w(self, value: object) -> None:
        raise AttributeError("w cannot be assigned; use neuron.set_parameters(w, b).")

    @property
    def b(self) -> np.ndarray | None:
        """Bias as a read-only 0-d float64 array, or None until known."""
        return read_only(self._b)

    @b.setter
    def b(self, value: object) -> None:
        raise AttributeError("b cannot be assigned; use neuron.set_parameters(w, b).")

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

    def set_parameters(self, w: ArrayLike, b: ArrayLike) -> None:
        """Replace ``w`` and ``b`` (checked like the constructor's; both or neither change).

        Once the neuron has a ``w``, the new one must have the same shape: ``()`` for a
        scalar neuron, ``(n_features, 1)`` otherwise (a ``(n_features,)`` row is accepted).
        """
        self._w, self._b = as_parameters(w, b, self._w)

    def gradients(self, X: ArrayLike, y: ArrayLike, loss: str = "bce") -> Gradients:
        """Backward pass: the batch's mean `loss`, ``dw`` (shaped like ``w``), ``db`` and every
        term of the chain rule, as :class:`~neuron.backward.Gradients`. ``w``, ``b`` unchanged.

        Parameters
        ----------
        X : ndarray of shape (n_features, n_samples) or (n_features,) for one sample
            Scalar neuron: a number or ``(n_samples,)`` / ``(1, n_samples)`` inputs.
        y : ndarray of shape (n_samples, 1) or (n_samples,)
            Labels: 0 or 1 for ``"bce"``, any finite number for ``"mse"``.
        loss : str, default "bce"
            A key of :data:`neuron.losses.LOSSES`. ``"bce"`` needs the sigmoid activation.

        Raises
        ------
        TypeError, ValueError
            For a wrong loss, shapes, NaN, labels the loss does not allow, or an overflow.
            Missing parameters are drawn first, as in :meth:`forward`; a failure changes nothing.
        """
        loss_fn = get_loss(loss)
        check_pairing(loss_fn, self.activation)
        x, batch = as_batch(X, self._w)
        labels = as_labels(y, batch.shape[1], loss_fn.labels)
        check_finite(batch, "x")
        return self._lazily(
            x, lambda: backward(batch, self._w, self._b, labels, self._activation, loss_fn)
        )

    def step(self, grads: Gradients, lr: float) -> None:
        """One gradient-descent step: ``w <- w - lr * dw`` and ``b <- b - lr * db``.

        The neuron keeps the new values for every later call (views of ``w`` and ``b`` taken
        before the step keep the old ones). `lr` must be positive and finite. If the step
        would overflow float64, it raises ``ValueError`` and changes nothing.
        """
        if not isinstance(grads, Gradients):
            raise TypeError(f"grads must be the Gradients from gradients(); got {type(grads)}.")
        rate = as_rate(lr)
        check_fits(grads.dw, grads.db, self._w)
        with np.errstate(over="ignore", invalid="ignore"):
            w, b = self._w - rate * grads.dw, np.asarray(self._b - rate * grads.db)
        if not (all_finite(w) and all_finite(b)):
            raise ValueError(
                f"the step with lr={rate:g} overflowed float64; nothing changed. "
                "Lower the learning rate."
            )
        self._w, self._b = w, b

    # --- internals -----------------------------------------------------------------------

    def _run(self, x: ArrayLike) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Validate `x`, create missing parameters once, and return ``(x, z, a)``."""
        x = as_input(x, self._w)
        if self._w is not None and self._b is not None:  # the usual case, kept short
            return self._compute(x)
        return self._lazily(x, lambda: self._compute(x))

    def _lazily(self, x: np.ndarray, compute: Callable[[], Any]) -> Any:
        """Return ``compute()``, first drawing missing parameters to fit the checked `x`."""
        if self._w is not None and self._b is not None:
            return compute()
        # First call: draw the missing parameters, but undo the draw if the pass fails, so a
        # failed call changes nothing (not even the random generator's position).
        saved = (self._w, self._b, self._rng.bit_generator.state)
        if self._w is None:  # drawn from N(0, 1) in a fixed order: first w, then b
            self._w = self._rng.standard_normal(() if x.ndim == 0 else (x.shape[0], 1))
        if self._b is None:
            self._b = self._rng.standard_normal(())
        try:
            return compute()
        except ValueError:
            self._w, self._b, self._rng.bit_generator.state = saved
            raise

    def _compute(self, x: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Return ``(x, z, a)`` for a validated `x` and known parameters."""
        z = self._affine(x)
        if not all_finite(z):
            explain_non_finite(x, self._w, self._b)
        return x, z, self._activation.fn(z)

    def _affine(self, x: np.ndarray) -> np.ndarray:
        """``z = xᵀ w + b``: ``(n_samples, n) @ (n, 1) -> (n_samples, 1)``; scalar: ``x*w + b``."""
        # Non-finite values are reported by the caller with a clear message, so numpy's
        # own "invalid value"/"overflow" warnings would only be noise here.
        with np.errstate(invalid="ignore", over="ignore"):
            if self._w.ndim == 0:
                return np.asarray(x * self._w + self._b)
            return x.T @ self._w + self._b
