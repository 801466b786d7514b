"""ArtificialNeuron: the lesson's numbers, shape rules, lazy initialisation, the Trace."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from neuron import ACTIVATIONS, ArtificialNeuron, Trace


def reference(x_col: np.ndarray, w: np.ndarray, b: float, activation: str) -> np.ndarray:
    """Independent computation, one sample (column) at a time, in plain Python floats."""
    out = []
    for j in range(x_col.shape[1]):
        z = sum(float(x_col[i, j]) * float(w[i, 0]) for i in range(x_col.shape[0])) + float(b)
        out.append([float(ACTIVATIONS[activation].fn(z))])
    return np.array(out).reshape(-1, 1)


# --- the lesson ------------------------------------------------------------------------------


def test_scalar_lesson_example():
    neuron = ArtificialNeuron(w=5, b=-1)
    trace = neuron.forward_trace(3)
    assert trace.z == 14.0
    assert trace.a == pytest.approx(0.9999991684719722, rel=1e-15, abs=0)
    assert neuron.forward(3) == trace.a
    assert neuron.forward(3).shape == ()


def test_user_parameters_are_kept_exactly():
    neuron = ArtificialNeuron(w=5, b=-1)
    assert neuron.w == 5
    assert neuron.b == -1
    assert neuron.w.dtype == np.float64
    assert neuron.b.shape == ()
    neuron.forward(3)
    assert neuron.w == 5
    assert neuron.b == -1


def test_list_weights_become_a_float_column():
    neuron = ArtificialNeuron(w=[1, 2, 3], b=0.5)
    assert neuron.w.dtype == np.float64
    assert neuron.w.shape == (3, 1)
    np.testing.assert_array_equal(neuron.w[:, 0], [1.0, 2.0, 3.0])
    assert neuron.n_features == 3
    assert neuron.is_scalar is False


def test_column_weights_are_kept_and_copied():
    w = np.array([[0.5], [-1.0]])
    neuron = ArtificialNeuron(w=w, b=np.array([2.0]))
    np.testing.assert_array_equal(neuron.w, w)
    assert neuron.b.shape == ()
    w[0, 0] = 100.0  # the neuron owns its own copy
    assert neuron.w[0, 0] == 0.5


@pytest.mark.parametrize("shape", [(5,), (5, 1)])
def test_single_sample_gives_a_1_by_1_output(shape):
    x = np.arange(5.0).reshape(shape)
    w = np.array([0.1, -0.2, 0.3, 0.0, 0.5])
    out = ArtificialNeuron(w=w, b=0.25).forward(x)
    assert out.shape == (1, 1)
    z = 0 * 0.1 + 1 * -0.2 + 2 * 0.3 + 3 * 0.0 + 4 * 0.5 + 0.25
    assert out[0, 0] == pytest.approx(1 / (1 + np.exp(-z)), rel=1e-15)


def test_matrix_input_gives_one_output_row_per_sample():
    X = np.random.default_rng(3).standard_normal((5, 7))
    neuron = ArtificialNeuron(activation="tanh", rng=4)
    out = neuron.forward(X)
    assert out.shape == (7, 1)
    np.testing.assert_allclose(out, reference(X, neuron.w, neuron.b, "tanh"), rtol=1e-13)


def test_scalar_neuron_is_elementwise_over_a_grid():
    neuron = ArtificialNeuron(w=2.0, b=-1.0, activation="relu")
    grid = np.linspace(-2, 2, 9).reshape(3, 3)
    out = neuron.forward(grid)
    assert out.shape == (3, 3)
    np.testing.assert_array_equal(out, np.maximum(grid * 2.0 - 1.0, 0.0))
    assert neuron.forward([1.0, 2.0]).shape == (2,)


# --- lazy initialisation ---------------------------------------------------------------------


def test_parameters_are_drawn_once():
    neuron = ArtificialNeuron(rng=0)
    assert not neuron.is_initialized
    assert neuron.w is None and neuron.b is None
    assert neuron.n_features is None and neuron.is_scalar is None
    X = np.ones((4, 3))
    first = neuron.forward(X)
    w, b = neuron.w, neuron.b
    w_values, b_value = w.copy(), float(b)
    second = neuron.forward(X)
    assert np.shares_memory(neuron.w, w) and np.shares_memory(neuron.b, b)  # not re-drawn
    np.testing.assert_array_equal(neuron.w, w_values)
    assert float(neuron.b) == b_value
    np.testing.assert_array_equal(first, second)
    assert neuron.is_initialized and neuron.n_features == 4 and neuron.is_scalar is False


def test_draw_order_is_w_then_b_for_a_scalar_input():
    neuron = ArtificialNeuron(rng=42)
    neuron.forward(3.0)
    expected = np.random.default_rng(42)
    assert neuron.w.shape == ()
    assert neuron.w == expected.standard_normal(())
    assert neuron.b == expected.standard_normal(())
    assert neuron.is_scalar is True and neuron.n_features is None


def test_draw_order_for_a_vector_input():
    neuron = ArtificialNeuron(rng=7)
    neuron.forward(np.zeros(6))
    expected = np.random.default_rng(7)
    np.testing.assert_array_equal(neuron.w, expected.standard_normal((6, 1)))
    assert neuron.b == expected.standard_normal(())


def test_given_w_and_missing_b_keeps_w_and_draws_only_b():
    neuron = ArtificialNeuron(w=[1.0, 2.0], rng=5)
    assert not neuron.is_initialized
    assert neuron.n_features == 2
    neuron.forward(np.ones((2, 3)))
    np.testing.assert_array_equal(neuron.w, [[1.0], [2.0]])
    assert neuron.b == np.random.default_rng(5).standard_normal(())


def test_given_b_is_kept_when_w_is_drawn():
    neuron = ArtificialNeuron(b=-1.5, rng=5)
    neuron.forward(np.ones(3))
    assert neuron.b == -1.5
    np.testing.assert_array_equal(neuron.w, np.random.default_rng(5).standard_normal((3, 1)))


def test_same_seed_same_parameters_and_generator_accepted():
    X = np.random.default_rng(0).standard_normal((20, 8))
    a = ArtificialNeuron(rng=123)
    b = ArtificialNeuron(rng=np.random.default_rng(123))
    c = ArtificialNeuron(rng=np.random.SeedSequence(123))
    np.testing.assert_array_equal(a.forward(X), b.forward(X))
    c.forward(X)
    np.testing.assert_array_equal(a.w, c.w)
    assert a.b == b.b == c.b
    assert ArtificialNeuron(rng=124).forward(X)[0, 0] != a.forward(X)[0, 0]


def test_reset_parameters_draws_new_values_of_the_same_shape():
    neuron = ArtificialNeuron(rng=1)
    neuron.forward(np.ones((3, 2)))
    old_w, old_b = neuron.w.copy(), float(neuron.b)
    neuron.reset_parameters()
    assert neuron.w.shape == (3, 1)
    assert not np.array_equal(neuron.w, old_w)
    assert float(neuron.b) != old_b
    expected = np.random.default_rng(1)
    expected.standard_normal((3, 1))
    expected.standard_normal(())
    np.testing.assert_array_equal(neuron.w, expected.standard_normal((3, 1)))
    assert neuron.b == expected.standard_normal(())


def test_reset_parameters_also_replaces_user_values_and_keeps_scalar_shape():
    neuron = ArtificialNeuron(w=5, b=-1, rng=2)
    neuron.reset_parameters()
    expected = np.random.default_rng(2)
    assert neuron.w.shape == ()
    assert neuron.w == expected.standard_normal(())
    assert neuron.b == expected.standard_normal(())


def test_reset_parameters_with_n_features_makes_a_vector_neuron():
    neuron = ArtificialNeuron(w=5, b=-1, rng=2)
    neuron.reset_parameters(n_features=20)
    assert neuron.n_features == 20 and neuron.w.shape == (20, 1) and neuron.is_initialized


def test_reset_parameters_needs_a_shape():
    with pytest.raises(RuntimeError, match="forward"):
        ArtificialNeuron().reset_parameters()
    with pytest.raises(ValueError, match="n_features must be at least 1"):
        ArtificialNeuron().reset_parameters(n_features=0)
    with pytest.raises(TypeError, match="n_features must be an integer"):
        ArtificialNeuron().reset_parameters(n_features=2.5)


# --- Trace -----------------------------------------------------------------------------------


def test_trace_of_a_batch_holds_every_step():
    X = np.random.default_rng(8).standard_normal((4, 5))
    neuron = ArtificialNeuron(activation="leaky_relu", rng=9)
    trace = neuron.forward_trace(X)
    assert isinstance(trace, Trace)
    assert trace.activation == "leaky_relu"
    assert trace.x.shape == (4, 5) and trace.x.dtype == np.float64
    np.testing.assert_array_equal(trace.w, neuron.w)
    assert trace.b == neuron.b
    assert trace.z.shape == (5, 1) and trace.a.shape == (5, 1)
    np.testing.assert_allclose(trace.z, X.T @ neuron.w + neuron.b, rtol=1e-15)
    np.testing.assert_array_equal(trace.a, ACTIVATIONS["leaky_relu"].fn(trace.z))
    np.testing.assert_array_equal(trace.a, neuron.forward(X))
    assert trace.contributions.shape == (4, 5)
    np.testing.assert_allclose(
        trace.contributions.sum(axis=0), trace.z[:, 0] - trace.b, rtol=1e-13, atol=1e-15
    )


def test_trace_of_a_single_sample_uses_the_column_layout():
    trace = ArtificialNeuron(w=[1.0, 2.0, 3.0], b=1.0).forward_trace([1.0, 0.0, -1.0])
    assert trace.x.shape == (3, 1)
    np.testing.assert_array_equal(trace.contributions, [[1.0], [0.0], [-3.0]])
    assert trace.z.shape == (1, 1) and trace.z[0, 0] == -1.0


def test_trace_of_a_scalar_neuron():
    trace = ArtificialNeuron(w=5, b=-1, activation="identity").forward_trace([1.0, 3.0])
    np.testing.assert_array_equal(trace.x, [1.0, 3.0])
    np.testing.assert_array_equal(trace.contributions, [5.0, 15.0])
    np.testing.assert_array_equal(trace.z, [4.0, 14.0])
    np.testing.assert_array_equal(trace.a, [4.0, 14.0])


def test_trace_is_a_frozen_snapshot():
    neuron = ArtificialNeuron(w=[1.0], b=0.0, rng=0)
    trace = neuron.forward_trace([2.0])
    neuron.reset_parameters()
    assert trace.w[0, 0] == 1.0
    with pytest.raises(AttributeError):
        trace.a = None


# --- repr ------------------------------------------------------------------------------------


def test_repr():
    assert repr(ArtificialNeuron(activation="tanh")) == (
        "ArtificialNeuron(uninitialized, activation='tanh')"
    )
    assert repr(ArtificialNeuron(w=5, b=-1)) == (
        "ArtificialNeuron(w=5.0, b=-1.0, activation='sigmoid')"
    )
    neuron = ArtificialNeuron(rng=0)
    neuron.forward(np.ones(20))
    assert repr(neuron) == "ArtificialNeuron(n_features=20, activation='sigmoid')"


# --- properties (hypothesis) -----------------------------------------------------------------

finite = st.floats(-10, 10, allow_nan=False, allow_infinity=False)


@settings(max_examples=60, deadline=None, derandomize=True)
@given(
    data=st.data(),
    n=st.integers(1, 6),
    m=st.integers(0, 9),
    activation=st.sampled_from(list(ACTIVATIONS)),
)
def test_a_batch_equals_its_columns_one_by_one(data, n, m, activation):
    X = data.draw(arrays(np.float64, (n, m), elements=finite))
    w = data.draw(arrays(np.float64, (n,), elements=finite))
    b = data.draw(finite)
    neuron = ArtificialNeuron(w=w, b=b, activation=activation)
    out = neuron.forward(X)
    assert out.shape == (m, 1)
    for j in range(m):
        column = neuron.forward(X[:, j])
        assert column.shape == (1, 1)
        np.testing.assert_allclose(out[j], column[0], rtol=1e-12, atol=1e-300)
        np.testing.assert_allclose(neuron.forward(X[:, j : j + 1]), column, rtol=1e-12)
    np.testing.assert_allclose(out, reference(X, neuron.w, b, activation), rtol=1e-9, atol=1e-12)


@settings(max_examples=40, deadline=None, derandomize=True)
@given(x=arrays(np.float64, st.sampled_from([(), (3,), (2, 4)]), elements=finite))
def test_scalar_neuron_output_has_the_input_shape(x):
    out = ArtificialNeuron(w=1.5, b=0.5).forward(x)
    assert out.shape == x.shape and out.dtype == np.float64
    np.testing.assert_allclose(out, ACTIVATIONS["sigmoid"].fn(1.5 * x + 0.5), rtol=1e-15)
