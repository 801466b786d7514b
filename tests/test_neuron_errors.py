"""Bad input raises a clear error and leaves the neuron exactly as it was."""

import copy
import warnings

import numpy as np
import pytest

from neuron import ArtificialNeuron


def snapshot(neuron: ArtificialNeuron):
    """Everything a failed call must not change, including the generator's next draw."""
    w = None if neuron.w is None else neuron.w.copy()
    b = None if neuron.b is None else neuron.b.copy()
    next_draw = copy.deepcopy(neuron._rng).standard_normal()
    return w, b, neuron.is_initialized, next_draw


def assert_unchanged(neuron: ArtificialNeuron, before) -> None:
    w, b, initialized, next_draw = before
    if w is None:
        assert neuron.w is None
    else:
        np.testing.assert_array_equal(neuron.w, w)
    if b is None:
        assert neuron.b is None
    else:
        np.testing.assert_array_equal(neuron.b, b)
    assert neuron.is_initialized == initialized
    assert neuron._rng.standard_normal() == next_draw


def fresh() -> ArtificialNeuron:
    return ArtificialNeuron(rng=0)


def vector20() -> ArtificialNeuron:
    neuron = ArtificialNeuron(rng=0)
    neuron.forward(np.zeros((20, 1)))
    return neuron


def with_nan(shape, where):
    x = np.ones(shape)
    x[where] = np.nan
    return x


CASES = [
    # (neuron factory, bad input, error type, words the message must contain)
    (fresh, "3", TypeError, ["x must contain real numbers", "str"]),
    (fresh, None, TypeError, ["x must contain real numbers", "NoneType"]),
    (fresh, [1, "a"], TypeError, ["real numbers"]),
    (fresh, object(), TypeError, ["real numbers", "object"]),
    (fresh, np.array([1 + 2j]), TypeError, ["real numbers", "complex"]),
    (fresh, [[1.0, 2.0], [3.0]], ValueError, ["ragged", "same length"]),
    (fresh, np.ones((2, 2, 2)), ValueError, ["at most 2 dimensions", "(2, 2, 2)"]),
    (fresh, with_nan((3, 4), (1, 2)), ValueError, ["finite", "nan", "(1, 2)"]),
    (fresh, np.array([1.0, np.inf]), ValueError, ["finite", "inf", "(1, 0)"]),  # column layout
    (fresh, np.array(np.nan), ValueError, ["finite"]),
    (fresh, np.zeros((0, 3)), ValueError, ["at least one feature", "(0, 3)"]),
    (
        vector20,
        np.ones((3, 5)),
        ValueError,
        ["this neuron has 20 features", "got an input with 3", "(20,), (20, 1) or (20, n_samples)"],
    ),
    (vector20, np.ones(3), ValueError, ["20 features", "with 3"]),
    (vector20, np.ones((5, 20)), ValueError, ["20 features", "rows", "x.T"]),
    (vector20, 1.0, ValueError, ["20 features", "single number", "scalar neuron"]),
    (vector20, with_nan((20, 6), (19, 5)), ValueError, ["finite", "nan", "(19, 5)"]),
    (vector20, np.full((20, 2), -np.inf), ValueError, ["finite", "-inf"]),
    (vector20, np.full((20, 2), 1e308), ValueError, ["overflowed", "Scale"]),
    (vector20, np.ones((20, 2, 1)), ValueError, ["at most 2 dimensions"]),
]


@pytest.mark.parametrize(("make", "x", "error", "words"), CASES)
def test_bad_input_raises_and_changes_nothing(make, x, error, words):
    neuron = make()
    before = snapshot(neuron)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the error must be ours, not a numpy warning
        with pytest.raises(error) as info:
            neuron.forward(x)
        with pytest.raises(error):
            neuron.forward_trace(x)
    for word in words:
        assert word in str(info.value)
    assert_unchanged(neuron, before)


def test_overflow_on_the_first_call_undoes_the_draw():
    neuron = ArtificialNeuron(rng=0)
    with pytest.raises(ValueError, match="overflowed"):
        neuron.forward(np.full((50, 1), 1e308))  # seed 0's 50 weights sum to 6.4
    assert neuron.w is None and neuron.b is None and not neuron.is_initialized
    neuron.forward(np.zeros(3))
    np.testing.assert_array_equal(neuron.w, np.random.default_rng(0).standard_normal((3, 1)))
    assert neuron.b == np.random.default_rng(0).standard_normal(4)[3]


def test_nan_in_scalar_neuron_input():
    neuron = ArtificialNeuron(w=0.0, b=1.0)
    with pytest.raises(ValueError, match=r"finite.*index \(1,\)"):
        neuron.forward([1.0, np.inf])  # inf * 0 is NaN: still caught


def test_weights_cannot_be_changed_in_place():
    neuron = ArtificialNeuron(w=[1.0, 2.0], b=0.0)
    with pytest.raises(ValueError, match="read-only"):
        neuron.w[1, 0] = np.nan
    with pytest.raises(ValueError, match="read-only"):
        neuron.b[...] = np.nan
    np.testing.assert_array_equal(neuron.w, [[1.0], [2.0]])
    assert neuron.forward([1.0, 1.0]).shape == (1, 1)


@pytest.mark.parametrize(
    ("kwargs", "error", "words"),
    [
        ({"w": np.nan}, ValueError, ["w must contain only finite", "nan"]),
        ({"w": [1.0, np.inf]}, ValueError, ["w must contain only finite"]),
        ({"b": np.inf}, ValueError, ["b must contain only finite"]),
        ({"b": [1.0, 2.0]}, ValueError, ["b must be a single number", "(2,)"]),
        ({"w": np.ones((1, 3))}, ValueError, ["w must be a number or have shape", "(1, 3)"]),
        ({"w": np.ones((2, 2, 1))}, ValueError, ["w must have at most 2 dimensions"]),
        ({"w": []}, ValueError, ["w must be a number or have shape", "(0, 1)"]),
        ({"w": "5"}, TypeError, ["w must contain real numbers"]),
        (
            {"b": None, "w": None, "activation": "softmax"},
            ValueError,
            ["unknown activation 'softmax'", "'sigmoid', 'tanh', 'relu', 'leaky_relu', 'identity'"],
        ),
        ({"activation": 3}, TypeError, ["activation must be a name"]),
    ],
)
def test_bad_constructor_arguments(kwargs, error, words):
    with pytest.raises(error) as info:
        ArtificialNeuron(**kwargs)
    for word in words:
        assert word in str(info.value)


def test_size_one_bias_array_is_accepted():
    assert ArtificialNeuron(b=np.array([[2.5]])).b.shape == ()
    assert ArtificialNeuron(b=[2.5]).b == 2.5


def test_bool_input_counts_as_numbers():
    out = ArtificialNeuron(w=[1.0, 1.0], b=0.0, activation="identity").forward([True, False])
    np.testing.assert_array_equal(out, [[1.0]])
