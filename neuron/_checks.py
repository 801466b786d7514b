"""Input validation shared by the neuron and the batching helpers.

Every error says what was expected, what was given, and how to fix it, in the spirit of
scikit-learn's ``check_array``. A wrong *type* raises ``TypeError``; a wrong *value* (shape,
NaN, infinity, a negative count) raises ``ValueError``.
"""

from __future__ import annotations

import operator

import numpy as np

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
