"""The matrix page shows X, w, Z, A as the neuron computes them, and one sample on its own."""

import contextlib
import io

import numpy as np
import pytest

from tests.helpers import app, chart, decode, formula_result, notices

PAGE = "pages/matrix.py"


def matrix(query=None):
    at = app(query, page=PAGE)
    assert not at.exception
    return at


def expected(seed, n_features, n_samples):
    """Independent of the app: X from default_rng([seed, 2]) rounded; w then b from seed."""
    X = np.round(np.random.default_rng([seed, 2]).standard_normal((n_features, n_samples)), 2)
    rng = np.random.default_rng(seed)
    w = rng.standard_normal((n_features, 1))
    b = rng.standard_normal(())
    Z = X.T @ w + b
    return X, w, Z, 1 / (1 + np.exp(-Z))


def z_of(at, key):
    return decode(chart(at, key)["data"][0]["z"])


def test_heatmaps_show_the_neurons_numbers():
    at = matrix({"seed": "5", "m_features": "3", "m_samples": "7"})
    X, w, Z, A = expected(5, 3, 7)
    np.testing.assert_allclose(z_of(at, "m_X"), X, rtol=1e-6)
    np.testing.assert_allclose(z_of(at, "m_w"), w, rtol=1e-6)
    np.testing.assert_allclose(z_of(at, "m_Z"), Z, rtol=1e-6)
    np.testing.assert_allclose(z_of(at, "m_A"), A, rtol=1e-6)


@pytest.mark.parametrize("l_i,n", [(1, 1), (64, 256), (1, 256), (64, 1)])
def test_every_size_renders_and_shapes_match_numpy(l_i, n):
    at = matrix({"m_features": str(l_i), "m_samples": str(n)})
    assert notices(at) == []
    X, w, Z, A = expected(0, l_i, n)
    shapes = next(md.value for md in at.markdown if md.value.startswith("#### "))  # the badges
    for text in (f"Xᵀ ({X.T.shape[0]}×{X.T.shape[1]})", f"w ({w.shape[0]}×{w.shape[1]})",
                 f"Z ({Z.shape[0]}×{Z.shape[1]})", f"A ({A.shape[0]}×{A.shape[1]})"):
        assert text in shapes
    assert z_of(at, "m_X").shape == X.shape and z_of(at, "m_Z").shape == Z.shape


@pytest.mark.parametrize("i", [0, 3, 5])
def test_picking_sample_i_shows_a_i_and_frames_it(i):
    at = matrix()
    at.slider(key="m_sample").set_value(i).run()
    _, _, Z, A = expected(0, 4, 6)
    dot, act = (latex.value for latex in at.latex)
    assert f"z_{{{i}}}" in dot and float(formula_result(dot)) == pytest.approx(
        Z[i, 0], rel=1e-5)
    assert float(formula_result(act)) == pytest.approx(A[i, 0], rel=1e-7)
    frame = chart(at, "m_X")["layout"]["shapes"][0]
    assert (frame["x0"], frame["x1"]) == (i - 0.5, i + 0.5)
    for key in ("m_Z", "m_A"):
        row = chart(at, key)["layout"]["shapes"][0]
        assert (row["y0"], row["y1"]) == (i - 0.5, i + 0.5)


def test_shrinking_n_below_the_picked_sample_picks_the_last():
    at = matrix({"m_samples": "10"})
    at.slider(key="m_sample").set_value(9).run()
    at.slider(key="m_samples").set_value(4).run()
    assert not at.exception
    assert at.slider(key="m_sample").value == 3
    assert "z_{3}" in at.latex[0].value


@pytest.mark.parametrize("key,given", [("m_features", "0"), ("m_features", "abc"),
                                       ("m_samples", "257"), ("m_samples", "1e9"),
                                       ("m_sample", "6"), ("m_sample", "-1"),
                                       ("m_activation", "softmax")])
def test_bad_url_values_give_a_notice_and_a_safe_state(key, given):
    at = matrix({key: given})
    assert any(f"`{key}={given}`" in n for n in notices(at))
    X, *_ = expected(0, 4, 6)
    np.testing.assert_allclose(z_of(at, "m_X"), X, rtol=1e-6)


def test_the_conventions_note_is_there_in_both_languages():
    assert "scikit-learn" in matrix().info[0].value
    assert "scikit-learn" in matrix({"lang": "ko"}).info[0].value


def test_the_code_panel_prints_the_numbers_on_the_page():
    at = matrix({"seed": "11", "m_features": "9", "m_samples": "12", "m_activation": "tanh",
                 "m_code": "true"})
    at.slider(key="m_sample").set_value(7).run()
    [code] = at.code
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code.value, "<code panel>", "exec"), {})
    text = out.getvalue()
    printed = dict(line.split(" = ", 1) for line in text.splitlines() if " = " in line)
    dot, act = (formula_result(latex.value) for latex in at.latex)
    assert printed["z_7"] == dot and printed["a_7"] == act
    assert "X.T (12, 9) @ w (9, 1) -> Z (12, 1) -> A (12, 1)" in text
    assert "same as alone: True" in text


def test_every_sample_is_labelled_while_there_are_at_most_16():
    at = matrix({"m_samples": "16"})
    assert chart(at, "m_X")["layout"]["xaxis"]["tickvals"] == list(range(16))
    assert chart(at, "m_Z")["layout"]["yaxis"]["tickvals"] == list(range(16))
    assert chart(at, "m_A")["layout"]["yaxis"]["tickvals"] == list(range(16))


@pytest.mark.parametrize(("activation", "scale"), [
    ("sigmoid", (0.0, 1.0)), ("relu", "max"), ("tanh", None), ("identity", None),
    ("leaky_relu", None),
])
def test_the_a_heatmap_scale_follows_the_sign_of_the_outputs(activation, scale):
    at = matrix({"m_activation": activation, "m_samples": "8"})
    a = chart(at, "m_A")["data"][0]
    values = decode(a["z"])
    if scale is None:  # signed outputs: diverging, centred on 0, symmetric
        assert a["zmid"] == 0 and a["zmin"] == -a["zmax"]
        assert a["zmax"] == pytest.approx(np.abs(values).max(), rel=1e-6)
    else:  # one sign: sequential from 0 (sigmoid to 1, ReLU to its largest output)
        assert "zmid" not in a and a["zmin"] == 0
        top = 1.0 if scale != "max" else values.max()
        assert a["zmax"] == pytest.approx(top, rel=1e-6)
    assert chart(at, "m_X")["data"][0]["zmid"] == 0  # X keeps its diverging scale


def test_the_sample_box_lists_the_columns_values():
    at = matrix({"seed": "5", "m_features": "3", "m_samples": "7", "m_sample": "4"})
    X, _, _, _ = expected(5, 3, 7)
    values = ", ".join(f"{v:.6g}" for v in X[:, 4])
    assert f"Values of $x_{{4}}$ (features j = 0 … 2): {values}" in [c.value for c in at.caption]


def test_a_click_on_x_or_z_selects_the_cell_whose_column_or_row_is_the_sample():
    from lesson.matrix import picked_sample

    # a point of Streamlit's selection event, as the browser sends it for a clicked marker
    clicked_x = {"curve_number": 1, "point_number": 9, "point_index": 9, "x": 3, "y": 1,
                 "customdata": 0.71}
    clicked_z = {"curve_number": 1, "point_number": 2, "point_index": 2, "x": 0, "y": 2}
    assert picked_sample(clicked_x, "x") == 3
    assert picked_sample(clicked_z, "y") == 2
    at = matrix({"m_samples": "6"})
    for key in ("m_X", "m_Z"):
        markers = chart(at, key)["data"][1]
        assert markers["type"] == "scatter" and markers["name"] == "pick"
    # X's marker 9 sits on row 1, column 3 (row-major over 4 × 6 cells)
    markers = chart(at, "m_X")["data"][1]
    assert (decode(markers["x"])[9], decode(markers["y"])[9]) == (3, 1)
