"""One format per number: a value reads the same in boxes, answers, formulas and alt texts."""

import numpy as np
import pytest

from i18n import t
from lesson.formulas import activation_formula, output_text
from lesson.numbers import fmt, fmt_derivative, fmt_text, power_text
from tests.helpers import app


@pytest.mark.parametrize(("text", "shown"), [
    ("1.2656542e-14", "1.2656542·10⁻¹⁴"), ("1e-05", "10⁻⁵"), ("-2e-05", "-2·10⁻⁵"),
    ("1.23457e+06", "1.23457·10⁶"), ("0.25", "0.25"), ("14", "14"),
])
def test_powers_of_ten_are_written_for_a_reader(text, shown):
    assert power_text(text) == shown


def test_links_and_code_keep_the_python_form():
    assert fmt(1e-05) == "1e-05"  # read back by float(): URLs, the code panel
    assert float(fmt(1.2656542e-14, 8)) == 1.2656542e-14


def test_a_derivative_has_two_significant_digits():
    sigma = 1 / (1 + np.exp(-32.0))
    slope = sigma * (1 - sigma)  # 1.2656542e-14
    assert fmt_derivative(slope) == "1.3·10⁻¹⁴"
    assert fmt_derivative(0.25) == "0.25"
    assert fmt_text(slope, 8) == "1.2656542·10⁻¹⁴"


@pytest.mark.parametrize(("activation", "z", "shown"), [
    ("sigmoid", 32.0, "1 − 1.3·10⁻¹⁴"),  # 1 − σ(32) = σ(−32) = 1.2664e-14
    ("sigmoid", 50.0, "1 − 1.9·10⁻²²"),  # a is exactly 1.0 in float64, the gap is not 0
    ("tanh", 20.0, "1 − 8.5·10⁻¹⁸"),  # 1 − tanh(20) = 2 / (e⁴⁰ + 1)
    ("tanh", -20.0, "-1 + 8.5·10⁻¹⁸"),
    ("sigmoid", 14.0, "0.99999917"),
    ("sigmoid", -32.0, "1.2664166·10⁻¹⁴"),
    ("identity", 1.0, "1"),  # exactly 1: nothing to add
    ("relu", 3.0, "3"),
])
def test_an_output_that_rounds_to_one_says_how_far_it_is(activation, z, shown):
    a = {"sigmoid": 1 / (1 + np.exp(-z)), "tanh": np.tanh(z), "identity": z,
         "relu": max(z, 0.0)}[activation]
    assert output_text(activation, z, float(a)) == shown


def test_gap_is_independent_of_rounding():
    assert 1 / (1 + np.exp(50.0)) == pytest.approx(1.9287498e-22, rel=1e-7)
    assert 2 / (np.exp(40.0) + 1) == pytest.approx(8.4967e-18, rel=1e-4)


def test_the_formula_writes_the_gap_as_a_power():
    assert activation_formula("sigmoid", 32.0, 1 / (1 + np.exp(-32.0))).endswith(
        r"&= 1 - 1.3 \times 10^{-14} \end{aligned}")


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_saturation_box_and_the_answer_write_g_prime_alike(lang):
    at = app({"lang": lang, "try": "true"}, page="pages/scalar.py")
    at.button(key="scalar_try_saturate").click().run()
    assert not at.exception
    [box] = [i.value for i in at.info if "g'(z)" in i.value]
    answer = t(lang, "scalar.try_saturate_why")
    assert "g'(z) = 1.3·10⁻¹⁴" in box
    assert "g'(32) = 1.3·10⁻¹⁴" in answer
    assert "1 − 1.3·10⁻¹⁴" in answer
    formulas = " ".join(element.value for element in at.latex)
    assert r"1 - 1.3 \times 10^{-14}" in formulas  # not "a = 1"
    assert "e-14" not in " ".join(str(e.value) for e in at.info)
