"""Input validation shared by the neuron, the batching helpers and training.

Every error says what was expected, what was given, and how to fix it, in the spirit of
scikit-learn's ``check_array``. A wrong *type* raises ``TypeError``; a wrong *value* (shape,
NaN, infinity, a negative count) raises ``ValueError``.
"""

from __future__ import annotations

import math
import operator

import numpy as np
from numpy.typing import ArrayLike

# dtype kinds we accept as numbers: bool, signed int, unsigned int, float.
_NUMERIC_KINDS = "biuf"


def as_float_array(value: object, name: str, *, max_ndim: int = 2) -> np.ndarray:
    """Return `value` as a float64 ndarray with at most `max_ndim` dimensions.

    Parameters
    ----------
    value : number, nested list or ndarray
        The data to check. Numbers become 0-d arrays.
    name : str
        The argument's name, used in error messages (e.g. ``"x"``).
    max_ndim : int, default 2
        Arrays with more dimensions are rejected.

    Returns
    -------
    ndarray of dtype float64 and the same shape as `value`
        A view (no copy) when `value` already is a float64 ndarray.

    Raises
    ------
    TypeError
        If `value` is not numeric (None, strings, objects, complex numbers).
    ValueError
        If `value` is a ragged list or has more than `max_ndim` dimensions.
    """
    try:
        array = np.asarray(value)
    except ValueError as error:  # ragged nested lists
        raise ValueError(
            f"{name} must be a rectangular array of numbers; got a ragged sequence ({error}). "
            "Make every row the same length."
        ) from None
    if array.dtype.kind not in _NUMERIC_KINDS:
        raise TypeError(
            f"{name} must contain real numbers; got {type(value).__name__} "
            f"with dtype {array.dtype}. Convert it first, e.g. np.asarray({name}, dtype=float)."
        )
    if array.ndim > max_ndim:
        raise ValueError(
            f"{name} must have at most {max_ndim} dimensions; got {array.ndim} dimensions "
            f"with shape {array.shape}. Reshape it, e.g. to (n_features, n_samples)."
        )
    return array.astype(np.float64, copy=False)


def all_finite(array: np.ndarray) -> bool:
    """True if `array` holds no NaN and no infinity.

    Same as ``np.isfinite(array).all()``, about twice as fast on the tiny arrays of the app.
    """
    return np.count_nonzero(np.isfinite(array)) == array.size


def check_finite(array: np.ndarray, name: str) -> None:
    """Raise ``ValueError`` if `array` holds a NaN or an infinity, naming the first one.

    Parameters
    ----------
    array : ndarray of any shape
        Float array to check.
    name : str
        The argument's name, used in the error message.
    """
    bad = ~np.isfinite(array)
    if bad.any():
        where = tuple(int(i) for i in np.argwhere(bad)[0])
        raise ValueError(
            f"{name} must contain only finite numbers; got {array[where]} at index {where} "
            f"({int(bad.sum())} non-finite value(s) in total). "
            "Remove or replace missing and infinite values before using the neuron."
        )


def as_count(value: object, name: str, *, minimum: int) -> int:
    """Return `value` as a Python int that is at least `minimum`.

    Accepts Python and numpy integers; rejects floats such as ``8.0`` and booleans.

    Raises
    ------
    TypeError
        If `value` is not an integer.
    ValueError
        If `value` is smaller than `minimum`.
    """
    if isinstance(value, bool | np.bool_):
        raise TypeError(f"{name} must be an integer; got the boolean {value!r}.")
    try:
        count = operator.index(value)
    except TypeError:
        raise TypeError(
            f"{name} must be an integer; got {value!r} of type {type(value).__name__}. "
            f"Pass a whole number, e.g. {name}=int({name})."
        ) from None
    if count < minimum:
        raise ValueError(f"{name} must be at least {minimum}; got {count}.")
    return count


# --- the neuron's parameters and inputs ---------------------------------------------------


def as_weights(w: ArrayLike) -> np.ndarray:
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


def as_bias(b: ArrayLike) -> np.ndarray:
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


def n_features_error(x: np.ndarray, n: int) -> ValueError:
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


def as_labels(y: object, n_samples: int, labels: tuple[float, ...] | None) -> np.ndarray:
    """Return labels as a float64 array of shape ``(n_samples, 1)``, or raise.

    Parameters
    ----------
    y : sequence or ndarray of shape (n_samples,) or (n_samples, 1)
    n_samples : int
        How many samples (columns) the inputs have.
    labels : tuple of float or None
        The only values allowed (e.g. ``(0.0, 1.0)`` for cross-entropy), or None for any.
    """
    y = as_float_array(y, "y")
    if y.ndim == 0 and n_samples == 1:  # one sample, one number
        y = y.reshape(1)
    if y.ndim == 0 or (y.ndim == 2 and y.shape[1] != 1) or y.shape[0] != n_samples:
        hint = " Labels are one column; pass y.T." if y.shape == (1, n_samples) else ""
        if n_samples == 1 and y.size > 1:
            hint = (
                " X was read as ONE sample (a column of features). For samples of one "
                "feature pass X.reshape(1, -1), or use a scalar neuron (a number as w)."
            )
        raise ValueError(
            f"y must have shape ({n_samples},) or ({n_samples}, 1), one label per sample "
            f"(column of X); got shape {y.shape}.{hint}"
        )
    check_finite(y, "y")
    y = y.reshape(n_samples, 1)
    if labels is not None:
        bad = ~np.isin(y, labels)
        if bad.any():
            row = int(np.argmax(bad[:, 0]))
            allowed = " or ".join(f"{value:g}" for value in labels)
            raise ValueError(
                f"y must contain only the labels {allowed} for this loss; got {y[row, 0]:g} "
                f"at sample {row} ({int(bad.sum())} such label(s)). Map the classes to "
                f"{allowed}, or use the 'mse' loss for other targets."
            )
    return y


def as_rate(value: object, name: str = "lr") -> float:
    """Return a learning rate as a float that is positive and finite, or raise."""
    if isinstance(value, bool | np.bool_) or not isinstance(value, int | float | np.number):
        raise TypeError(f"{name} must be a number, e.g. {name}=0.1; got {value!r}.")
    if isinstance(value, complex | np.complexfloating):
        raise TypeError(f"{name} must be a real number; got {value!r}.")
    rate = float(value)
    if not (math.isfinite(rate) and rate > 0):
        raise ValueError(f"{name} must be a positive finite number, e.g. {name}=0.1; got {rate}.")
    return rate


def as_flag(value: object, name: str) -> bool:
    """Return `value` if it is a bool (numpy's included), else raise ``TypeError``."""
    if not isinstance(value, bool | np.bool_):
        raise TypeError(f"{name} must be True or False; got {value!r}.")
    return bool(value)


def as_input(x: ArrayLike, w: np.ndarray | None) -> np.ndarray:
    """Return the neuron's input `x` as float64 in the layout its affine step uses, or raise.

    A vector neuron (``w`` of shape ``(n, 1)``) gets ``(n, n_samples)``; one sample ``(n,)``
    becomes the column ``(n, 1)``. A scalar neuron (``w`` of shape ``()``) takes any shape,
    elementwise. While ``w`` is unknown (None), a number means a scalar neuron.
    """
    x = as_float_array(x, "x")
    if w is None:  # w not known yet: the first input decides the neuron's kind
        if x.ndim == 0:
            return x
        n = x.shape[0]
    elif w.ndim == 0:  # scalar neuron: any shape, elementwise
        return x
    else:
        n = w.shape[0]
    if x.ndim == 0 or n == 0 or x.shape[0] != n:
        raise n_features_error(x, n)
    return x[:, np.newaxis] if x.ndim == 1 else x  # one sample (n,) is the column (n, 1)


def as_batch(X: ArrayLike, w: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
    """`X` as :func:`as_input` returns it, and as a batch of shape ``(n_features, n_samples)``.

    A scalar neuron's inputs are its samples: a number or ``(n,)`` becomes ``(1, n)``, and
    ``(1, n)`` is accepted as it is.
    """
    x = as_input(X, w)
    if x.ndim == 2 and not (w is not None and w.ndim == 0 and x.shape[0] != 1):
        return x, x
    if x.ndim <= 1:
        return x, x.reshape(1, -1)
    raise ValueError(
        f"a scalar neuron takes a number or n inputs of shape (n,) or (1, n); got shape "
        f"{x.shape}. Pass x.ravel() to use every value as one sample."
    )


def explain_non_finite(x: np.ndarray, w: np.ndarray, b: np.ndarray) -> None:
    """Raise the ValueError that says why ``z = xᵀw + b`` holds NaN or infinity.

    ``w`` and ``b`` are finite, so a NaN or infinity anywhere in column j of ``x`` always
    makes ``z[j]`` NaN or infinite. Checking the short ``z`` therefore replaces a full
    pass over a large ``x``; only when ``z`` is bad do we look at ``x`` to say why.
    """
    check_finite(x, "x")
    check_finite(w, "w")
    check_finite(b, "b")
    raise ValueError(
        "z = xᵀw + b overflowed float64 (|z| > 1.8e308) although x, w and b are finite. "
        "Scale x or w down, e.g. standardise the features."
    )


def read_only(array: np.ndarray | None) -> np.ndarray | None:
    """A view of `array` that cannot be written to (None stays None)."""
    if array is None:
        return None
    view = array.view()
    view.flags.writeable = False
    return view


def as_parameters(
    w: ArrayLike, b: ArrayLike, current: np.ndarray | None
) -> tuple[np.ndarray, np.ndarray]:
    """Check new parameters for a neuron whose weights are `current` (None if unknown).

    Once a neuron has weights, new ones must keep their shape: ``()`` for a scalar neuron,
    ``(n_features, 1)`` otherwise (``(n_features,)`` is accepted and becomes a column).
    """
    new_w, new_b = as_weights(w), as_bias(b)
    if current is not None and new_w.shape != current.shape:
        if new_w.size != 1 or current.size != 1:
            raise ValueError(
                f"w must keep this neuron's shape {current.shape}; got shape {new_w.shape}. "
                "For another number of features create a new ArtificialNeuron."
            )
        new_w = new_w.reshape(current.shape)
    return new_w, new_b


def check_fits(dw: np.ndarray, db: np.ndarray, w: np.ndarray | None) -> None:
    """Raise if gradients ``dw``, ``db`` cannot update weights `w` (None: no weights yet)."""
    if w is None:
        raise RuntimeError("step() needs parameters; call gradients(X, y) first.")
    if np.shape(dw) != w.shape or np.shape(db) != ():
        raise ValueError(
            f"grads do not fit this neuron: dw has shape {np.shape(dw)} and db {np.shape(db)}; "
            f"expected {w.shape} and (). Use the Gradients this neuron's gradients() returned."
        )
