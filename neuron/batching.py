"""Mini-batches: walk through a data set a few samples (columns) at a time.

A data set ``X`` of shape ``(n_features, n_data)`` often does not fit through the neuron in one
go, so it is cut into batches of ``batch_size`` consecutive columns. Batch ``i`` covers the
samples ``i * batch_size`` up to (not including) ``(i + 1) * batch_size``.

With ``n_data = 100`` and ``batch_size = 8`` there are ``100 // 8 = 12`` full batches and 4
samples left over. ``drop_last=True`` (the default) skips those 4; ``drop_last=False`` adds a
13th, shorter batch.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike

from neuron._checks import as_count


@dataclass(frozen=True, eq=False)  # eq=False: comparing arrays with == has no single truth value
class Batch:
    """One mini-batch.

    Attributes
    ----------
    index : int
        0-based batch number.
    start, stop : int
        The batch holds samples ``start, ..., stop - 1`` (stop is exclusive, like a slice).
    X : ndarray of shape (n_features, stop - start)
        The batch's columns: a view into the full data, not a copy.
    """

    index: int
    start: int
    stop: int
    X: np.ndarray


def n_batches(n_data: int, batch_size: int, drop_last: bool = True) -> int:
    """Number of batches for `n_data` samples.

    ``n_data // batch_size`` with `drop_last`, otherwise rounded up so the remainder gets a
    batch of its own. Example: ``n_batches(100, 8) == 12``, ``n_batches(100, 8, False) == 13``.

    Raises
    ------
    TypeError
        If `n_data` or `batch_size` is not an integer.
    ValueError
        If `n_data` is negative or `batch_size` is smaller than 1.
    """
    n_data = as_count(n_data, "n_data", minimum=0)
    batch_size = as_count(batch_size, "batch_size", minimum=1)
    full, remainder = divmod(n_data, batch_size)
    return full if drop_last or remainder == 0 else full + 1


def batch_ranges(n_data: int, batch_size: int, drop_last: bool = True) -> list[tuple[int, int]]:
    """The ``(start, stop)`` sample range of every batch, stop exclusive.

    Example: ``batch_ranges(20, 8) == [(0, 8), (8, 16)]``;
    ``batch_ranges(20, 8, drop_last=False) == [(0, 8), (8, 16), (16, 20)]``.
    """
    count = n_batches(n_data, batch_size, drop_last)
    return [(i * batch_size, min((i + 1) * batch_size, n_data)) for i in range(count)]


def iter_batches(X: ArrayLike, batch_size: int, drop_last: bool = True) -> Iterator[Batch]:
    """Iterate over the columns (samples) of `X` in batches of `batch_size`.

    Parameters
    ----------
    X : ndarray of shape (n_features, n_data)
        The data set, one sample per column.
    batch_size : int
        Samples per batch, at least 1.
    drop_last : bool, default True
        Skip a final batch that would be shorter than `batch_size`.

    Yields
    ------
    Batch
        With ``Batch.X`` of shape ``(n_features, stop - start)``.

    Raises
    ------
    ValueError
        If `X` is not 2-D or `batch_size` < 1 (raised at the call, not on the first ``next``).
    TypeError
        If `batch_size` is not an integer.
    """
    X = np.asarray(X)
    if X.ndim != 2:
        raise ValueError(
            f"X must be 2-D with shape (n_features, n_samples), one sample per column; got "
            f"shape {X.shape}. For a single feature use X.reshape(1, -1)."
        )
    ranges = batch_ranges(X.shape[1], batch_size, drop_last)
    # A separate generator, so that bad arguments fail here and not at the first next().
    return (Batch(i, start, stop, X[:, start:stop]) for i, (start, stop) in enumerate(ranges))
