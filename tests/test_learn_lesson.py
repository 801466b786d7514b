"""The Learn page's pure helpers: the Try it claims hold, the landscape and the update are the
neuron's own numbers, CSV files become runs or messages, the formulas say what they compute."""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import pytest

from i18n import catalogue, t
from lesson import learn
from lesson.datasets import CsvProblem, make_dataset
from neuron import ArtificialNeuron


def experiment(name: str) -> learn.LearnRun:
    values = {key.removeprefix("ln_"): value for key, value in learn.EXPERIMENTS[name].items()}
    values["n_samples"] = values.pop("samples")
    return learn.run(learn.Settings(**values))


def test_a_rate_too_high_makes_the_loss_jump_and_end_higher():
    high = experiment("rate_high")
    calm = learn.run(learn.Settings(**{**high.settings.__dict__, "lr": "0.5"}))
    ups = np.sum(np.diff(high.history.epoch_loss) > 0)
    assert ups >= 8  # of 19 epoch-to-epoch changes
    assert high.final_loss > calm.final_loss + 0.05
    assert abs(calm.final_loss - 0.39) < 0.01  # the reason's "settles near 0.39"


def test_xor_stalls_near_ln_2():
    run = experiment("xor")
    assert abs(run.final_loss - math.log(2)) < 0.01
    assert run.final_accuracy <= 0.75
    assert learn.stalled(run)


def test_batch_size_1_is_noisy_and_the_full_batch_smooth():
    noisy, smooth = experiment("batch_noise"), experiment("full_batch")
    jitter = [float(np.std(np.diff(run.history.loss))) for run in (noisy, smooth)]
    assert jitter[0] > 20 * jitter[1]
    assert np.all(np.diff(smooth.history.loss) <= 1e-12)  # full batch: never up


def test_mse_from_a_saturated_start_crawls_while_bce_escapes():
    mse, bce = experiment("mse_saturated"), experiment("bce_saturated")
    first, last = mse.history.epoch_loss[[0, -1]]
    assert last > 0.75 * first and mse.final_accuracy <= 0.6
    assert bce.history.epoch_loss[0] > 5 and bce.final_loss < 0.1


def test_the_reinit_bug_never_learns():
    run = experiment("bug")
    per_epoch = run.history.epoch_loss
    assert per_epoch[-5:].mean() > 0.8 * per_epoch[:5].mean()
    fixed = learn.run(learn.Settings(**{**run.settings.__dict__, "bug": False}))
    assert fixed.final_loss < 0.05 < run.final_loss


def test_bce_with_another_activation_trains_with_mse():
    assert learn.loss_for("bce", "tanh") == "mse" and learn.loss_for("bce", "sigmoid") == "bce"
    assert learn.run(learn.Settings(activation="relu")).loss == "mse"


def test_epochs_are_cut_to_the_step_limit():
    assert learn.epochs_for(100, 500, 1, False) == learn.MAX_STEPS // 500
    assert learn.epochs_for(20, 100, 8, False) == 20
    assert learn.epochs_for(3, 500, 1, True) == 3


def assert_same(got, expected, where="run"):
    """Equal to the last bit, through dataclasses, lists and arrays (dtype and shape too)."""
    if isinstance(expected, np.ndarray):
        assert isinstance(got, np.ndarray), where
        assert got.dtype == expected.dtype and got.shape == expected.shape, where
        np.testing.assert_array_equal(got, expected, err_msg=where)
    elif dataclasses.is_dataclass(expected):
        assert type(got) is type(expected), where
        for field in dataclasses.fields(expected):
            assert_same(getattr(got, field.name), getattr(expected, field.name),
                        f"{where}.{field.name}")
    elif isinstance(expected, list | tuple):
        assert len(got) == len(expected), where
        for i, (a, b) in enumerate(zip(got, expected, strict=True)):
            assert_same(a, b, f"{where}[{i}]")
    else:
        assert got == expected, where


@pytest.mark.parametrize("kwargs", [
    {}, {"data": "xor", "batch": "full"}, {"data": "line1d", "loss": "mse"},
    {"drop_last": True, "batch": "32", "n_samples": 70},
    {"n_samples": 500, "batch": "1"},  # cut to the step limit
    # Runs that stop (non-finite) at step 79 (epoch 7 of 13 steps) and 105.
    {"activation": "identity", "loss": "mse", "lr": "10"},
    {"activation": "relu", "loss": "mse", "lr": "10", "start": "saturated"},
])
@pytest.mark.parametrize("epochs", [1, 6, 7, 10, 11, 37, 100])
def test_a_run_cut_from_a_longer_one_is_the_run_itself(kwargs, epochs):
    settings = learn.Settings(epochs=epochs, **kwargs)
    whole = learn.run(learn.longer(settings))
    assert whole.settings.epochs in learn.EPOCH_ROUNDS and whole.settings.epochs >= epochs
    assert_same(learn.cut(whole, settings), learn.run(settings))


def test_only_a_longer_run_of_the_same_settings_is_cut():
    settings = learn.Settings(epochs=12)
    assert learn.longer(learn.Settings(bug=True, epochs=12)).epochs == 12  # see `longer`
    for whole in (learn.Settings(epochs=10), learn.Settings(epochs=50, lr="0.1"),
                  learn.Settings(epochs=50, bug=True)):
        with pytest.raises(ValueError, match="differ in epochs only"):
            learn.cut(learn.run(whole), dataclasses.replace(settings, bug=whole.bug))


def test_the_landscape_is_the_neurons_loss_over_the_data_set():
    for data in ("line1d", "blobs"):
        run = learn.run(learn.Settings(data=data, loss="bce"))
        land, d = run.landscape, run.data
        i, j = 7, 29
        if data == "line1d":
            neuron = ArtificialNeuron(w=[land.grid_x[j]], b=land.grid_y[i])
        else:
            neuron = ArtificialNeuron(w=[land.grid_x[j], land.grid_y[i]],
                                      b=run.history.b[-1])
        want = neuron.gradients(d.X, d.y, loss="bce").loss
        assert land.loss[i, j] == pytest.approx(want, rel=1e-6)
        assert land.grid_x.min() <= land.path_x.min() and land.path_x.max() <= land.grid_x.max()


def test_the_update_is_the_neurons_gradient_step():
    run = learn.run(learn.Settings())
    update = learn.update_at(run, 5)
    h, d = run.history, run.data
    idx = h.batches[5]
    a = 1 / (1 + np.exp(-(d.X[:, idx].T @ h.w[5] + h.b[5])))
    np.testing.assert_allclose(update.dL_dz[:, 0], a - d.y[idx, 0], rtol=1e-12)
    dw = d.X[:, idx] @ (a - d.y[idx, 0]) / len(idx)
    np.testing.assert_allclose(update.dw, dw, rtol=1e-10)
    np.testing.assert_allclose(update.w_new, h.w[5] - 0.5 * dw, rtol=1e-10)
    assert learn.update_at(run, run.n_steps) is None


def test_the_formulas_show_numbers_and_shapes():
    from lesson import learn_formulas as formulas

    run = learn.run(learn.Settings(batch="4"))
    update = learn.update_at(run, 0)
    assert r"_{(4,\,1)}" in formulas.dz_formula(update, "bce", "sigmoid")
    assert r"\sigma'(z)" in formulas.dz_formula(update, "mse", "sigmoid")
    assert r"_{(2,\,1)}" in formulas.dw_formula(update)
    assert r"\leftarrow" in formulas.step_formula(update)


GOOD_CSV = b"x1,x2,label\n0,0,0\n1,0,0\n0,1,1\n1,1,1\n0.5,0.2,0\n0.3,0.9,1\n"


def test_an_uploaded_csv_is_trained_on():
    run = learn.run(learn.Settings(data=learn.OWN_DATA, csv=GOOD_CSV, batch="full"))
    assert isinstance(run, learn.LearnRun)
    np.testing.assert_array_equal(run.data.X[:, 2], [0, 1])
    assert run.data.X.shape == (2, 6) and run.batch_size == 6


@pytest.mark.parametrize(("data", "code", "row"), [
    (b"x1,x2,label\n1,2,0\n3,abc,1\n", "not_a_number", 3),
    (b"x1,x2,label\n1,2,0\n3,4,7\n", "label", 3),
    (b"x1,x2,label\n1,2,0\n3,nan,1\n", "not_finite", 3),
    (b"x1,x2\n1,2\n", "columns", 1),
    (b"\xff\xfe\x00", "not_utf8", 1),
    (b"", "empty", None),
    (b"x1,x2,label\n1,2,0\n3,4,0\n", "one_class", None),
])
def test_a_bad_csv_gives_its_problem_and_a_message_in_both_languages(data, code, row):
    problem = learn.run(learn.Settings(data=learn.OWN_DATA, csv=data))
    assert isinstance(problem, CsvProblem) and problem.code == code and problem.row == row
    key, values = learn.csv_problem(problem)
    for lang in ("en", "ko"):
        text = t(lang, key, **values)
        assert str(row) in text if row is not None else text


def test_every_csv_problem_has_its_message():
    for code in (*learn.CSV_CODES, "other"):
        assert f"learn.csv_{code}" in catalogue("en") and f"learn.csv_{code}" in catalogue("ko")
    key, _ = learn.csv_problem(CsvProblem("something_new", 4, None, ""))
    assert key == "learn.csv_other"


def test_settings_keys_tell_settings_apart():
    base = learn.Settings()
    assert base.cache_key() == learn.Settings().cache_key()
    others = [learn.Settings(lr="0.2"), learn.Settings(seed=1), learn.Settings(bug=True),
              learn.Settings(data=learn.OWN_DATA, csv=GOOD_CSV),
              learn.Settings(data=learn.OWN_DATA, csv=GOOD_CSV + b"0,0,0\n")]
    assert len({s.cache_key() for s in [base, *others]}) == 6


def test_the_toy_sets_are_the_ones_the_page_draws():
    run = learn.run(learn.Settings(data="and", n_samples=40, noise=0.1, seed=4))
    d = make_dataset("and", 40, 0.1, 4)
    np.testing.assert_array_equal(run.data.X, d.X)


def test_a_diverged_runs_landscape_frames_the_start_of_its_path():
    run = learn.run(learn.Settings(activation="identity", loss="mse", lr=10))
    assert run.history.stopped is not None
    land = run.landscape
    w0 = run.history.w[0]
    # The start is in view, and the view is a few units wide, not ±1e6 …
    assert land.grid_x.min() < w0[0] < land.grid_x.max()
    assert land.grid_y.min() < w0[1] < land.grid_y.max()
    assert np.ptp(land.grid_x) < 1e3 and np.ptp(land.grid_y) < 1e3
    # … so the map shows the loss's shape there (a bowl, not one flat colour).
    assert float(land.loss.max()) > 10 * float(land.loss.min())
    assert land.loss.max() < np.finfo(np.float32).max / 10
    # The path still runs on to where training stopped (out of the view).
    assert np.abs(land.path_x).max() > land.grid_x.max()
