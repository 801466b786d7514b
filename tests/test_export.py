"""Downloads: the files hold the numbers the page shows, and load back into numpy in one line."""

from __future__ import annotations

import csv
import io
import json

import numpy as np
import pytest

import ui.export
from lesson import batch as batch_spec
from lesson.export import BOXES, Export, from_trace, to_csv, to_json
from lesson.matrix import draw_X
from neuron import ArtificialNeuron
from tests.helpers import app, chart, decode, formula_result
from ui.export import LAST


def exported(at) -> Export:
    """The export behind the page's download buttons (what a click would serve)."""
    return at.session_state[LAST]()


def load(text: str, name: str) -> np.ndarray:
    """The README's one line, with the file's text in place of the file."""
    return np.array(json.load(io.StringIO(text))[name])


def test_json_and_csv_hold_every_number_in_full():
    trace = ArtificialNeuron(rng=3).forward_trace(np.array([[0.1, -2.0], [1 / 3, 4.0]]))
    export = from_trace("matrix", 3, trace, {"sample": 1}, names=("X", "Z", "A", "w"))
    assert export.file_name("json") == "neuron-lab_matrix_seed3.json"
    text = to_json(export)
    for name, expected in (("X", trace.x), ("w", trace.w), ("b", trace.b), ("Z", trace.z),
                           ("A", trace.a)):
        back = load(text, name)
        assert back.shape == expected.shape
        np.testing.assert_array_equal(back, expected)  # exact: floats written in full
    document = json.loads(text)
    assert document["shapes"] == {"X": [2, 2], "w": [2, 1], "b": [], "Z": [2, 1], "A": [2, 1]}
    assert (document["page"], document["seed"], document["activation"], document["sample"]) == (
        "matrix", 3, "sigmoid", 1)

    rows = list(csv.reader(io.StringIO(to_csv(export))))
    assert rows[:4] == [["name", "row", "column", "value"], ["page", "", "", "matrix"],
                        ["seed", "", "", "3"], ["activation", "", "", "sigmoid"]]
    cells = {(r[0], r[1], r[2]): r[3] for r in rows[1:]}
    assert float(cells[("X", "1", "0")]) == 1 / 3
    assert float(cells[("A", "1", "0")]) == trace.a[1, 0]
    assert float(cells[("b", "", "")]) == float(trace.b)
    assert len(rows) == 1 + 4 + 4 + 2 + 1 + 2 + 2


def test_scalar_export_equals_the_formulas():
    at = app({"x": "1.5", "w": "-2", "b": "0.5", "activation": "tanh", "seed": "4"},
             page="pages/scalar.py")
    export = exported(at)
    assert export.file_name("csv") == "neuron-lab_scalar_seed4.csv"
    text = to_json(export)
    assert [float(load(text, k)) for k in ("x", "w", "b")] == [1.5, -2.0, 0.5]
    z, a = float(load(text, "z")), float(load(text, "a"))
    assert z == -2.5 and a == pytest.approx(np.tanh(-2.5), rel=1e-15)
    assert [formula_result(latex.value) for latex in at.latex] == ["-2.5", f"{a:.8g}"]
    assert float(load(text, "g_prime_z")) == pytest.approx(1 - np.tanh(-2.5) ** 2, rel=1e-12)


def test_vector_export_equals_the_charts():
    at = app({"v_features": "3", "v_x": "1,2,-1", "seed": "2"}, page="pages/vector.py")
    text = to_json(exported(at))
    np.testing.assert_array_equal(load(text, "x"), [[1.0], [2.0], [-1.0]])
    w = load(text, "w")
    np.testing.assert_allclose(decode(chart(at, "v_w")["data"][0]["z"]), w, rtol=1e-6)
    np.testing.assert_allclose(load(text, "contributions"), load(text, "x") * w, rtol=1e-15)
    assert load(text, "z").shape == (1, 1)
    assert float(load(text, "z")[0, 0]) == pytest.approx(float(1 * w[0, 0] + 2 * w[1, 0]
                                                                 - w[2, 0] + load(text, "b")))


def test_matrix_export_equals_the_heatmaps_and_numpy():
    at = app({"m_features": "3", "m_samples": "5", "seed": "9"}, page="pages/matrix.py")
    text = to_json(exported(at))
    X = load(text, "X")
    np.testing.assert_array_equal(X, draw_X(9, 3, 5))
    w, b = load(text, "w"), load(text, "b")
    np.testing.assert_allclose(load(text, "Z"), X.T @ w + b, rtol=1e-12)
    np.testing.assert_allclose(load(text, "A"), 1 / (1 + np.exp(-(X.T @ w + b))), rtol=1e-12)
    np.testing.assert_allclose(decode(chart(at, "m_Z")["data"][0]["z"]), load(text, "Z"),
                               rtol=1e-6)


def test_batch_export_holds_the_loop_and_the_batch_shown():
    at = app({"bl_n_data": "30", "bl_batch": "7", "bl_features": "5", "bl_step": "2",
              "seed": "1"}, page="pages/batch.py")
    export = exported(at)
    text = to_json(export)
    loop = batch_spec.run_loop(1, 5, 30, 7, True)
    np.testing.assert_array_equal(load(text, "X"), loop.X)
    assert load(text, "A").shape == (28, 1)  # 4 batches of 7; 2 samples dropped
    np.testing.assert_array_equal(load(text, "X_batch"), loop.X[:, 14:21])
    np.testing.assert_array_equal(load(text, "A_batch"), load(text, "A")[14:21])
    assert export.settings == {"activation": "sigmoid", "n_data": 30, "batch_size": 7,
                               "drop_last": True, "n_batches": 4, "step": 2}


def test_every_lesson_page_has_the_download_buttons(monkeypatch):
    # The files are made only on a click: a run that serialised them would fail here.
    def refuse(*_):
        raise AssertionError("serialised during a run")

    monkeypatch.setattr(ui.export, "to_json", refuse)
    monkeypatch.setattr(ui.export, "to_csv", refuse)
    for page, box in BOXES.items():
        at = app({"seed": "5"}, page=f"pages/{page}.py")
        assert not at.exception
        assert at.get("download_button") == []  # the box is closed: nothing but its label
        assert at.expander[-1].label == "Download the numbers on this page"
        at = app({"seed": "5", box.key: "true"}, page=f"pages/{page}.py")
        assert not at.exception
        names = [d.proto.label for d in at.get("download_button")]
        assert names == ["JSON", "CSV"], page


def test_charts_save_png_or_svg_named_after_the_page_and_seed():
    at = app({"seed": "6"}, page="pages/matrix.py")
    config = json.loads(at.get("plotly_chart")[0].proto.config)
    assert config["toImageButtonOptions"] == {"format": "png", "filename":
                                              "neuron-lab_m_X_seed6", "scale": 2}
    at = app({"fig_svg": "true"}, page="pages/batch.py")
    for element in at.get("plotly_chart"):
        config = json.loads(element.proto.config)
        assert config["toImageButtonOptions"]["format"] == "svg"
        assert config["modeBarButtons"] == [["toImage"]]  # the camera stays visible
        assert config.get("displayModeBar", True) is not False


def test_the_svg_choice_is_in_the_link_and_outlives_its_closed_box():
    at = app({"export": "true"}, page="pages/scalar.py")
    at.toggle(key="fig_svg_toggle").set_value(True).run()
    assert at.query_params["fig_svg"] == "true"
    config = json.loads(at.get("plotly_chart")[0].proto.config)
    assert config["toImageButtonOptions"]["format"] == "svg"
    at.switch_page("pages/matrix.py").run()  # its Download box is closed
    assert at.get("download_button") == []
    config = json.loads(at.get("plotly_chart")[0].proto.config)
    assert config["toImageButtonOptions"]["format"] == "svg"


def test_the_learn_charts_keep_the_camera():
    at = app({"ln_epochs": "2", "seed": "3"}, page="pages/learn.py")
    assert at.get("plotly_chart")
    for element in at.get("plotly_chart"):
        config = json.loads(element.proto.config)
        assert config["modeBarButtons"] == [["toImage"]]
        assert config["toImageButtonOptions"]["filename"] == "neuron-lab_learn_seed3"


def test_learn_export_holds_the_data_and_every_step():
    at = app({"ln_data": "and", "ln_epochs": "3", "ln_batch": "full", "seed": "2"},
             page="pages/learn.py")
    export = exported(at)
    assert export.file_name("json") == "neuron-lab_learn_seed2.json"
    text = to_json(export)
    X, y, w, b = (load(text, k) for k in ("X", "y", "w_history", "b_history"))
    n_steps = export.settings["n_steps"]
    assert w.shape == (n_steps + 1, X.shape[0]) and b.shape == (n_steps + 1,)
    assert y.shape == (X.shape[1], 1) and set(np.unique(y)) <= {0.0, 1.0}
    # Step 0's loss is the bce of the starting w, b on the whole batch (full batch here).
    a = 1 / (1 + np.exp(-(X.T @ w[0][:, None] + b[0])))
    bce = float(np.mean(-(y * np.log(a) + (1 - y) * np.log(1 - a))))
    assert float(load(text, "loss")[0]) == pytest.approx(bce, rel=1e-9)
