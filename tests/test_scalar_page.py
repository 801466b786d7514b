"""The scalar page shows what `neuron` computes, follows its controls and its URL."""

import contextlib
import io

import numpy as np
import pytest

from lesson.data import INPUT_SCALE, random_scalar_input, random_scalar_parameters
from lesson.scalar import slider_input, slider_parameters
from neuron import ACTIVATIONS, ArtificialNeuron
from tests.helpers import app, chart, decode, formula_result, notices

PAGE = "pages/scalar.py"


def scalar(query=None):
    at = app(query, page=PAGE)
    assert not at.exception
    return at


def shown(at):
    """The z and a written in the page's formulas."""
    return tuple(formula_result(tex) for tex in formulas(at))


def formulas(at):
    """The LaTeX of the page's formulas, without Streamlit's `$$` fences."""
    return [latex.value.strip().strip("$").strip() for latex in at.latex]


def test_opens_on_the_lesson_example():
    at = scalar()
    assert (at.slider(key="x").value, at.slider(key="w").value, at.slider(key="b").value) == (
        3.0, 5.0, -1.0)
    assert shown(at) == ("14", "0.99999917")
    assert formulas(at)[0] == (
        r"\begin{aligned} z &= x \cdot w + b \\ &= 3 \cdot 5 + (-1) \\ &= 14 \end{aligned}"
    )


def test_moving_w_changes_formulas_and_charts_to_the_neurons_numbers():
    at = scalar()
    at.slider(key="w").set_value(-0.75).run()
    trace = ArtificialNeuron(w=-0.75, b=-1.0).forward_trace(3.0)
    assert float(trace.z) == pytest.approx(-3.25)
    assert shown(at) == ("-3.25", f"{float(trace.a):.8g}")

    line = chart(at, "scalar_affine")["data"]
    xs, zs = decode(line[0]["x"]), decode(line[0]["y"])
    np.testing.assert_allclose(zs, -0.75 * xs - 1.0, rtol=1e-12, atol=1e-12)
    assert (line[1]["x"][0], line[1]["y"][0]) == pytest.approx((3.0, -3.25))

    curve = chart(at, "scalar_activation")["data"]
    z_grid, a_grid = decode(curve[0]["x"]), decode(curve[0]["y"])
    np.testing.assert_allclose(a_grid, 1 / (1 + np.exp(-z_grid)), rtol=1e-12)
    marker = curve[-1]
    assert marker["x"][0] == pytest.approx(-3.25)
    assert marker["y"][0] == pytest.approx(1 / (1 + np.exp(3.25)), rel=1e-12)


def test_url_reproduces_the_view():
    at = scalar({"x": "-2", "w": "1.5", "b": "0.25", "activation": "tanh"})
    assert shown(at) == ("-2.75", f"{np.tanh(-2.75):.8g}")
    assert notices(at) == []


@pytest.mark.parametrize("name", list(ACTIVATIONS))
def test_every_activation_is_shown_with_its_derivative(name):
    at = scalar({"activation": name, "derivative": "true", "x": "-1.5"})
    g = ACTIVATIONS[name]
    z = 5.0 * -1.5 - 1.0
    assert shown(at)[1] == f"{float(g.fn(z)):.8g}"
    curve = chart(at, "scalar_activation")["data"]
    derivative = curve[1]
    np.testing.assert_allclose(decode(derivative["y"]), g.derivative(decode(derivative["x"])))


def test_saturation_is_pointed_out():
    at = scalar()  # sigmoid at z = 14: g'(z) ≈ 8.3e-07
    assert any("saturated" in info.value for info in at.info)
    at.slider(key="x").set_value(0.2).run()  # z = 0
    assert not any("saturated" in info.value for info in at.info)


def test_lesson_button_sets_3_5_minus_1():
    at = scalar({"x": "-4", "w": "2", "b": "1", "activation": "relu"})
    at.button(key="lesson_example").click().run()
    assert (at.slider(key="x").value, at.slider(key="w").value, at.slider(key="b").value) == (
        3.0, 5.0, -1.0)
    assert at.selectbox(key="activation").value == "sigmoid"
    assert shown(at) == ("14", "0.99999917")


def test_random_parameters_follow_the_seed():
    at = scalar({"seed": "7"})
    at.button(key="random_parameters").click().run()
    first = {"w": at.slider(key="w").value, "b": at.slider(key="b").value}
    assert first == slider_parameters(7, 0)
    at.button(key="random_parameters").click().run()
    second = {"w": at.slider(key="w").value, "b": at.slider(key="b").value}
    assert second == slider_parameters(7, 1) != first

    again = scalar({"seed": "7"})
    again.button(key="random_parameters").click().run()
    assert {"w": again.slider(key="w").value, "b": again.slider(key="b").value} == first


def test_random_input_follows_the_seed_and_feeds_the_neuron():
    at = scalar({"seed": "3", "lang": "en"})
    at.button(key="random_input").click().run()
    first, drawn = slider_input(3, 0)
    assert at.slider(key="x").value == first["x"] == round(random_scalar_input(3, 0), 1)
    # the formulas use the new x with the unchanged w = 5, b = -1
    assert shown(at)[0] == f"{first['x'] * 5.0 - 1.0:.6g}"
    captions = " ".join(c.value for c in at.caption)
    assert f"gave {drawn:.6g}." in captions
    # the neuron gets the slider's x, not the draw: the caption says why they differ
    assert (f"The slider moves in steps of 0.1, so the neuron gets the nearest step, "
            f"x = {first['x']:g}.") in captions
    at.button(key="random_input").click().run()
    assert at.slider(key="x").value == slider_input(3, 1)[0]["x"]
    assert at.slider(key="w").value == 5.0  # the parameters are the neuron's: untouched


def test_a_new_seed_starts_the_draws_again():
    at = scalar({"seed": "0", "lang": "en"})
    at.button(key="random_parameters").click().run()
    at.button(key="random_input").click().run()
    at.number_input(key="seed").set_value(7).run()
    assert not " ".join(c.value for c in at.caption).count("draw number")  # counts restart
    at.button(key="random_parameters").click().run()
    at.button(key="random_input").click().run()
    # the first draws of seed 7, as a reader opening seed 7 afresh gets them
    assert {"w": at.slider(key="w").value, "b": at.slider(key="b").value} == slider_parameters(
        7, 0)
    assert at.slider(key="x").value == slider_input(7, 0)[0]["x"]
    assert "draw number 1 from N(0, 5²) with seed 7" in " ".join(c.value for c in at.caption)


def test_random_inputs_are_normal_with_sd_5_and_independent_of_the_parameters():
    xs = np.array([random_scalar_input(11, draw) for draw in range(400)])
    assert abs(xs.mean()) < 0.6 and 4.5 < xs.std() < 5.5  # N(0, 5): sd 5, mean 0 (±2.4σ/√n)
    ws = np.array([random_scalar_parameters(11, draw)[0] for draw in range(400)])
    assert abs(np.corrcoef(xs, ws)[0, 1]) < 0.15  # not x = 5·w from one shared stream
    assert xs[0] != INPUT_SCALE * ws[0]


def test_a_random_input_beyond_the_slider_is_clipped_and_said():
    seed = next(s for s in range(200) if abs(random_scalar_input(s, 0)) > 10)
    at = scalar({"seed": str(seed), "lang": "en"})
    at.button(key="random_input").click().run()
    drawn = random_scalar_input(seed, 0)
    assert at.slider(key="x").value == (10.0 if drawn > 0 else -10.0)
    captions = " ".join(c.value for c in at.caption)
    assert f"gave {drawn:.6g}." in captions
    used = at.slider(key="x").value
    assert f"The slider stops at ±10, so the neuron gets x = {used:g}." in captions
    assert not at.exception


@pytest.mark.parametrize(
    ("query", "key", "fallback"),
    [
        ({"w": "abc"}, "w", 5.0),
        ({"w": "1e400"}, "w", 5.0),
        ({"w": "nan"}, "w", 5.0),
        ({"x": "-99999"}, "x", 3.0),
        ({"activation": "evil"}, "activation", "sigmoid"),
    ],
)
def test_bad_url_values_give_a_notice_and_a_safe_default(query, key, fallback):
    at = scalar(query)
    widget = at.selectbox(key=key) if key == "activation" else at.slider(key=key)
    assert widget.value == fallback
    [notice] = notices(at)
    assert f"`{key}={query[key]}`" in notice
    assert shown(at) == ("14", "0.99999917")


def test_korean_labels():
    at = scalar({"lang": "ko"})
    assert at.slider(key="w").label == "가중치 w"
    assert at.title[0].value.startswith("스칼라 뉴런")


def test_the_code_panel_prints_the_numbers_on_the_page():
    at = scalar({"x": "-2.3", "w": "0.47", "b": "1.21", "activation": "leaky_relu",
                 "code": "true"})
    [code] = at.code
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code.value, "<code panel>", "exec"), {})
    z, a = shown(at)
    assert out.getvalue().splitlines() == [f"z = {z}", f"a = {a}"]


def test_boxes_open_from_the_url_and_a_bad_value_is_explained():
    at = scalar({"code": "true", "try": "true"})
    assert len(at.code) == 1 and at.button(key="scalar_try_saturate")
    closed = scalar()
    assert len(closed.code) == 0  # a closed box writes nothing
    bad = scalar({"code": "maybe", "derivative": "yes"})
    assert len(bad.code) == 0
    [notice] = notices(bad)
    assert "`code=maybe` is not one of true, false; using false instead" in notice
    assert "`derivative=yes` is not one of true, false; using false instead" in notice
