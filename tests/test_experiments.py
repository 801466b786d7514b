"""The "Try it" experiments of every page: each button sets what it says, and the reason it
then shows is true of the neuron."""

from __future__ import annotations

import json

import numpy as np
import pytest

from lesson import batch as batch_spec
from lesson import matrix as matrix_spec
from lesson import scalar as spec
from lesson import vector as vector_spec
from lesson.scalar import EXPERIMENTS
from neuron import ACTIVATIONS, ArtificialNeuron, batch_ranges, n_batches
from tests.helpers import app, decode, notices

PAGE = "pages/scalar.py"
DEFAULTS = {control.key: control.default
            for control in (spec.X, spec.W, spec.B, spec.ACTIVATION, spec.DERIVATIVE)}


def reasons(at) -> list[str]:
    """The experiments' reasons on the page (green boxes with a light bulb)."""
    return [box.value for box in at.success if box.icon == ":material/lightbulb:"]


@pytest.mark.parametrize("name", list(EXPERIMENTS))
def test_each_button_sets_its_controls_and_shows_its_reason(name):
    at = app({"lang": "en", "try": "true"}, page=PAGE)
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

    # Doing what the question asks (moving x, b, the activation…) keeps the answer: once
    # revealed, it stays until the reader hides it, closes the box or picks another one.
    at.slider(key="x").set_value(at.slider(key="x").value + 1).run()
    at.slider(key="b").set_value(at.slider(key="b").value - 1).run()
    at.selectbox(key="activation").set_value("relu").run()
    assert reasons(at) == [reason]
    at.button(key=f"scalar_try_{name}_hide").click().run()
    assert reasons(at) == []


def test_setting_up_another_experiment_replaces_the_answer():
    at = app({"lang": "en", "try": "true"}, page=PAGE)
    first, second = list(EXPERIMENTS)[:2]
    at.button(key=f"scalar_try_{first}").click().run()
    [shown] = reasons(at)
    at.button(key=f"scalar_try_{second}").click().run()
    [other] = reasons(at)
    assert other != shown  # only the one just picked


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
    at = app({"lang": "ko", "try": "true"}, page=PAGE)
    at.button(key="scalar_try_saturate").click().run()
    [reason] = reasons(at)
    assert "평평합니다" in reason


# --- the other pages' experiments ------------------------------------------------------------

OTHER_PAGES = {"vector": vector_spec, "matrix": matrix_spec, "batch": batch_spec}


def widget_value(at, key):
    for kind in ("slider", "toggle", "selectbox"):
        found = [w for w in getattr(at, kind) if w.key == key]
        if found:
            return found[0].value
    raise KeyError(key)


@pytest.mark.parametrize(("page", "name"), [
    (page, name) for page, module in OTHER_PAGES.items() for name in module.EXPERIMENTS])
def test_other_pages_buttons_set_their_controls_and_show_their_reason(page, name):
    box = {"vector": "v_try", "matrix": "m_try", "batch": "bl_try"}[page]
    query = {"lang": "en", box: "true"} | ({"bl_step": "5"} if page == "batch" else {})
    at = app(query, page=f"pages/{page}.py")
    assert reasons(at) == []
    at.button(key=f"{page}_try_{name}").click().run()
    assert not at.exception and notices(at) == []
    for key, value in OTHER_PAGES[page].EXPERIMENTS[name].items():
        if page == "matrix" and key == matrix_spec.SAMPLES.key and value == 1:
            assert widget_value(at, key) == 1  # and no sample slider is left to read
            continue
        assert widget_value(at, key) == value, key
    assert len(reasons(at)) == 1
    if page == "batch":
        assert at.query_params.get("bl_step", "0") == "0"  # back to batch 0


def test_vector_reasons_are_true():
    at = app({"lang": "en", "v_try": "true"}, page="pages/vector.py")
    at.button(key="vector_try_one_feature").click().run()
    shapes = next(md.value for md in at.markdown if md.value.startswith("#### "))
    assert "xᵀ (1×1)" in shapes and "w (1×1)" in shapes and "z (1×1)" in shapes

    at.button(key="vector_try_bug").click().run()
    for _ in range(3):
        at.button(key="v_forward").click().run()
    history = [c for c in at.get("plotly_chart") if "v_history" in c.proto.id]
    ws = decode(json.loads(history[0].proto.spec)["data"][0]["z"])
    assert ws.shape[1] == 4 and len({tuple(col) for col in ws.T}) == 4  # no two passes agree


def test_matrix_same_neuron_reason_is_true():
    at = app({"lang": "en", "m_try": "true"}, page="pages/matrix.py")
    at.button(key="matrix_try_same_neuron").click().run()
    X = matrix_spec.draw_X(0, matrix_spec.FEATURES.default, 6)
    whole = ArtificialNeuron(rng=0).forward_trace(X)
    alone = ArtificialNeuron(rng=0).forward_trace(X[:, 2])
    assert float(whole.z[2, 0]) == pytest.approx(float(alone.z[0, 0]), rel=1e-15)
    assert any("z_{2}" in latex.value or "z_2" in latex.value for latex in at.latex)


def test_batch_reasons_are_true():
    assert n_batches(100, 10) == 10 and batch_ranges(100, 10)[-1] == (90, 100)
    assert n_batches(100, 8) == 12 and batch_ranges(100, 8)[-1] == (88, 96)  # 96..99 dropped
    ranges = batch_ranges(100, 8, drop_last=False)
    assert len(ranges) == 13 and ranges[-1] == (96, 100)  # (20, 4)
    at = app({"lang": "en", "bl_try": "true"}, page="pages/batch.py")
    at.button(key="batch_try_keep_last").click().run()
    at.button(key="bl_to_end").click().run()
    assert "(20, 4)" in at.code[0].value.splitlines()[-1]


def test_a_reason_waits_for_its_button_even_when_the_settings_already_match():
    at = app({"lang": "en", "bl_try": "true"}, page="pages/batch.py")  # defaults = the lesson
    assert reasons(at) == []  # predict first: the answer is not given away
    at.button(key="batch_try_lesson").click().run()
    [reason] = reasons(at)
    assert reason.startswith("100 // 8 = 12 batches")
