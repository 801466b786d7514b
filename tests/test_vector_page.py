"""The vector page shows the neuron's numbers and shapes, replays forward presses from the URL."""

import contextlib
import io

import numpy as np
import pytest

from tests.helpers import app, chart, decode, formula_result, notices

PAGE = "pages/vector.py"


def vector(query=None):
    at = app(query, page=PAGE)
    assert not at.exception
    return at


def seeded_x(seed, n):
    """Independent of the app: the page's x is N(0, 1) from default_rng([seed, 1]), rounded."""
    return np.round(np.random.default_rng([seed, 1]).standard_normal(n), 2)


def draws(seed, n, count):
    """The first `count` (w, b) a neuron seeded with `seed` draws: w (n, 1) first, then b."""
    rng = np.random.default_rng(seed)
    return [(rng.standard_normal((n, 1)), rng.standard_normal(())) for _ in range(count)]


def history(at):
    """The history heatmap: w after each shown pass, shape (n_features, passes)."""
    return decode(chart(at, "v_history")["data"][0]["z"])


def shown_z_a(at):
    """The z and a written at the end of the page's two formulas."""
    return tuple(float(formula_result(latex.value)) for latex in at.latex)


def test_heatmaps_and_bars_show_the_neurons_numbers():
    at = vector({"seed": "7"})
    x = seeded_x(7, 5)
    [(w, b)] = draws(7, 5, 1)
    z = float(x @ w[:, 0] + b)
    np.testing.assert_allclose(decode(chart(at, "v_xt")["data"][0]["z"]), x[None, :], rtol=1e-6)
    np.testing.assert_allclose(decode(chart(at, "v_w")["data"][0]["z"]), w, rtol=1e-6)
    bars = chart(at, "v_contributions")["data"][0]
    np.testing.assert_allclose(decode(bars["y"])[:5], x * w[:, 0], rtol=1e-12)
    assert decode(bars["y"])[5] == pytest.approx(float(b), rel=1e-12)
    shown_z, shown_a = shown_z_a(at)
    assert shown_z == pytest.approx(z, rel=1e-5)
    assert shown_a == pytest.approx(1 / (1 + np.exp(-z)), rel=1e-7)


@pytest.mark.parametrize("n", [1, 32])
def test_shapes_shown_match_numpys_at_min_and_max(n):
    at = vector({"v_features": str(n)})
    x = seeded_x(0, n).reshape(-1, 1)
    [(w, b)] = draws(0, n, 1)
    shapes = next(md.value for md in at.markdown if md.value.startswith("#### "))  # the badges
    z_shape = (x.T @ w + b).shape
    for text in (f"xᵀ ({x.T.shape[0]}×{x.T.shape[1]})", f"w ({w.shape[0]}×{w.shape[1]})",
                 f"z ({z_shape[0]}×{z_shape[1]})", f"a ({z_shape[0]}×{z_shape[1]})"):
        assert text in shapes
    assert decode(chart(at, "v_w")["data"][0]["z"]).shape == (n, 1)
    assert decode(chart(at, "v_xt")["data"][0]["z"]).shape == (1, n)


def test_forward_keeps_w_when_created_once():
    at = vector()
    for _ in range(3):
        at.button(key="v_forward").click().run()
    assert not at.exception
    assert at.query_params["v_passes"] == ["4"] or at.query_params["v_passes"] == "4"
    [(w, _)] = draws(0, 5, 1)
    ws = history(at)
    assert ws.shape == (5, 4)
    np.testing.assert_allclose(ws, np.repeat(w, 4, axis=1), rtol=1e-6)
    assert len(at.success) == 1 and not at.error


def test_forward_with_the_bug_draws_new_w_every_pass():
    at = vector({"v_bug": "true"})
    at.button(key="v_forward").click().run()
    at.button(key="v_forward").click().run()
    expected = np.concatenate([w for w, _ in draws(0, 5, 3)], axis=1)
    ws = history(at)
    np.testing.assert_allclose(ws, expected, rtol=1e-6)
    assert not np.allclose(ws[:, 0], ws[:, 1]) and not np.allclose(ws[:, 1], ws[:, 2])
    assert len(at.error) == 1


def test_reset_parameters_draws_new_ones_and_restarts_the_count():
    at = vector({"v_passes": "3"})
    at.button(key="v_reset").click().run()
    _, (w1, _) = draws(0, 5, 2)
    ws = history(at)
    assert ws.shape == (5, 1)
    np.testing.assert_allclose(ws[:, 0], w1[:, 0], rtol=1e-6)


def test_changing_the_number_of_features_recreates_the_neuron():
    at = vector({"v_passes": "3"})
    at.slider(key="v_features").set_value(7).run()
    assert not at.exception
    assert any("(7×1)" in info.value for info in at.info)
    assert history(at).shape == (7, 1)


def test_typed_x_from_the_url_is_used():
    at = vector({"v_features": "3", "v_x": "1,-2.5,0.25"})
    np.testing.assert_allclose(decode(chart(at, "v_xt")["data"][0]["z"]), [[1, -2.5, 0.25]])
    assert notices(at) == []


@pytest.mark.parametrize(("n", "kept"), [(6, [1, 2, -1, 0.5, 3]), (3, [1, 2, -1]), (1, [1])])
def test_typed_x_is_kept_when_the_number_of_features_changes(n, kept):
    at = vector({"v_features": "5", "v_x": "1,2,-1,0.5,3"})
    at.slider(key="v_features").set_value(n).run()
    assert not at.exception
    # Typed values kept, a new entry drawn from the seed, removed ones dropped; no notice.
    expected = np.concatenate([kept, seeded_x(0, n)[len(kept):]])
    np.testing.assert_allclose(decode(chart(at, "v_xt")["data"][0]["z"]), [expected], rtol=1e-6)
    assert notices(at) == []
    assert at.query_params["v_x"] in (link := ",".join(f"{v:g}" for v in expected), [link])


@pytest.mark.parametrize("given", ["1,abc,3", "1,inf,3", "1,nan,3", "1,500,3", "1,2", ""])
def test_bad_typed_x_in_the_url_gives_a_notice_and_the_seeded_x(given):
    at = vector({"v_features": "3", "v_x": given})
    [notice] = notices(at)
    assert "`v_x=" in notice
    np.testing.assert_allclose(decode(chart(at, "v_xt")["data"][0]["z"]), [seeded_x(0, 3)],
                               rtol=1e-6)


@pytest.mark.parametrize("key,given", [("v_passes", "abc"), ("v_passes", "0"),
                                       ("v_passes", "999"), ("v_resets", "-1"),
                                       ("v_features", "33"), ("v_activation", "softmax")])
def test_bad_url_values_give_a_notice_and_a_safe_state(key, given):
    at = vector({key: given})
    assert any(f"`{key}={given}`" in n for n in notices(at))
    assert history(at).shape == (5, 1)


@pytest.mark.parametrize("lang", ["en", "ko"])
@pytest.mark.parametrize("n", ["1", "32"])
def test_every_size_renders_in_both_languages(lang, n):
    at = vector({"lang": lang, "v_features": n, "v_passes": "50", "v_bug": "true"})
    assert notices(at) == []
    assert history(at).shape == (int(n), 10)


def test_the_code_panel_prints_the_numbers_on_the_page():
    at = vector({"seed": "3", "v_features": "4", "v_x": "0.5,-1,2,0", "v_bug": "true",
                 "v_passes": "3", "v_resets": "2", "v_activation": "tanh", "v_code": "true"})
    [code] = [block for block in at.code if "from neuron import" in block.value]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code.value, "<code panel>", "exec"), {})
    printed = dict(line.split(" = ", 1) for line in out.getvalue().splitlines() if " = " in line)
    shown_z, shown_a = shown_z_a(at)
    assert float(printed["z"]) == shown_z and float(printed["a"]) == shown_a
    assert "x.T (1, 4) @ w (4, 1) -> z (1, 1) -> a (1, 1)" in out.getvalue()
    w_printed = np.array(printed["w"].strip("[]").split(), dtype=float)
    np.testing.assert_allclose(w_printed, history(at)[:, -1], rtol=1e-5)


def test_one_colour_scale_per_quantity_and_subscripts_in_the_waterfall():
    at = vector({"v_features": "5", "seed": "0", "v_passes": "3"})
    x, w, xs = (chart(at, key)["data"][0] for key in ("v_xt", "v_w", "v_history"))
    assert w["zmax"] == xs["zmax"] == pytest.approx(np.abs(decode(xs["z"])).max(), rel=1e-6)
    assert x["zmax"] == pytest.approx(np.abs(decode(x["z"])).max(), rel=1e-6)
    waterfall = chart(at, "v_contributions")
    assert "_" not in waterfall["layout"]["title"]["text"]
    assert "x<sub>j</sub>·w<sub>j</sub>" in waterfall["layout"]["title"]["text"]
    assert list(waterfall["data"][0]["x"])[:2] == ["x<sub>0</sub>·w<sub>0</sub>",
                                                   "x<sub>1</sub>·w<sub>1</sub>"]
