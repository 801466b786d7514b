"""Losses: values against 50-digit references, stability at saturation, the registry's errors."""

import warnings
from decimal import Decimal, localcontext

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from neuron import ACTIVATIONS, LOSSES, Loss, get_loss
from neuron.activations import sigmoid
from neuron.losses import check_pairing


def bce_reference(z: float, y: float) -> float:
    """-(y log a + (1 - y) log(1 - a)) with a = sigmoid(z), in 50-digit decimal arithmetic."""
    with localcontext() as ctx:
        ctx.prec = 50
        a = 1 / (1 + (-Decimal(z)).exp())
        y = Decimal(y)
        return float(-(y * a.ln() + (1 - y) * (1 - a).ln()))


def call(loss: Loss, part: str, z, y):
    z = np.asarray(z, dtype=float)
    y = np.asarray(y, dtype=float)
    return getattr(loss, part)(z, sigmoid(z), y)


def test_registry_names_and_fields():
    assert list(LOSSES) == ["bce", "mse"]
    for name, loss in LOSSES.items():
        assert isinstance(loss, Loss) and loss.name == name
    assert LOSSES["bce"].activation == "sigmoid" and LOSSES["bce"].labels == (0.0, 1.0)
    assert LOSSES["mse"].activation is None and LOSSES["mse"].labels is None


def test_get_loss_errors_name_the_choices():
    assert get_loss("mse") is LOSSES["mse"]
    with pytest.raises(ValueError, match=r"unknown loss 'hinge'; choose one of 'bce', 'mse'"):
        get_loss("hinge")
    with pytest.raises(TypeError, match="loss must be a name"):
        get_loss(LOSSES["bce"])


@pytest.mark.parametrize("activation", [name for name in ACTIVATIONS if name != "sigmoid"])
def test_bce_needs_sigmoid_and_says_how_to_fix_it(activation):
    check_pairing(LOSSES["mse"], activation)  # MSE works with every activation
    check_pairing(LOSSES["bce"], "sigmoid")
    with pytest.raises(ValueError) as info:
        check_pairing(LOSSES["bce"], activation)
    message = str(info.value)
    assert f"uses {activation!r}" in message
    assert "activation='sigmoid'" in message and "'mse'" in message


@pytest.mark.parametrize("z", [-30.0, -5.0, -0.7, 0.0, 1e-9, 0.3, 4.0, 25.0])
@pytest.mark.parametrize("y", [0.0, 1.0])
def test_bce_matches_the_textbook_formula(z, y):
    got = float(call(LOSSES["bce"], "fn", z, y))
    assert got == pytest.approx(bce_reference(z, y), rel=1e-14, abs=1e-300)


def test_bce_keeps_digits_where_the_neuron_is_right_and_sure():
    # y = 1, z = 40: L = log(1 + e^-40) = 4.248354255291589e-18, not 0.
    assert float(call(LOSSES["bce"], "fn", 40.0, 1.0)) == pytest.approx(4.248354255291589e-18)
    assert float(call(LOSSES["bce"], "fn", -40.0, 0.0)) == pytest.approx(4.248354255291589e-18)


def test_bce_of_a_saturated_wrong_neuron_is_large_but_finite():
    # a = sigmoid(1000) rounds to exactly 1.0, so log(1 - a) would be -inf; the true loss is 1000.
    assert float(call(LOSSES["bce"], "fn", 1000.0, 0.0)) == 1000.0
    assert float(call(LOSSES["bce"], "fn", -1000.0, 1.0)) == 1000.0


EXTREME_Z = [
    -1.7e308,
    -1e308,
    -1e200,
    -710.0,
    -709.0,
    -40.0,
    0.0,
    40.0,
    709.0,
    710.0,
    1e200,
    1e308,
    1.7e308,
]


@pytest.mark.parametrize("name", list(LOSSES))
@pytest.mark.parametrize("part", ["fn", "derivative", "dz"])
def test_no_warning_and_no_nan_for_any_finite_z(name, part):
    loss = LOSSES[name]
    if getattr(loss, part) is None:
        assert name == "mse" and part == "dz"
        return
    z = np.array(EXTREME_Z * 2)[:, np.newaxis]
    y = np.repeat([0.0, 1.0], len(EXTREME_Z))[:, np.newaxis]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        out = call(loss, part, z, y)
    assert out.shape == z.shape and not np.isnan(out).any()
    if part != "derivative":  # the loss and dL/dz are finite; dL/da may exceed float64
        assert np.isfinite(out).all()


def test_bce_at_the_largest_z_is_exact():
    z = np.array([[1.7e308], [-1.7e308], [1.7e308], [-1.7e308]])
    y = np.array([[0.0], [1.0], [1.0], [0.0]])
    np.testing.assert_array_equal(call(LOSSES["bce"], "fn", z, y), [[1.7e308], [1.7e308], [0], [0]])


def test_bce_derivative_matches_the_textbook_formula_and_the_chain():
    z = np.linspace(-8, 8, 33)[:, np.newaxis]
    a = sigmoid(z)
    for y in (0.0, 1.0):
        labels = np.full_like(z, y)
        dL_da = LOSSES["bce"].derivative(z, a, labels)
        np.testing.assert_allclose(dL_da, -y / a + (1 - y) / (1 - a), rtol=1e-12)
        # dL/da * da/dz simplifies to a - y.
        np.testing.assert_allclose(dL_da * a * (1 - a), a - labels, rtol=1e-12, atol=1e-15)
        np.testing.assert_array_equal(LOSSES["bce"].dz(z, a, labels), a - labels)


def test_bce_derivative_beyond_float64_is_infinite_not_nan():
    z = np.array([[-800.0], [800.0], [-800.0], [800.0]])
    y = np.array([[1.0], [0.0], [0.0], [1.0]])
    got = call(LOSSES["bce"], "derivative", z, y)
    np.testing.assert_array_equal(got, [[-np.inf], [np.inf], [1.0], [-1.0]])


def test_mse_values_and_derivative():
    a = np.array([[0.0], [0.5], [3.0], [-2.0]])
    y = np.array([[1.0], [1.0], [1.0], [0.5]])
    z = np.zeros_like(a)  # not used by MSE
    np.testing.assert_array_equal(LOSSES["mse"].fn(z, a, y), [[1.0], [0.25], [4.0], [6.25]])
    np.testing.assert_array_equal(LOSSES["mse"].derivative(z, a, y), [[-2.0], [-1.0], [4.0], [-5]])


def test_mse_overflow_gives_inf_without_a_warning():
    a = np.array([[1e200], [-1e308]])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert np.isposinf(LOSSES["mse"].fn(a, a, np.zeros_like(a))).all()
        np.testing.assert_array_equal(
            LOSSES["mse"].derivative(a, a, np.zeros_like(a)), [[2e200], [-np.inf]]
        )


@pytest.mark.parametrize("name", list(LOSSES))
def test_derivative_against_central_differences_in_a(name):
    rng = np.random.default_rng(7)
    z = rng.uniform(-4, 4, (20, 1))
    y = rng.integers(0, 2, (20, 1)).astype(float)
    loss, h = LOSSES[name], 1e-6
    # BCE's fn is written in z; move z so that a moves by +-h.
    if name == "bce":

        def loss_at(a):
            return loss.fn(np.log(a / (1 - a)), a, y)
    else:

        def loss_at(a):
            return loss.fn(z, a, y)

    a = sigmoid(z)
    numeric = (loss_at(a + h) - loss_at(a - h)) / (2 * h)
    np.testing.assert_allclose(loss.derivative(z, a, y), numeric, rtol=1e-6)


@given(z=st.floats(-1.7e308, 1.7e308, allow_nan=False))
def test_bce_is_nonnegative_symmetric_and_agrees_with_logaddexp(z):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        one = float(call(LOSSES["bce"], "fn", z, 1.0))
        zero = float(call(LOSSES["bce"], "fn", -z, 0.0))
        reference = float(np.logaddexp(0.0, -z))  # log(1 + e^-z), the loss for y = 1
    assert one == zero >= 0.0  # a label of 1 at z is a label of 0 at -z
    assert one == pytest.approx(reference, rel=1e-15, abs=1e-300)
