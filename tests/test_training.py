"""train(): the History's shapes, its numbers replayed step by step, and what learning can do."""

import warnings

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from neuron import ArtificialNeuron, History, iter_batches, n_batches, train
from neuron.activations import sigmoid


def blobs(n: int = 40, seed: int = 0, gap: float = 3.0):
    """Two well separated blobs in 2-D, n samples each; X (2, 2n), y (2n,)."""
    rng = np.random.default_rng(seed)
    X = np.concatenate([rng.normal(-gap, 0.7, (2, n)), rng.normal(gap, 0.7, (2, n))], axis=1)
    return X, np.repeat([0.0, 1.0], n)


XOR_X = np.array([[0.0, 0.0, 1.0, 1.0], [0.0, 1.0, 0.0, 1.0]])
XOR_Y = np.array([0.0, 1.0, 1.0, 0.0])


def no_warnings(function, *args, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return function(*args, **kwargs)


# --- shapes and batches ---------------------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(
    n_features=st.integers(1, 3),
    n_samples=st.integers(1, 30),
    batch_size=st.integers(1, 35),
    epochs=st.integers(0, 4),
    shuffle=st.booleans(),
    drop_last=st.booleans(),
    seed=st.integers(0, 1000),
)
def test_history_shapes(n_features, n_samples, batch_size, epochs, shuffle, drop_last, seed):
    if drop_last and batch_size > n_samples and epochs:
        return  # no batch at all: an error, tested below
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n_features, n_samples))
    y = rng.integers(0, 2, n_samples).astype(float)
    history = train(
        ArtificialNeuron(rng=seed),
        X,
        y,
        batch_size=batch_size,
        epochs=epochs,
        shuffle=shuffle,
        drop_last=drop_last,
        rng=seed,
    )
    steps = epochs * n_batches(n_samples, batch_size, drop_last)
    assert isinstance(history, History) and history.stopped is None
    assert history.n_steps == steps and history.stopped_at is None
    assert history.w.shape == (steps + 1, n_features) and history.b.shape == (steps + 1,)
    for name in ("loss", "accuracy", "epoch", "db"):
        assert getattr(history, name).shape == (steps,), name
    assert history.dw.shape == (steps, n_features)
    assert history.epoch_loss.shape == (epochs,)
    assert len(history.batches) == steps
    per_epoch = steps // epochs if epochs else 0
    np.testing.assert_array_equal(history.epoch, np.repeat(np.arange(epochs), per_epoch))
    for e in range(epochs):
        seen = np.concatenate(history.batches[e * per_epoch : (e + 1) * per_epoch])
        assert len(set(seen.tolist())) == len(seen)  # no sample twice in one epoch
        sizes = [len(batch) for batch in history.batches[e * per_epoch : (e + 1) * per_epoch]]
        assert sizes[:-1] == [batch_size] * (per_epoch - 1)
        assert sizes[-1] == (batch_size if drop_last else n_samples - batch_size * (per_epoch - 1))
        if not drop_last:
            assert sorted(seen.tolist()) == list(range(n_samples))
        if not shuffle:
            np.testing.assert_array_equal(seen, np.arange(len(seen)))
    for name in ("w", "b", "loss", "accuracy", "epoch_loss", "dw", "db", "epoch"):
        assert np.isfinite(getattr(history, name)).all(), name
        assert not getattr(history, name).flags.writeable, name
    assert all(not batch.flags.writeable for batch in history.batches)


def test_batches_are_iter_batches_over_a_fresh_permutation_each_epoch():
    X, y = blobs(n=13)
    history = train(ArtificialNeuron(rng=1), X, y, batch_size=5, epochs=3, rng=42)
    generator = np.random.default_rng(42)
    expected = []
    for _ in range(3):
        order = generator.permutation(26)
        expected += [batch.X[0] for batch in iter_batches(order[np.newaxis], 5, drop_last=False)]
    assert len(history.batches) == len(expected) == 18
    for got, want in zip(history.batches, expected, strict=True):
        np.testing.assert_array_equal(got, want)


def test_every_step_replays_with_gradients_and_step():
    X, y = blobs(n=10, seed=3)
    model = ArtificialNeuron(rng=7)
    history = train(model, X, y, lr=0.3, batch_size=6, epochs=3, rng=0)
    replay = ArtificialNeuron(rng=7)
    replay.forward(X)  # the same first parameters, drawn the same way
    np.testing.assert_array_equal(history.w[0], replay.w[:, 0])
    for k, batch in enumerate(history.batches):
        np.testing.assert_allclose(history.w[k], replay.w[:, 0], rtol=1e-13)
        grads = replay.gradients(X[:, batch], y[batch])
        assert history.loss[k] == pytest.approx(grads.loss, rel=1e-13)
        np.testing.assert_allclose(history.dw[k], grads.dw[:, 0], rtol=1e-12, atol=1e-16)
        assert history.db[k] == pytest.approx(float(grads.db), rel=1e-12, abs=1e-16)
        correct = (grads.a[:, 0] >= 0.5) == (y[batch] == 1)
        assert history.accuracy[k] == correct.mean()
        replay.step(grads, 0.3)
    np.testing.assert_allclose(history.w[-1], replay.w[:, 0], rtol=1e-12)
    np.testing.assert_allclose(model.w[:, 0], history.w[-1], rtol=0)
    assert float(model.b) == history.b[-1]
    for e in range(3):
        assert history.epoch_loss[e] == pytest.approx(history.loss[history.epoch == e].mean())


def test_the_model_keeps_what_it_learned():
    X, y = blobs()
    model = ArtificialNeuron(rng=0)
    history = train(model, X, y, lr=0.5, epochs=5, rng=0)
    a = model.forward(X)  # forward does not re-draw the parameters
    np.testing.assert_array_equal(model.w[:, 0], history.w[-1])
    np.testing.assert_allclose(a[:, 0], sigmoid(X.T @ history.w[-1] + history.b[-1]), rtol=1e-14)
    again = train(model, X, y, lr=0.5, epochs=1, rng=1)  # training on continues from there
    np.testing.assert_array_equal(again.w[0], history.w[-1])


def test_repr_is_short_and_informative():
    X, y = blobs(n=10)
    history = train(ArtificialNeuron(rng=0), X, y, batch_size=5, epochs=2, rng=0)
    assert repr(history) == (
        f"History(n_steps=8, n_features=2, epochs_done=2, last_loss={history.loss[-1]:.4g})"
    )
    stopped = train(ArtificialNeuron([1e308, 0.0], 0.0, "identity"), X, y, loss="mse")
    assert repr(stopped).endswith("last_loss=None, stopped='non_finite' at 0)")


# --- what one neuron can and cannot learn ---------------------------------------------------


@pytest.mark.parametrize("batch_size", [1, 8, 80])
def test_separable_data_reaches_full_accuracy(batch_size):
    X, y = blobs()
    model = ArtificialNeuron(rng=3)
    history = train(model, X, y, lr=0.5, batch_size=batch_size, epochs=30, rng=0)
    assert np.mean((model.forward(X)[:, 0] >= 0.5) == (y == 1)) == 1.0
    assert history.accuracy[-1] == 1.0
    assert history.epoch_loss[-1] < history.epoch_loss[0] / 4


@pytest.mark.parametrize(
    ("activation", "loss"),
    [("sigmoid", "bce"), ("sigmoid", "mse"), ("tanh", "mse"), ("identity", "mse")],
)
@pytest.mark.parametrize("seed", range(5))
def test_xor_never_exceeds_three_of_four(activation, loss, seed):
    model = ArtificialNeuron(activation=activation, rng=seed)
    history = train(model, XOR_X, XOR_Y, loss=loss, lr=0.5, batch_size=4, epochs=300, rng=seed)
    assert history.accuracy.max() <= 0.75  # no line puts (0,0),(1,1) apart from (0,1),(1,0)
    assert np.mean((model.forward(XOR_X)[:, 0] >= 0.5) == (XOR_Y == 1)) <= 0.75


def test_xor_stalls_near_log_2_with_bce():
    history = train(ArtificialNeuron(rng=0), XOR_X, XOR_Y, lr=0.5, batch_size=4, epochs=2000)
    assert history.loss[-1] == pytest.approx(np.log(2), abs=1e-3)


# --- reproducibility ------------------------------------------------------------------------


def test_a_seed_reproduces_the_whole_history():
    X, y = blobs()
    first = train(ArtificialNeuron(rng=5), X, y, batch_size=7, epochs=4, rng=11)
    second = train(ArtificialNeuron(rng=5), X, y, batch_size=7, epochs=4, rng=11)
    for name in ("w", "b", "loss", "accuracy", "epoch", "epoch_loss", "dw", "db"):
        np.testing.assert_array_equal(getattr(first, name), getattr(second, name))
    for a, b in zip(first.batches, second.batches, strict=True):
        np.testing.assert_array_equal(a, b)
    other = train(ArtificialNeuron(rng=5), X, y, batch_size=7, epochs=4, rng=12)
    assert not np.array_equal(other.batches[0], first.batches[0])
    generator = np.random.default_rng(11)
    third = train(ArtificialNeuron(rng=5), X, y, batch_size=7, epochs=4, rng=generator)
    np.testing.assert_array_equal(third.w, first.w)


# --- the re-initialisation bug --------------------------------------------------------------


def test_reinit_each_step_throws_every_update_away():
    X, y = blobs()
    model = ArtificialNeuron(rng=9)
    history = train(model, X, y, lr=0.5, batch_size=8, epochs=10, rng=0, reinit_each_step=True)
    draws = np.random.default_rng(9)
    draws.standard_normal((2, 1))  # the first parameters, drawn before the loop
    draws.standard_normal(())
    for k in range(history.n_steps):  # every step starts from brand-new random parameters
        w, b = draws.standard_normal((2, 1)), draws.standard_normal(())
        np.testing.assert_array_equal(history.w[k], w[:, 0])
        assert history.b[k] == b


@pytest.mark.parametrize("seed", range(4))
def test_reinit_bug_never_improves_the_loss(seed):
    X, y = blobs(seed=seed)
    fixed = train(ArtificialNeuron(rng=seed), X, y, lr=0.5, epochs=20, rng=seed)
    buggy = train(
        ArtificialNeuron(rng=seed), X, y, lr=0.5, epochs=20, rng=seed, reinit_each_step=True
    )
    assert fixed.epoch_loss[-1] < 0.05
    # Each epoch's loss is just the average loss of random parameters: no trend, no progress.
    assert buggy.epoch_loss.min() > 20 * fixed.epoch_loss[-1]
    first, last = buggy.epoch_loss[:10].mean(), buggy.epoch_loss[10:].mean()
    assert last > 0.5 * first


# --- overflow and extreme settings ----------------------------------------------------------


def test_identity_mse_with_a_huge_rate_stops_cleanly():
    X, y = blobs()
    model = ArtificialNeuron(activation="identity", rng=0)
    history = no_warnings(train, model, X, y, loss="mse", lr=10, epochs=50, rng=0)
    assert history.stopped == "non_finite"
    k = history.stopped_at
    assert 0 < k < 50 * 10 and history.n_steps == k
    assert history.w.shape == (k + 1, 2) and len(history.batches) == k
    for name in ("w", "b", "loss", "accuracy", "epoch_loss", "dw", "db"):
        assert np.isfinite(getattr(history, name)).all(), name
    assert history.epoch_loss.shape == (k // 10,)  # complete epochs only (10 steps each)
    np.testing.assert_array_equal(model.w[:, 0], history.w[-1])  # the model stays usable
    assert np.isfinite(model.forward(X)).all()
    assert history.loss[-1] > 1e100  # it was diverging


@pytest.mark.parametrize("w", [50.0, -50.0])
@pytest.mark.parametrize(
    ("activation", "loss"),
    [
        ("sigmoid", "bce"),
        ("sigmoid", "mse"),
        ("tanh", "mse"),
        ("relu", "mse"),
        ("leaky_relu", "mse"),
        ("identity", "mse"),
    ],
)
def test_extreme_weights_and_rates_give_no_warning_and_no_nan(w, activation, loss):
    X, y = blobs(n=20)
    model = ArtificialNeuron([w, w], -w, activation)
    history = no_warnings(train, model, X, y, loss=loss, lr=10, batch_size=4, epochs=20, rng=0)
    for name in ("w", "b", "loss", "accuracy", "epoch_loss", "dw", "db"):
        assert np.isfinite(getattr(history, name)).all(), name
    assert np.isfinite(model.w).all() and np.isfinite(model.b)
    assert history.stopped in (None, "non_finite")


def test_parameters_too_large_to_start_stop_at_step_zero():
    model = ArtificialNeuron([1e308, 1e308], 0.0, activation="identity")
    history = no_warnings(train, model, np.ones((2, 4)), [0, 1, 0, 1], loss="mse", rng=0)
    assert (history.stopped, history.stopped_at, history.n_steps) == ("non_finite", 0, 0)
    np.testing.assert_array_equal(history.w, [[1e308, 1e308]])
    assert history.epoch_loss.shape == (0,)


def test_a_z_that_could_overflow_stops_training_even_with_a_finite_loss():
    # sigmoid + MSE saturates: z = 1e308 would give a = 1 and a finite loss, and the neuron
    # would be left with weights whose next forward overflows. Training refuses to go there.
    X = np.array([[50.0, -50.0, 1.0], [0.0, 1.0, 2.0]])
    model = ArtificialNeuron([1e306, 0.0], 0.0)
    history = no_warnings(train, model, X, [1, 0, 1], loss="mse", rng=0)
    assert (history.stopped, history.stopped_at, history.n_steps) == ("non_finite", 0, 0)
    near = ArtificialNeuron([1e304, 0.0], 0.0)  # sum|w| * max|x| = 5e305: still safe
    assert no_warnings(train, near, X, [1, 0, 1], loss="mse", epochs=2, rng=0).stopped is None
    assert np.isfinite(near.forward(X)).all()


# --- the scalar neuron ----------------------------------------------------------------------


def test_the_scalar_neuron_learns_where_to_put_its_step():
    x = np.linspace(-3, 3, 20)
    y = (x > 1.0).astype(float)
    model = ArtificialNeuron(w=1.0, b=0.0)
    history = train(model, x, y, lr=1.0, batch_size=20, epochs=500)
    assert history.w.shape == (501, 1) and model.w.shape == () and model.is_scalar
    assert float(-model.b / model.w) == pytest.approx(1.0, abs=0.2)  # a = 0.5 at x = -b/w
    column = ArtificialNeuron(w=[1.0], b=0.0)
    same = train(column, x[np.newaxis], y, lr=1.0, batch_size=20, epochs=500)
    np.testing.assert_allclose(same.w, history.w, rtol=1e-12)


# --- argument checks ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "error", "words"),
    [
        ({"lr": 0}, ValueError, "lr must be a positive finite"),
        ({"lr": "big"}, TypeError, "lr must be a number"),
        ({"epochs": -1}, ValueError, "epochs must be at least 0"),
        ({"epochs": 2.5}, TypeError, "epochs must be an integer"),
        ({"batch_size": 0}, ValueError, "batch_size must be at least 1"),
        ({"batch_size": 50, "drop_last": True}, ValueError, "leaves no batch"),
        ({"shuffle": "yes"}, TypeError, "shuffle must be True or False"),
        ({"drop_last": None}, TypeError, "drop_last must be True or False"),
        ({"reinit_each_step": 1}, TypeError, "reinit_each_step must be True or False"),
        ({"loss": "hinge"}, ValueError, "unknown loss"),
        ({"y": [0, 1, 2] * 10}, ValueError, "only the labels 0 or 1"),
        ({"y": [0, 1]}, ValueError, r"y must have shape \(30,\)"),
        ({"X": np.ones((30, 2))}, ValueError, "samples are in rows"),
        ({"X": np.full((2, 30), np.nan)}, ValueError, "X must contain only finite"),
    ],
)
def test_bad_arguments_fail_before_anything_changes(kwargs, error, words):
    rng = np.random.default_rng(0)
    args = {"X": rng.normal(size=(2, 30)), "y": rng.integers(0, 2, 30)}
    args.update({k: kwargs.pop(k) for k in ("X", "y") if k in kwargs})
    model = ArtificialNeuron(rng=0)
    model.forward(np.zeros(2))
    w = model.w.copy()
    with pytest.raises(error, match=words):
        train(model, args["X"], args["y"], **kwargs)
    np.testing.assert_array_equal(model.w, w)


def test_one_dimensional_x_for_a_vector_neuron_gets_a_hint():
    with pytest.raises(ValueError, match=r"read as ONE sample.*X.reshape\(1, -1\)"):
        train(ArtificialNeuron(rng=0), np.linspace(-1, 1, 6), [0, 0, 0, 1, 1, 1])


def test_bce_needs_sigmoid_and_model_must_be_a_neuron():
    with pytest.raises(ValueError, match="needs the 'sigmoid' activation"):
        train(ArtificialNeuron(activation="tanh"), np.ones((1, 3)), [0, 1, 1])
    with pytest.raises(TypeError, match="model must be an ArtificialNeuron"):
        train("neuron", np.ones((1, 3)), [0, 1, 1])
