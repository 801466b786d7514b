"""The scalar page's "Try it" experiments: each button sets what it says, and the reason it
then shows is true of the neuron."""

from __future__ import annotations

import numpy as np
import pytest

from lesson import scalar as spec
from lesson.scalar import EXPERIMENTS
from neuron import ACTIVATIONS, ArtificialNeuron
from tests.helpers import app, notices

PAGE = "pages/scalar.py"
DEFAULTS = {control.key: control.default
            for control in (spec.X, spec.W, spec.B, spec.ACTIVATION, spec.DERIVATIVE)}


def reasons(at) -> list[str]:
    return [box.value for box in at.success]


@pytest.mark.parametrize("name", list(EXPERIMENTS))
def test_each_button_sets_its_controls_and_shows_its_reason(name):
    at = app({"lang": "en"}, page=PAGE)
    assert reasons(at) == []  # the lesson example is none of the experiments
    at.button(key=f"scalar_try_{name}").click().run()
    assert not at.exception and notices(at) == []
    for key, value in EXPERIMENTS[name].items():
        widget = at.toggle(key=key) if isinstance(value, bool) else (
            at.selectbox(key=key) if isinstance(value, str) else at.slider(key=key))
        assert widget.value == value, key
        # In the URL too, so a copied link shows the experiment (a default value is left out).
        if value == DEFAULTS[key]:
            assert key not in at.query_params
            continue
        url = at.query_params[key]
        assert (url == str(value).lower() if isinstance(value, bool)
                else url == value if isinstance(value, str) else float(url) == value), key
    [reason] = reasons(at)
    assert reason.startswith(("z = x·0", "z = 32", "tanh(−2)", "At x = 0"))

    # Moving x on: the reason stays only where x is not part of the experiment.
    at.slider(key="x").set_value(at.slider(key="x").value + 1).run()
    assert bool(reasons(at)) == ("x" not in EXPERIMENTS[name])


def test_the_reasons_are_true_of_the_neuron():
    def neuron(name):
        setting = EXPERIMENTS[name]
        return ArtificialNeuron(w=setting["w"], b=setting["b"], activation=setting["activation"])

    xs = np.linspace(-10, 10, 21)
    np.testing.assert_array_equal(neuron("zero_weight").forward(xs), 0.5)  # x has no say
    assert "x" not in EXPERIMENTS["zero_weight"]  # the reader moves x to see it

    z = float(neuron("saturate").forward_trace(EXPERIMENTS["saturate"]["x"]).z)
    assert z == 32.0
    assert f"{float(ACTIVATIONS['sigmoid'].derivative(z)):.1e}" == "1.3e-14"

    z = float(neuron("negative_output").forward_trace(EXPERIMENTS["negative_output"]["x"]).z)
    assert z == -2.0 and round(float(np.tanh(z)), 2) == -0.96
    assert 0 < float(ACTIVATIONS["sigmoid"].fn(z)) < 1 and float(ACTIVATIONS["relu"].fn(z)) == 0

    trace = neuron("bias_is_intercept").forward_trace(0.0)
    assert float(trace.z) == EXPERIMENTS["bias_is_intercept"]["b"] == 3.0


def test_korean_experiments():
    at = app({"lang": "ko"}, page=PAGE)
    at.button(key="scalar_try_saturate").click().run()
    [reason] = reasons(at)
    assert "평평합니다" in reason
