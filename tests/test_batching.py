"""Mini-batches over the columns (samples) of X, checked against the lesson's example."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from neuron import ArtificialNeuron, Batch, batch_ranges, iter_batches, n_batches


def test_lesson_batch_loop_runs_twelve_steps():
    X = np.random.default_rng(0).standard_normal((20, 100))
    neuron = ArtificialNeuron(rng=1)
    steps = []
    for batch in iter_batches(X, 8):
        assert isinstance(batch, Batch)
        a = neuron.forward(batch.X)
        steps.append((batch.index, batch.start, batch.stop, batch.X.shape, a.shape))
    assert len(steps) == 12
    assert steps[0] == (0, 0, 8, (20, 8), (8, 1))
    assert steps[-1] == (11, 88, 96, (20, 8), (8, 1))
    assert all(shape == (20, 8) and out == (8, 1) for *_, shape, out in steps)


def test_keeping_the_last_short_batch():
    X = np.random.default_rng(0).standard_normal((20, 100))
    batches = list(iter_batches(X, 8, drop_last=False))
    assert len(batches) == 13
    last = batches[-1]
    assert (last.index, last.start, last.stop, last.X.shape) == (12, 96, 100, (20, 4))
    assert ArtificialNeuron(rng=1).forward(last.X).shape == (4, 1)


def test_batches_are_views_of_the_right_columns():
    X = np.arange(30.0).reshape(3, 10)
    batches = list(iter_batches(X, 4, drop_last=False))
    np.testing.assert_array_equal(batches[1].X, X[:, 4:8])
    assert np.shares_memory(batches[1].X, X)
    np.testing.assert_array_equal(np.concatenate([b.X for b in batches], axis=1), X)


@pytest.mark.parametrize(
    ("n_data", "batch_size", "drop_last", "expected"),
    [
        (100, 8, True, 12),
        (100, 8, False, 13),
        (96, 8, False, 12),
        (0, 8, False, 0),
        (7, 8, True, 0),
        (7, 8, False, 1),
        (5, 1, True, 5),
    ],
)
def test_n_batches(n_data, batch_size, drop_last, expected):
    assert n_batches(n_data, batch_size, drop_last) == expected
    assert len(batch_ranges(n_data, batch_size, drop_last)) == expected


def test_batch_ranges():
    assert batch_ranges(20, 8) == [(0, 8), (8, 16)]
    assert batch_ranges(20, 8, drop_last=False) == [(0, 8), (8, 16), (16, 20)]
    assert batch_ranges(100, 8)[-1] == (88, 96)
    assert batch_ranges(np.int64(10), np.int32(5)) == [(0, 5), (5, 10)]


@settings(max_examples=100, derandomize=True)
@given(n_data=st.integers(0, 200), batch_size=st.integers(1, 50), drop_last=st.booleans())
def test_ranges_tile_the_samples(n_data, batch_size, drop_last):
    ranges = batch_ranges(n_data, batch_size, drop_last)
    covered = [i for start, stop in ranges for i in range(start, stop)]
    kept = n_data // batch_size * batch_size if drop_last else n_data
    assert covered == list(range(kept))
    assert all(stop - start == batch_size for start, stop in ranges[:-1])


@pytest.mark.parametrize(
    ("args", "error", "words"),
    [
        ((100, 0), ValueError, ["batch_size must be at least 1", "got 0"]),
        ((100, -3), ValueError, ["batch_size must be at least 1"]),
        ((100, 8.0), TypeError, ["batch_size must be an integer", "8.0"]),
        ((100, True), TypeError, ["batch_size must be an integer"]),
        ((100, "8"), TypeError, ["batch_size must be an integer"]),
        ((-1, 8), ValueError, ["n_data must be at least 0", "-1"]),
        ((10.5, 8), TypeError, ["n_data must be an integer"]),
    ],
)
def test_bad_counts(args, error, words):
    for function in (n_batches, batch_ranges):
        with pytest.raises(error) as info:
            function(*args)
        for word in words:
            assert word in str(info.value)


@pytest.mark.parametrize("shape", [(100,), (2, 3, 4), ()])
def test_iter_batches_needs_a_2d_array_and_says_so_at_the_call(shape):
    with pytest.raises(ValueError, match=r"X must be 2-D.*n_features, n_samples") as info:
        iter_batches(np.zeros(shape), 8)  # no next(): the error comes from the call itself
    assert str(shape) in str(info.value)


def test_iter_batches_bad_batch_size_fails_at_the_call():
    with pytest.raises(ValueError, match="batch_size"):
        iter_batches(np.zeros((2, 10)), 0)
    with pytest.raises(TypeError, match="batch_size"):
        iter_batches(np.zeros((2, 10)), 2.5)
