"""Activations: values against independent references, derivatives against finite differences."""

import math
import warnings
from decimal import Decimal, localcontext

import numpy as np
import pytest

from neuron import ACTIVATIONS, Activation, get_activation


def sigmoid_reference(z: float) -> float:
    """1 / (1 + e^-z) in 50-digit decimal arithmetic, rounded once to float64."""
    with localcontext() as ctx:
        ctx.prec = 50
        return float(1 / (1 + (-Decimal(z)).exp()))


def test_registry_names_and_order():
    assert list(ACTIVATIONS) == ["sigmoid", "tanh", "relu", "leaky_relu", "identity"]
    for name, activation in ACTIVATIONS.items():
        assert isinstance(activation, Activation)
        assert activation.name == name


def test_get_activation_unknown_name_lists_valid_names():
    with pytest.raises(ValueError, match="unknown activation 'softmax'") as info:
        get_activation("softmax")
    for name in ACTIVATIONS:
        assert repr(name) in str(info.value)


def test_get_activation_rejects_non_strings():
    with pytest.raises(TypeError, match="activation must be a name"):
        get_activation(None)


def test_lesson_value_sigmoid_of_14():
    a = ACTIVATIONS["sigmoid"].fn(14)
    assert a == pytest.approx(0.9999991684719722, rel=1e-16, abs=0)
    # The correctly rounded value ends in ...723: one unit in the last place away.
    assert a == pytest.approx(sigmoid_reference(14.0), rel=2.3e-16, abs=0)


def test_sigmoid_matches_high_precision_reference_on_a_grid():
    # |z| <= 700 keeps the true value a normal float64, so relative error is meaningful.
    grid = np.linspace(-700.0, 700.0, 2801)
    got = ACTIVATIONS["sigmoid"].fn(grid)
    expected = np.array([sigmoid_reference(z) for z in grid])
    np.testing.assert_allclose(got, expected, rtol=4e-16, atol=0)


def test_sigmoid_agrees_with_math_formula_for_moderate_z():
    grid = np.linspace(-30.0, 30.0, 601)
    expected = np.array([1.0 / (1.0 + math.exp(-z)) for z in grid])
    np.testing.assert_allclose(ACTIVATIONS["sigmoid"].fn(grid), expected, rtol=1e-15, atol=0)


@pytest.mark.parametrize("z", [1e308, -1e308, 745.0, -745.0, 710.0, -710.0, 0.0, -0.0])
@pytest.mark.parametrize("part", ["fn", "derivative"])
def test_sigmoid_is_silent_and_bounded_for_extreme_z(z, part):
    with warnings.catch_warnings(), np.errstate(all="raise"):
        warnings.simplefilter("error")
        value = getattr(ACTIVATIONS["sigmoid"], part)(np.array([z, -z]))
    assert np.all(np.isfinite(value))
    assert np.all((value >= 0) & (value <= 1))


def test_sigmoid_extreme_values():
    fn = ACTIVATIONS["sigmoid"].fn
    assert fn(1e308) == 1.0
    assert fn(-1e308) == 0.0
    assert fn(0.0) == 0.5
    assert 0.0 < fn(-745.0) < 1e-323  # the smallest subnormal, not a premature zero
    assert fn(-700.0) == pytest.approx(sigmoid_reference(-700.0), rel=4e-16)


@pytest.mark.parametrize("name", list(ACTIVATIONS))
def test_scalar_in_zero_d_float64_array_out(name):
    activation = ACTIVATIONS[name]
    for part in (activation.fn, activation.derivative):
        out = part(2)
        assert isinstance(out, np.ndarray)
        assert out.shape == ()
        assert out.dtype == np.float64


@pytest.mark.parametrize("name", list(ACTIVATIONS))
@pytest.mark.parametrize("shape", [(7,), (3, 4), (5, 1)])
def test_shape_is_preserved(name, shape):
    z = np.random.default_rng(1).standard_normal(shape)
    activation = ACTIVATIONS[name]
    assert activation.fn(z).shape == shape
    assert activation.derivative(z).shape == shape
    assert activation.fn(z).dtype == np.float64


def test_known_values_against_numpy():
    z = np.array([-2.0, -0.5, 0.0, 0.5, 3.0])
    np.testing.assert_array_equal(ACTIVATIONS["relu"].fn(z), [0.0, 0.0, 0.0, 0.5, 3.0])
    np.testing.assert_array_equal(ACTIVATIONS["leaky_relu"].fn(z), [-0.02, -0.005, 0.0, 0.5, 3.0])
    np.testing.assert_array_equal(ACTIVATIONS["identity"].fn(z), z)
    np.testing.assert_allclose(ACTIVATIONS["tanh"].fn(z), np.tanh(z), rtol=0, atol=0)
    np.testing.assert_array_equal(ACTIVATIONS["relu"].derivative(z), [0, 0, 0, 1, 1])
    np.testing.assert_array_equal(ACTIVATIONS["leaky_relu"].derivative(z), [0.01, 0.01, 0.01, 1, 1])
    np.testing.assert_array_equal(ACTIVATIONS["identity"].derivative(z), np.ones(5))


def test_identity_returns_a_copy():
    z = np.array([1.0, 2.0])
    a = ACTIVATIONS["identity"].fn(z)
    a[0] = 99.0
    assert z[0] == 1.0


@pytest.mark.parametrize("name", list(ACTIVATIONS))
def test_derivative_matches_central_finite_difference(name):
    activation = ACTIVATIONS[name]
    z = np.linspace(-6.0, 6.0, 97)
    z = z[np.abs(z) > 1e-3]  # stay away from the kink of relu and leaky relu at 0
    h = 1e-6
    numeric = (activation.fn(z + h) - activation.fn(z - h)) / (2 * h)
    np.testing.assert_allclose(activation.derivative(z), numeric, rtol=1e-6, atol=1e-9)


def test_registry_is_immutable_per_entry():
    with pytest.raises(AttributeError):
        ACTIVATIONS["sigmoid"].name = "other"
