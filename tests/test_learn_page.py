"""The Learn page from the entry point: every control drives the training run shown, checked
against `neuron.train` called directly; the URL, the step buttons, Try it, the code panel."""

from __future__ import annotations

import contextlib
import io
import json
import re

import numpy as np
import pytest

from lesson import learn as spec
from lesson.datasets import make_dataset
from lesson.numbers import fmt
from neuron import ArtificialNeuron, train
from tests.helpers import app, chart, decode, notices

PAGE = "pages/learn.py"
RESULT = re.compile(r"After (\d+) steps \((\d+) epochs\): \*\*w = \(([^)]*)\)\*\*, "
                    r"\*\*b = ([^*]+)\*\*\. Loss over all samples: \*\*([^*]+)\*\*")


def learn_page(query=None):
    at = app({"lang": "en", **(query or {})}, page=PAGE)
    assert not at.exception, at.exception
    return at


def shown(at) -> dict:
    """The final numbers the page prints: steps, epochs, w (strings), b, loss."""
    for md in at.markdown:
        found = RESULT.search(md.value)
        if found:
            steps, epochs, w, b, loss = found.groups()
            return {"steps": int(steps), "epochs": int(epochs), "w": w.split(", "), "b": b,
                    "loss": loss}
    raise AssertionError("no result line on the page")


def expected(data="blobs", n=100, noise=0.2, activation="sigmoid", loss="bce", lr=0.5,
             batch=8, epochs=20, start="random", drop_last=False, bug=False, seed=0) -> dict:
    """The same run, written out with `neuron` and `lesson.datasets` directly."""
    d = make_dataset(data, n, noise, seed)
    if start == "random":
        model = ArtificialNeuron(activation=activation, rng=seed)
    else:
        value = 0.0 if start == "zeros" else -6.0
        model = ArtificialNeuron(w=np.full((d.X.shape[0], 1), value), b=value,
                                 activation=activation)
    history = train(model, d.X, d.y, loss=loss, lr=lr, batch_size=min(batch, n), epochs=epochs,
                    shuffle=True, drop_last=drop_last, rng=np.random.default_rng([seed, 1]),
                    reinit_each_step=bug)
    final = model.gradients(d.X, d.y, loss=loss).loss
    return {"steps": history.n_steps, "epochs": epochs, "w": [fmt(v) for v in model.w.ravel()],
            "b": fmt(model.b), "loss": fmt(final)}


def test_defaults_train_the_lessons_neuron():
    at = learn_page()
    assert shown(at) == expected()
    assert notices(at) == []
    assert {"ln_fig_boundary", "ln_fig_loss", "ln_fig_params", "ln_fig_landscape"} <= {
        e.proto.id.rsplit("-", 1)[-1] for e in at.get("plotly_chart")}


@pytest.mark.parametrize(("query", "kwargs"), [
    ({"ln_data": "xor"}, {"data": "xor"}),
    ({"ln_data": "line1d"}, {"data": "line1d"}),
    ({"ln_samples": "40"}, {"n": 40}),
    ({"ln_noise": "0.6"}, {"noise": 0.6}),
    ({"ln_loss": "mse"}, {"loss": "mse"}),
    ({"ln_lr": "0.05"}, {"lr": 0.05}),
    ({"ln_batch": "1", "ln_epochs": "2"}, {"batch": 1, "epochs": 2}),
    ({"ln_batch": "full"}, {"batch": 100}),
    ({"ln_epochs": "3"}, {"epochs": 3}),
    ({"ln_start": "zeros"}, {"start": "zeros"}),
    ({"ln_start": "saturated", "ln_data": "line1d"}, {"start": "saturated", "data": "line1d"}),
    ({"ln_drop_last": "true", "ln_batch": "16"}, {"drop_last": True, "batch": 16}),
    ({"ln_bug": "true"}, {"bug": True}),
    ({"seed": "5"}, {"seed": 5}),
])
def test_each_control_drives_the_run(query, kwargs):
    assert shown(learn_page(query)) == expected(**kwargs)


def test_bce_with_another_activation_trains_with_mse_and_says_why():
    at = learn_page({"ln_activation": "tanh"})
    assert shown(at) == expected(activation="tanh", loss="mse")
    assert any("uses MSE instead" in box.value for box in at.info)


def test_widgets_drive_the_run():
    at = learn_page()
    at.selectbox(key="ln_data").set_value("overlap").run()
    at.select_slider(key="ln_lr").set_value("0.05").run()
    at.select_slider(key="ln_batch").set_value("full").run()
    at.slider(key="ln_epochs").set_value(30).run()
    at.toggle(key="ln_drop_last").set_value(True).run()
    assert not at.exception
    assert shown(at) == expected(data="overlap", lr=0.05, batch=100, epochs=30, drop_last=True)


def test_a_link_sets_every_control_and_reproduces_the_run():
    link = {"ln_data": "line1d", "ln_samples": "60", "ln_noise": "0.35",
            "ln_activation": "sigmoid", "ln_loss": "mse", "ln_lr": "2", "ln_batch": "4",
            "ln_epochs": "7", "ln_start": "zeros", "ln_drop_last": "true", "ln_bug": "false",
            "seed": "9"}
    at = learn_page(link)
    assert notices(at) == []
    assert at.selectbox(key="ln_data").value == "line1d"
    assert at.slider(key="ln_samples").value == 60 and at.slider(key="ln_noise").value == 0.35
    assert at.select_slider(key="ln_lr").value == "2"
    assert at.select_slider(key="ln_batch").value == "4"
    assert at.selectbox(key="ln_start").value == "zeros"
    assert at.toggle(key="ln_drop_last").value is True
    assert shown(at) == expected(data="line1d", n=60, noise=0.35, loss="mse", lr=2.0, batch=4,
                                 epochs=7, start="zeros", drop_last=True, seed=9)
    assert shown(learn_page(link)) == shown(at)  # and again: the same link, the same numbers


@pytest.mark.parametrize(("query", "key"), [
    ({"ln_lr": "fast"}, "ln_lr"),
    ({"ln_lr": "0.3"}, "ln_lr"),
    ({"ln_batch": "3"}, "ln_batch"),
    ({"ln_epochs": "1000"}, "ln_epochs"),
    ({"ln_samples": "nan"}, "ln_samples"),
    ({"ln_data": "moons"}, "ln_data"),
    ({"ln_loss": "hinge"}, "ln_loss"),
    ({"ln_start": "ones"}, "ln_start"),
    ({"ln_bug": "maybe"}, "ln_bug"),
    ({"ln_step": "-2"}, "ln_step"),
])
def test_bad_url_values_give_a_notice_and_the_default(query, key):
    at = learn_page(query)
    assert any(key in text for text in notices(at)), notices(at)
    assert shown(at) == expected()


def test_a_step_past_the_end_is_clamped_with_a_notice():
    at = learn_page({"ln_epochs": "1"})  # 13 steps
    at2 = learn_page({"ln_epochs": "1", "ln_step": "40"})
    assert shown(at2) == shown(at)
    assert any("40" in text and "13" in text for text in notices(at2))


def test_epochs_are_cut_to_the_step_limit_with_a_note():
    at = learn_page({"ln_samples": "500", "ln_batch": "1", "ln_epochs": "100"})
    result = shown(at)
    assert result["epochs"] == spec.MAX_STEPS // 500 and result["steps"] == spec.MAX_STEPS
    assert any("stops after 10 epochs" in box.value for box in at.info)


def update_numbers(tex: str) -> list[float]:
    """The numbers in the last column vector (or number) of a formula, in order."""
    last = tex.rsplit(r"\begin{bmatrix}", 1)[-1].split(r"\end{bmatrix}")[0]
    return [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?(?:e-?\d+)?", last.replace(
        r" \times 10^{", "e").replace("}", ""))]


def test_step_buttons_move_the_update_shown():
    at = learn_page()
    d = make_dataset("blobs", 100, 0.2, 0)
    model = ArtificialNeuron(activation="sigmoid", rng=0)
    h = train(model, d.X, d.y, loss="bce", lr=0.5, batch_size=8, epochs=20,
              rng=np.random.default_rng([0, 1]))
    for step in (0, 1, 2):
        if step:
            at.button(key="ln_next").click().run()
        assert not at.exception
        assert at.query_params.get("ln_step", ["0"]) in (str(step), [str(step)]) or step == 0
        dz, dw, update = (e.value for e in at.latex[:3])
        idx = h.batches[step]
        z = d.X[:, idx].T @ h.w[step] + h.b[step]
        a = 1 / (1 + np.exp(-z))
        want = a - d.y[idx, 0]
        np.testing.assert_allclose(update_numbers(dz)[:3], want[:3], rtol=1e-5, atol=1e-6)
        assert r"_{(8,\,1)}" in dz and r"_{(2,\,1)}" in dw
        np.testing.assert_allclose(update_numbers(dw.split(r"\frac{\partial L}{\partial b}")[0]),
                                   h.dw[step],
                                   rtol=1e-5, atol=1e-6)
        np.testing.assert_allclose(update_numbers(update.split(r"b &\leftarrow")[0]), h.w[step + 1],
                                   rtol=1e-5, atol=1e-6)
    at.button(key="ln_to_end").click().run()
    assert any("After the last step" in c.value for c in at.caption)
    at.button(key="ln_restart").click().run()
    assert not at.exception and len(at.latex) >= 3


def test_code_panel_prints_the_numbers_on_screen():
    for query in ({}, {"ln_data": "line1d", "ln_start": "zeros", "ln_loss": "mse"},
                  {"ln_bug": "true", "ln_batch": "full", "seed": "3"}):
        at = learn_page({"ln_code": "true", **query})
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(compile(at.code[0].value, "learn_code", "exec"), {})
        lines = dict(line.split(" = ", 1) if " = " in line else line.split(": ", 1)
                     for line in out.getvalue().splitlines())
        page = shown(at)
        assert int(lines["steps"]) == page["steps"]
        assert lines["w"].split(", ") == page["w"]
        assert lines["b"] == page["b"] and lines["loss"] == page["loss"]


def test_try_it_buttons_set_the_controls():
    at = learn_page({"ln_try": "true", "ln_step": "5"})
    at.button(key="learn_try_xor").click().run()
    assert not at.exception
    assert at.selectbox(key="ln_data").value == "xor"
    assert at.select_slider(key="ln_batch").value == "full"
    assert "ln_step" not in at.query_params
    assert shown(at) == expected(data="xor", batch=100, epochs=100)
    assert any("0.69" in box.value for box in at.success)
    at.button(key="learn_try_bug").click().run()
    assert at.toggle(key="ln_bug").value is True


def test_xor_stalls_and_the_page_says_why_once_the_run_has_ended():
    query = {"ln_data": "xor", "ln_batch": "full", "ln_epochs": "100"}
    at = learn_page(query)
    loss = float(shown(at)["loss"])
    assert 0.6 < loss < 0.75
    # Before the reader has run it, no answer (Try it asks to predict first) …
    assert not any("XOR" in box.value for box in at.info)
    at = learn_page({**query, "ln_step": "99"})
    assert not any("XOR" in box.value for box in at.info)
    # … after the last step (100 full-batch steps), why it stalls.
    at = learn_page({**query, "ln_step": "100"})
    assert any("XOR" in box.value and "ln 2" in box.value for box in at.info)


def test_a_diverging_run_stops_and_nothing_shows_nan():
    at = learn_page({"ln_activation": "identity", "ln_loss": "mse", "ln_lr": "10",
                     "ln_data": "blobs", "ln_noise": "1", "ln_step": "4000"})
    assert any("Training stopped" in w.value for w in at.warning)
    text = " ".join([m.value for m in at.markdown] + [t.value for t in at.latex]
                    + [c.value for c in at.caption])
    assert not re.search(r"\bnan\b|\binf\b", text, re.IGNORECASE)


def _numbers(value):
    """Every number in a chart spec (lists and Plotly's binary arrays), None left out."""
    if isinstance(value, dict):
        if "bdata" in value:
            yield from decode(value).ravel()
            return
        for item in value.values():
            yield from _numbers(item)
    elif isinstance(value, list):
        for item in value:
            yield from _numbers(item)
    elif isinstance(value, float | int) and not isinstance(value, bool):
        yield float(value)


@pytest.mark.parametrize("step", ["0", "78", "79"])
def test_a_blown_up_run_shows_no_inf_a_readable_axis_and_the_epoch_it_stopped_in(step):
    at = learn_page({"ln_activation": "identity", "ln_loss": "mse", "ln_lr": "10",
                     "ln_step": step})
    run = spec.run(spec.Settings(activation="identity", loss="mse", lr="10"))
    h = run.history
    assert h.stopped_at == 79  # 13 batches of 8 per epoch: step 79 is in epoch 7
    texts = [e.value for kind in ("markdown", "caption", "latex", "info", "warning",
                                  "subheader", "title") for e in at.get(kind)]
    assert not [t for t in texts if re.search(r"\b(nan|inf|infinity)\b|∞", t, re.I)]
    said = " ".join(texts)
    assert "Training stopped at step 79, in epoch 7 of 20" in said
    assert "20 epochs" not in said and "(20 epochs)" not in said
    assert "in epoch 7 of 20" in shown_diverged(at)
    for element in at.get("plotly_chart"):
        assert "Infinity" not in element.proto.spec and "NaN" not in element.proto.spec
        numbers = np.fromiter(_numbers(json.loads(element.proto.spec)), float)
        assert np.all(np.isfinite(numbers)), element.proto.id
    loss_axis = chart(at, "ln_fig_loss")["layout"]["yaxis"]
    top = max(np.log10(np.abs(y[y > 0])).max() for y in
              (decode(t["y"]) for t in chart(at, "ln_fig_loss")["data"]))
    assert loss_axis["type"] == "log"
    assert top / loss_axis["dtick"] <= 8, "at most about 8 tick labels on the loss axis"
    if step == "79":
        assert any("training stopped after 79 steps, in epoch 7 of 20" in c.value
                   for c in at.caption)


@pytest.mark.parametrize("query", [{}, {"ln_batch": "1"}, {"ln_data": "xor", "ln_batch": "full"}])
def test_the_loss_axis_follows_one_rule_it_names(query):
    # One rule a reader can follow: always a log axis (a loss falls by decades), said in the
    # axis title; ticks even when the loss stays within one decade (XOR near 0.69).
    at = learn_page(query)
    axis = chart(at, "ln_fig_loss")["layout"]["yaxis"]
    assert axis["type"] == "log" and "log" in axis["title"]["text"]
    loss = decode(chart(at, "ln_fig_loss")["data"][0]["y"])
    if np.log10(loss.max() / loss.min()) < 1:
        assert axis.get("dtick") is None  # Plotly's own ticks inside one decade


def shown_diverged(at) -> str:
    [line] = [m.value for m in at.markdown if "Training stopped after" in m.value]
    return line


CODE_NAMES = re.compile(r"\b(blobs|overlap|line1d|sigmoid|identity|bce|mse|random|zeros|"
                        r"saturated|full)\b")


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_menus_show_words_and_the_link_keeps_the_code_values(lang):
    at = app({"lang": lang, "ln_data": "line1d", "ln_loss": "mse", "ln_batch": "full",
              "ln_start": "saturated"}, page=PAGE)
    assert not at.exception
    menus = {key: at.selectbox(key=key) for key in ("ln_data", "ln_activation", "ln_loss",
                                                    "ln_start")}
    shown_text = [option for menu in menus.values() for option in menu.options]
    shown_text += list(at.select_slider(key="ln_batch").options)
    shown_text += [menu.label for menu in menus.values()]
    shown_text.append(at.select_slider(key="ln_batch").label)
    if lang == "ko":  # no English code name left in a Korean menu
        assert not [text for text in shown_text if CODE_NAMES.search(text)], shown_text
    # Neither language shows a bare code name as an option.
    assert not {"blobs", "line1d", "sigmoid", "bce", "mse", "zeros", "full"} & set(shown_text)
    assert ("시그모이드 σ" if lang == "ko" else "sigmoid σ") in menus["ln_activation"].options
    assert ("전체" if lang == "ko" else "all") in at.select_slider(key="ln_batch").options
    # The values, and the link, stay the code names in every language.
    assert menus["ln_data"].value == "line1d" and menus["ln_start"].value == "saturated"
    assert at.select_slider(key="ln_batch").value == "full"
    at.select_slider(key="ln_batch").set_value("16").run()
    at.selectbox(key="ln_data").set_value("xor").run()
    assert not at.exception
    assert at.query_params["ln_batch"] in ("16", ["16"])
    assert at.query_params["ln_data"] in ("xor", ["xor"])
    at.select_slider(key="ln_batch").set_value("full").run()
    assert at.query_params["ln_batch"] in ("full", ["full"])


@pytest.mark.parametrize(("lang", "batch_word"), [("en", "mini-batch"), ("ko", "미니 배치")])
def test_line1d_landscape_says_each_step_is_downhill_for_its_own_batch(lang, batch_word):
    at = app({"lang": lang, "ln_data": "line1d"}, page=PAGE)
    assert not at.exception
    [text] = [m.value for m in at.markdown if ("contour" in m.value or "등고선" in m.value)]
    assert batch_word in text and "always steps downhill" not in text


def test_own_data_without_a_file_asks_for_one_and_the_link_carries_no_data():
    at = learn_page({"ln_data": "csv"})
    assert any("Upload a CSV file" in box.value for box in at.info)
    assert any("not in the link" in c.value for c in at.caption)


def test_korean_page_renders():
    at = app({"lang": "ko", "ln_step": "3"}, page=PAGE)
    assert not at.exception
    assert any("단계" in c.value for c in at.caption)


def test_the_largest_run_stays_under_the_payload_limit():
    at = learn_page({"ln_samples": "500", "ln_batch": "1", "ln_epochs": "100",
                     "ln_data": "overlap"})
    sizes = {e.proto.id.rsplit("-", 1)[-1]: len(e.proto.spec.encode())
             for e in at.get("plotly_chart")}
    assert sizes["ln_fig_boundary"] < 1_500_000
    assert sum(sizes.values()) < 1_500_000
    assert shown(at)["steps"] == spec.MAX_STEPS


@pytest.mark.parametrize(("batch", "words"), [("1", "1 sample"), ("8", "8 samples")])
def test_the_batch_size_is_counted_in_good_english(batch, words):
    at = learn_page({"ln_batch": batch, "ln_step": "2"})
    captions = [c.value for c in at.caption]
    assert any(f"this batch: {words}, loss" in c for c in captions), captions
    assert any(f"n = {words} in this batch" in c for c in captions), captions
    assert not any("1 samples" in c for c in captions)
