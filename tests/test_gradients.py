"""The backward pass: against finite differences, an autograd engine and a hand-worked case."""

import itertools
import math
import warnings

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from neuron import ACTIVATIONS, LOSSES, ArtificialNeuron, Gradients
from tests import autograd

PAIRS = list(itertools.product(ACTIVATIONS, LOSSES))
VALID_PAIRS = [(g, loss) for g, loss in PAIRS if LOSSES[loss].activation in (None, g)]


def random_point(seed: int, n_features: int = 3, n_samples: int = 6):
    """X, y, w, b with every |z| >= 0.05, away from the ReLU kinks (the derivative jumps there)."""
    rng = np.random.default_rng(seed)
    while True:
        X = rng.normal(0, 1.5, (n_features, n_samples))
        w = rng.normal(0, 1, (n_features, 1))
        b = rng.normal()
        if np.abs(X.T @ w + b).min() >= 0.05:
            return X, rng.integers(0, 2, (n_samples, 1)).astype(float), w, b


def mean_loss(activation, loss, X, y, w, b) -> float:
    return ArtificialNeuron(w, b, activation).gradients(X, y, loss).loss


# --- finite differences ---------------------------------------------------------------------


@pytest.mark.parametrize(("activation", "loss"), PAIRS)
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_gradients_match_central_differences(activation, loss, seed):
    X, y, w, b = random_point(seed)
    neuron = ArtificialNeuron(w, b, activation)
    if (activation, loss) not in VALID_PAIRS:
        with pytest.raises(ValueError, match="needs the 'sigmoid' activation"):
            neuron.gradients(X, y, loss)
        return
    grads = neuron.gradients(X, y, loss)
    h = 1e-5
    numeric_w = np.zeros_like(w)
    for i in range(w.shape[0]):
        step = np.zeros_like(w)
        step[i] = h
        numeric_w[i] = (
            mean_loss(activation, loss, X, y, w + step, b)
            - mean_loss(activation, loss, X, y, w - step, b)
        ) / (2 * h)
    numeric_b = (
        mean_loss(activation, loss, X, y, w, b + h) - mean_loss(activation, loss, X, y, w, b - h)
    ) / (2 * h)
    analytic = np.append(grads.dw.ravel(), grads.db)
    numeric = np.append(numeric_w.ravel(), numeric_b)
    error = np.linalg.norm(analytic - numeric) / max(np.linalg.norm(numeric), 1e-12)
    assert error <= 1e-6, (analytic, numeric)


# --- an independent autograd engine ---------------------------------------------------------


@pytest.mark.parametrize(("activation", "loss"), VALID_PAIRS)
@pytest.mark.parametrize("seed", [3, 4])
def test_gradients_match_an_autograd_engine(activation, loss, seed):
    X, y, w, b = random_point(seed, n_features=4, n_samples=5)
    grads = ArtificialNeuron(w, b, activation).gradients(X, y, loss)

    w_v = [autograd.Value(v) for v in w.ravel()]
    b_v = autograd.Value(b)
    zs = [sum((w_v[i] * X[i, j] for i in range(len(w_v))), b_v) for j in range(X.shape[1])]
    activate = autograd.ACTIVATIONS[activation]
    as_ = [activate(z) for z in zs]
    per_sample = [autograd.LOSSES[loss](a, y[j, 0]) for j, a in enumerate(as_)]
    total = sum(per_sample[1:], per_sample[0]) / len(per_sample)
    total.backward()

    n = X.shape[1]
    close = {"rtol": 1e-9, "atol": 1e-12}
    assert grads.loss == pytest.approx(total.data, rel=1e-9)
    np.testing.assert_allclose(grads.dw.ravel(), [v.grad for v in w_v], **close)
    np.testing.assert_allclose(grads.db, b_v.grad, **close)
    np.testing.assert_allclose(grads.z.ravel(), [z.data for z in zs], **close)
    np.testing.assert_allclose(grads.a.ravel(), [a.data for a in as_], **close)
    # The engine's grads are of the *mean*; the per-sample terms are n times them.
    np.testing.assert_allclose(grads.dL_dz.ravel(), [n * z.grad for z in zs], **close)
    np.testing.assert_allclose(grads.dL_da.ravel(), [n * a.grad for a in as_], **close)
    np.testing.assert_allclose(grads.dL_dz, grads.dL_da * grads.da_dz, **close)


def test_the_autograd_engine_itself():
    x = autograd.Value(0.7)
    y = (x * x + x.exp()).log() * x.tanh() - 1.0 / x + x.relu()
    y.backward()
    f = math.log(0.49 + math.exp(0.7))
    expected = (2 * 0.7 + math.exp(0.7)) / (0.49 + math.exp(0.7)) * math.tanh(0.7)
    expected += f * (1 - math.tanh(0.7) ** 2) + 1 / 0.49 + 1.0
    assert y.data == pytest.approx(f * math.tanh(0.7) - 1 / 0.7 + 0.7, rel=1e-15)
    assert x.grad == pytest.approx(expected, rel=1e-14)


# --- hand-worked cases ----------------------------------------------------------------------


def test_one_sample_worked_by_hand():
    # x = (1, 2), w = (0.5, -0.25), b = 0.1, y = 1:  z = 0.5 - 0.5 + 0.1 = 0.1,
    # a = 1 / (1 + e^-0.1) = 0.52497918747894, L = -log a = 0.6443966600735709,
    # dL/da = -1/a = -1.9048374180359595, da/dz = a(1 - a) = 0.24937604019289197,
    # dL/dz = a - y = -0.47502081252106, dw = x * dL/dz, db = dL/dz.
    grads = ArtificialNeuron([0.5, -0.25], 0.1).gradients([1.0, 2.0], [1.0])
    assert grads.loss == pytest.approx(0.6443966600735709, rel=1e-14)
    assert grads.z.shape == grads.a.shape == grads.dL_dz.shape == (1, 1)
    assert grads.z[0, 0] == pytest.approx(0.1, rel=1e-14)
    assert grads.a[0, 0] == pytest.approx(0.52497918747894, rel=1e-13)
    assert grads.dL_da[0, 0] == pytest.approx(-1.9048374180359595, rel=1e-13)
    assert grads.da_dz[0, 0] == pytest.approx(0.24937604019289197, rel=1e-13)
    assert grads.dL_dz[0, 0] == pytest.approx(-0.47502081252106, rel=1e-13)
    assert grads.dw.shape == (2, 1) and grads.db.shape == ()
    np.testing.assert_allclose(grads.dw, [[-0.47502081252106], [-0.95004162504212]], rtol=1e-13)
    assert float(grads.db) == pytest.approx(-0.47502081252106, rel=1e-13)


def test_scalar_neuron_worked_by_hand():
    # The lesson's scalar neuron w = 5, b = -1 at x = 0.2: z = 0, a = 0.5.
    neuron = ArtificialNeuron(w=5, b=-1)
    bce = neuron.gradients(0.2, 1.0)  # L = log 2, dL/dz = a - y = -0.5
    assert bce.loss == pytest.approx(np.log(2), rel=1e-15)
    assert bce.dw.shape == () and float(bce.dw) == pytest.approx(-0.1, rel=1e-14)
    assert float(bce.db) == pytest.approx(-0.5, rel=1e-15)
    mse = neuron.gradients([0.2], [1.0], loss="mse")  # L = 0.25, dL/da = -1, da/dz = 0.25
    assert mse.loss == pytest.approx(0.25)
    assert (mse.dL_da[0, 0], mse.da_dz[0, 0]) == (pytest.approx(-1), pytest.approx(0.25))
    assert float(mse.dw) == pytest.approx(-0.05) and float(mse.db) == pytest.approx(-0.25)
    assert mse.x.shape == (1, 1) and mse.y.shape == (1, 1)


def test_scalar_neuron_takes_its_inputs_as_samples():
    neuron = ArtificialNeuron(w=2.0, b=0.5, activation="tanh")
    x = np.array([-1.0, 0.3, 2.0])
    y = np.array([0.0, 1.0, 1.0])
    grads = neuron.gradients(x, y, "mse")
    same = neuron.gradients(x[np.newaxis, :], y[:, np.newaxis], "mse")
    column = ArtificialNeuron(w=[2.0], b=0.5, activation="tanh").gradients(x[np.newaxis], y, "mse")
    for g in (grads, same):
        assert g.x.shape == (1, 3) and g.z.shape == (3, 1) and g.dw.shape == ()
        np.testing.assert_allclose(g.dw, column.dw[0, 0], rtol=1e-15)
        np.testing.assert_allclose(g.dL_dz, column.dL_dz, rtol=1e-15)
    z = 2.0 * x + 0.5
    dz = 2 * (np.tanh(z) - y) * (1 - np.tanh(z) ** 2)
    assert float(grads.dw) == pytest.approx(np.mean(dz * x), rel=1e-13)
    with pytest.raises(ValueError, match=r"scalar neuron takes .* got shape \(3, 1\)"):
        neuron.gradients(x[:, np.newaxis], y, "mse")


# --- shape rules ----------------------------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(
    n_features=st.integers(1, 5),
    n_samples=st.integers(1, 9),
    pair=st.sampled_from(VALID_PAIRS),
    seed=st.integers(0, 2**16),
    one_d_labels=st.booleans(),
)
def test_a_batch_is_the_mean_of_its_samples(n_features, n_samples, pair, seed, one_d_labels):
    activation, loss = pair
    rng = np.random.default_rng(seed)
    X = rng.normal(0, 2, (n_features, n_samples))
    y = rng.integers(0, 2, n_samples).astype(float)
    neuron = ArtificialNeuron(rng.normal(size=n_features), rng.normal(), activation)
    grads = neuron.gradients(X, y if one_d_labels else y[:, np.newaxis], loss)
    assert grads.dw.shape == (n_features, 1) and grads.db.shape == ()
    for name in ("y", "z", "a", "dL_da", "da_dz", "dL_dz"):
        assert getattr(grads, name).shape == (n_samples, 1), name
    assert grads.x.shape == (n_features, n_samples)
    alone = [neuron.gradients(X[:, j], y[j : j + 1], loss) for j in range(n_samples)]
    # Up to rounding: a batch's matrix product may add in another order than a column's.
    close = {"rtol": 1e-12, "atol": 1e-12}
    np.testing.assert_allclose(grads.dw, np.mean([g.dw for g in alone], axis=0), **close)
    np.testing.assert_allclose(grads.db, np.mean([g.db for g in alone]), **close)
    assert grads.loss == pytest.approx(np.mean([g.loss for g in alone]), rel=1e-12)
    np.testing.assert_allclose(grads.dL_dz[:, 0], [g.dL_dz[0, 0] for g in alone], **close)


# --- parameters: read-only out, checked in --------------------------------------------------


def test_gradients_repr_is_short():
    grads = ArtificialNeuron([0.5, -0.25], 0.1).gradients([1.0, 2.0], [1.0])
    assert repr(grads) == "Gradients(loss=0.644397, dw shape (2, 1), db=-0.475021, n_samples=1)"


def test_gradients_change_nothing():
    neuron = ArtificialNeuron([1.0, -1.0], 0.5)
    w, b = neuron.w.copy(), float(neuron.b)
    grads = neuron.gradients(np.ones((2, 4)), [0, 1, 1, 0])
    assert isinstance(grads, Gradients)
    np.testing.assert_array_equal(neuron.w, w)
    assert float(neuron.b) == b


def test_parameters_are_handed_out_read_only():
    neuron = ArtificialNeuron([1.0, 2.0], 0.5)
    with pytest.raises(ValueError, match="read-only"):
        neuron.w -= 1.0  # used to change w and then raise AttributeError
    with pytest.raises(ValueError, match="read-only"):
        neuron.b += 1.0
    np.testing.assert_array_equal(neuron.w, [[1.0], [2.0]])
    assert float(neuron.b) == 0.5
    with pytest.raises(AttributeError, match=r"set_parameters\(w, b\)"):
        neuron.w = np.zeros((2, 1))
    with pytest.raises(AttributeError, match=r"set_parameters\(w, b\)"):
        neuron.b = 0.0
    assert not neuron.w.flags.writeable and not neuron.b.flags.writeable
    assert ArtificialNeuron().w is None and ArtificialNeuron().b is None


def test_set_parameters_checks_shapes_and_keeps_the_kind():
    neuron = ArtificialNeuron([1.0, 2.0], 0.5)
    neuron.set_parameters([3.0, 4.0], -1)
    np.testing.assert_array_equal(neuron.w, [[3.0], [4.0]])
    assert neuron.b.shape == () and float(neuron.b) == -1.0
    for bad_w, words in [
        ([1.0, 2.0, 3.0], r"keep this neuron's shape \(2, 1\); got shape \(3, 1\)"),
        (5.0, r"keep this neuron's shape \(2, 1\); got shape \(\)"),
        ([1.0, np.nan], "w must contain only finite"),
    ]:
        with pytest.raises(ValueError, match=words):
            neuron.set_parameters(bad_w, 0.0)
    with pytest.raises(ValueError, match="b must be a single number"):
        neuron.set_parameters([1.0, 1.0], [1.0, 2.0])
    np.testing.assert_array_equal(neuron.w, [[3.0], [4.0]])  # failed calls changed nothing
    assert float(neuron.b) == -1.0
    scalar = ArtificialNeuron(w=5.0, b=-1.0)
    scalar.set_parameters([2.0], 1.0)  # one value keeps the scalar shape ()
    assert scalar.w.shape == () and float(scalar.w) == 2.0 and scalar.is_scalar
    fresh = ArtificialNeuron()
    fresh.set_parameters([1.0, 2.0, 3.0], 0.0)
    assert fresh.n_features == 3


def test_views_taken_before_an_update_keep_the_old_values():
    neuron = ArtificialNeuron([1.0, 2.0], 0.5)
    before = neuron.w
    neuron.step(neuron.gradients(np.ones((2, 3)), [1, 1, 1]), lr=1.0)
    np.testing.assert_array_equal(before, [[1.0], [2.0]])
    assert not np.array_equal(neuron.w, before)


# --- errors: clear, and nothing changed -----------------------------------------------------


@pytest.mark.parametrize(
    ("X", "y", "loss", "error", "words"),
    [
        (np.ones((2, 3)), [0, 1, 2], "bce", ValueError, r"labels 0 or 1.*got 2 at sample 2"),
        (np.ones((2, 3)), [0, 1, 0.5], "bce", ValueError, r"only the labels 0 or 1"),
        (np.ones((2, 3)), [0, 1], "bce", ValueError, r"y must have shape \(3,\) or \(3, 1\)"),
        (np.ones((2, 3)), [[0, 1, 1]], "bce", ValueError, "pass y.T"),
        (np.ones((2, 3)), [0, np.nan, 1], "mse", ValueError, "y must contain only finite"),
        (np.array([[1, np.nan, 1], [1, 1, 1]]), [0, 1, 1], "bce", ValueError, "x must contain"),
        (np.ones(3), [0, 1], "bce", ValueError, "this neuron has 2 features"),
        (np.ones((2, 3)), [0, 1, 1], "hinge", ValueError, "unknown loss 'hinge'"),
        (np.ones((2, 3)), ["a", "b", "c"], "mse", TypeError, "y must contain real numbers"),
    ],
)
def test_bad_arguments_raise_clear_errors_and_change_nothing(X, y, loss, error, words):
    neuron = ArtificialNeuron([1.0, 2.0], 0.5)
    with pytest.raises(error, match=words):
        neuron.gradients(X, y, loss)
    np.testing.assert_array_equal(neuron.w, [[1.0], [2.0]])
    fresh = ArtificialNeuron(rng=0)
    state = fresh._rng.bit_generator.state
    with pytest.raises((TypeError, ValueError)):
        fresh.gradients(X, y, loss)
    assert not fresh.is_initialized and fresh._rng.bit_generator.state == state


def test_bce_with_another_activation_names_the_fix():
    with pytest.raises(ValueError, match=r"this neuron uses 'relu'.*activation='sigmoid'"):
        ArtificialNeuron([1.0], 0.0, "relu").gradients([[1.0]], [1.0])


def test_gradients_draw_missing_parameters_like_forward():
    X, y = np.ones((3, 4)), [0, 1, 0, 1]
    by_gradients, by_forward = ArtificialNeuron(rng=5), ArtificialNeuron(rng=5)
    grads = by_gradients.gradients(X, y)
    by_forward.forward(X)
    np.testing.assert_array_equal(by_gradients.w, by_forward.w)
    assert float(by_gradients.b) == float(by_forward.b)
    np.testing.assert_array_equal(grads.a, by_forward.forward(X))


def test_overflow_is_an_error_that_changes_nothing():
    neuron = ArtificialNeuron([1e300, 1e300], 0.0, activation="identity")
    with pytest.raises(ValueError, match="overflowed"):
        neuron.gradients(np.full((2, 2), 1e8), [0.0, 1.0], "mse")
    fresh = ArtificialNeuron(rng=0, activation="identity")
    with pytest.raises(ValueError, match="overflowed"):
        fresh.gradients(np.full((50, 1), 1e308), [1.0], "mse")
    assert not fresh.is_initialized


@pytest.mark.parametrize("w", [50.0, -50.0])
@pytest.mark.parametrize(("activation", "loss"), VALID_PAIRS)
def test_saturated_neurons_give_finite_numbers_without_warnings(w, activation, loss):
    X = np.array([[-30.0, -1.0, 0.0, 2.0, 40.0], [25.0, 3.0, -1.0, 0.5, 40.0]])
    neuron = ArtificialNeuron([w, w], -w / 2, activation)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        grads = neuron.gradients(X, [0, 1, 0, 1, 1], loss)
    for name in ("z", "a", "da_dz", "dL_dz", "dw", "db"):
        assert np.isfinite(getattr(grads, name)).all(), name
    assert np.isfinite(grads.loss)
    # dL/da of BCE exceeds float64 beyond |z| = 709 (documented): infinite there, never NaN.
    assert not np.isnan(grads.dL_da).any()
    assert np.isfinite(grads.dL_da[np.abs(grads.z) <= 709]).all()


# --- the update -----------------------------------------------------------------------------


def test_step_moves_against_the_gradient():
    neuron = ArtificialNeuron([1.0, 2.0], 0.5)
    grads = neuron.gradients(np.array([[1.0, 0.0], [0.0, 1.0]]), [0, 1])
    neuron.step(grads, lr=0.5)
    np.testing.assert_allclose(neuron.w, np.array([[1.0], [2.0]]) - 0.5 * grads.dw, rtol=1e-15)
    assert float(neuron.b) == pytest.approx(0.5 - 0.5 * float(grads.db), rel=1e-15)


@pytest.mark.parametrize(
    ("lr", "error", "words"),
    [
        (0.0, ValueError, "positive finite"),
        (-0.1, ValueError, "positive finite"),
        (np.inf, ValueError, "positive finite"),
        (np.nan, ValueError, "positive finite"),
        ("0.1", TypeError, "lr must be a number"),
        (True, TypeError, "lr must be a number"),
        (None, TypeError, "lr must be a number"),
    ],
)
def test_step_checks_the_rate(lr, error, words):
    neuron = ArtificialNeuron([1.0], 0.0)
    grads = neuron.gradients([[1.0]], [1.0])
    with pytest.raises(error, match=words):
        neuron.step(grads, lr)
    assert float(neuron.w[0, 0]) == 1.0


def test_step_refuses_gradients_of_another_shape_or_kind():
    grads = ArtificialNeuron([1.0, 2.0, 3.0], 0.0).gradients(np.ones((3, 1)), [1.0])
    neuron = ArtificialNeuron([1.0, 2.0], 0.0)
    with pytest.raises(ValueError, match=r"dw has shape \(3, 1\).*expected \(2, 1\)"):
        neuron.step(grads, 0.1)
    with pytest.raises(TypeError, match="grads must be the Gradients"):
        neuron.step({"dw": np.zeros((2, 1)), "db": 0.0}, 0.1)
    with pytest.raises(RuntimeError, match="call gradients"):
        ArtificialNeuron().step(grads, 0.1)


def test_step_that_would_overflow_changes_nothing():
    neuron = ArtificialNeuron([1e-10], 0.0)
    grads = neuron.gradients([[1e308]], [0.0])  # z = 1e298, a = 1, dL/dz = 1, dw = 1e308
    assert float(grads.dw[0, 0]) == 1e308
    with pytest.raises(ValueError, match="overflowed"):
        neuron.step(grads, 10.0)
    assert float(neuron.w[0, 0]) == 1e-10


def test_after_training_the_next_forward_keeps_the_learned_parameters():
    # The lesson's point: parameters are created once, then only updated.
    X = np.array([[-2.0, -1.0, 1.0, 2.0]])
    y = np.array([0.0, 0.0, 1.0, 1.0])
    neuron = ArtificialNeuron(rng=0)
    first = neuron.gradients(X, y).loss
    for _ in range(50):
        neuron.step(neuron.gradients(X, y), lr=1.0)
    learned_w, learned_b = neuron.w.copy(), float(neuron.b)
    a = neuron.forward(X)
    np.testing.assert_array_equal(neuron.w, learned_w)  # forward did not re-draw them
    np.testing.assert_allclose(a, 1 / (1 + np.exp(-(X.T @ learned_w + learned_b))), rtol=1e-14)
    assert neuron.gradients(X, y).loss < first / 5
