"""Pure helpers: URL validation, number formatting, formulas, seeded draws."""

import numpy as np
import pytest

from lesson.controls import BoolControl, ChoiceControl, FloatControl, IntControl, check_url_value
from lesson.formulas import activation_formula, affine_formula
from lesson.numbers import fmt, fmt_out, fmt_signed
from lesson.scalar import B, W, slider_parameters, z_grid
from neuron import ArtificialNeuron

W_CONTROL = FloatControl("w", default=5.0, lo=-6.0, hi=6.0, step=0.01)
SEED_CONTROL = IntControl("seed", default=0, lo=0, hi=2**32 - 1)
ACT = ChoiceControl("activation", default="sigmoid", options=("sigmoid", "tanh"))


@pytest.mark.parametrize(
    ("control", "raw", "reason"),
    [
        (W_CONTROL, ["abc"], "not_a_number"),
        (W_CONTROL, ["1e400"], "not_finite"),
        (W_CONTROL, ["nan"], "not_finite"),
        (W_CONTROL, ["-inf"], "not_finite"),
        (W_CONTROL, ["-99999"], "out_of_range"),
        (W_CONTROL, [""], "not_a_number"),
        (SEED_CONTROL, ["-1"], "out_of_range"),
        (SEED_CONTROL, [str(10**30)], "out_of_range"),
        (ACT, ["evil"], "unknown_option"),
        (BoolControl("derivative", False), ["maybe"], "unknown_option"),
    ],
)
def test_bad_url_values_are_named_with_their_reason(control, raw, reason):
    problem = check_url_value(control, raw)
    assert problem is not None
    assert (problem.key, problem.given, problem.reason) == (control.key, raw[-1], reason)
    assert problem.used == control.default


@pytest.mark.parametrize(
    ("control", "raw"),
    [(W_CONTROL, []), (W_CONTROL, ["-6"]), (W_CONTROL, ["2.5"]), (SEED_CONTROL, ["4294967295"]),
     (ACT, ["tanh"]), (BoolControl("derivative", False), ["true"])],
)
def test_good_or_absent_url_values_pass(control, raw):
    assert check_url_value(control, raw) is None


def test_a_fractional_integer_is_cut_to_its_whole_part_as_streamlit_does():
    problem = check_url_value(SEED_CONTROL, ["2.5"])
    assert (problem.reason, problem.used) == ("not_an_integer", 2)


def test_the_last_of_repeated_values_counts():
    assert check_url_value(W_CONTROL, ["abc", "1"]) is None
    assert check_url_value(W_CONTROL, ["1", "abc"]).given == "abc"


@pytest.mark.parametrize(
    ("value", "text"),
    [(14.0, "14"), (-1.0, "-1"), (0.1 + 0.2, "0.3"), (-0.0, "0"), (1234567.0, "1.23457e+06")],
)
def test_fmt(value, text):
    assert fmt(value) == text


def test_fmt_out_and_signed():
    assert fmt_out(0.9999991684719722) == "0.99999917"
    assert fmt_signed(-1.0) == "(-1)"
    assert fmt_signed(2.5) == "2.5"


def test_formulas_show_the_lesson_numbers():
    assert affine_formula(3.0, 5.0, -1.0, 14.0) == (
        r"\begin{aligned} z &= x \cdot w + b \\ &= 3 \cdot 5 + (-1) \\ &= 14 \end{aligned}"
    )
    assert activation_formula("sigmoid", 14.0, 0.9999991684719722) == (
        r"\begin{aligned} a &= \sigma(z) = \sigma(14) \\ &= 0.99999917 \end{aligned}"
    )


def test_formulas_write_tiny_numbers_as_powers_of_ten():
    assert activation_formula("sigmoid", -11.88, 6.9275321e-06).endswith(
        r"&= 6.9275321 \times 10^{-6} \end{aligned}")
    assert affine_formula(1e-05, -2e-05, 0.5, 0.5).startswith(
        r"\begin{aligned} z &= x \cdot w + b \\ &= 1 \times 10^{-5} \cdot (-2 \times 10^{-5})")


def test_random_slider_parameters_are_the_neurons_own_draws():
    first = slider_parameters(seed=7, draw=0)
    again = slider_parameters(seed=7, draw=0)
    second = slider_parameters(seed=7, draw=1)
    assert first == again
    assert first != second
    rng = np.random.default_rng(7)
    w, b = rng.standard_normal(()), rng.standard_normal(())
    assert first == {"w": round(float(w), 2), "b": round(float(b), 2)}
    neuron = ArtificialNeuron(rng=7)
    neuron.forward(0.0)
    neuron.reset_parameters()
    assert second == {"w": round(float(neuron.w), 2), "b": round(float(neuron.b), 2)}
    assert W.lo <= second["w"] <= W.hi and B.lo <= second["b"] <= B.hi


def test_z_grid_contains_the_current_z_and_shows_saturation():
    grid = z_grid(14.0)
    assert grid[0] == -grid[-1]
    assert grid[-1] > 14.0
    assert z_grid(0.5)[-1] == 8.0


def test_activation_formula_of_one_sample_carries_its_index():
    assert activation_formula("tanh", 0.5, 0.46211716, index=3) == (
        r"\begin{aligned} a_{3} &= \tanh(z_{3}) = \tanh(0.5) \\ &= 0.46211716 \end{aligned}"
    )


def _draws(seed, n, count):
    """Independent of the neuron: the first `count` (w, b) that `default_rng(seed)` gives a
    neuron of `n` features, w (n, 1) first, then b (as `tests/test_vector_page.py` reads)."""
    rng = np.random.default_rng(seed)
    return [(rng.standard_normal((n, 1)), float(rng.standard_normal(()))) for _ in range(count)]


def _draw_used(resets, k, bug):
    """Which draw the k-th forward pass (1-based) uses: the lesson's rules, by hand. A neuron
    draws lazily on its first forward; each reset draws again (so r resets use draw r); with
    the bug every forward re-draws first (once drawn): pass k uses draw r + k, or k − 1 when
    the first forward made the first draw."""
    if not bug:
        return resets
    return resets + k if resets else k - 1


@pytest.mark.parametrize("bug", [False, True])
@pytest.mark.parametrize(("resets", "passes", "keep"),
                         [(0, 1, 10), (0, 50, 10), (3, 50, 10), (2, 7, 10), (1, 12, 3)])
def test_forward_history_shows_the_draws_the_lesson_predicts(bug, resets, passes, keep):
    from lesson.vector import forward_history, weight_history

    x = np.linspace(-1.0, 2.0, 6)
    drawn = _draws(11, 6, resets + passes + 1)
    shown = forward_history(x, "tanh", 11, resets, passes, bug, keep=keep)
    assert len(shown) == min(keep, passes)
    first = passes - len(shown) + 1
    for k, trace in enumerate(shown, start=first):
        w, b = drawn[_draw_used(resets, k, bug)]
        np.testing.assert_allclose(trace.w, w, rtol=1e-12)
        assert float(trace.b) == pytest.approx(b, rel=1e-12)
        np.testing.assert_allclose(trace.a, np.tanh(x @ w + b).reshape(1, 1), rtol=1e-12)
    ws, labels = weight_history(shown, passes)
    assert ws.shape == (6, len(shown))
    assert labels[-1] == f"#{passes}" and labels[0] == f"#{passes - len(shown) + 1}"
    # with the fix every shown pass has the same w; with the bug no two passes do
    distinct = {tuple(t.w[:, 0]) for t in shown}
    assert len(distinct) == (len(shown) if bug else 1)
