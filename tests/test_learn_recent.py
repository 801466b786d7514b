"""The Learn page's fast paths: the values asked for lately (`ui.learn.Recent`) in front of its
Streamlit caches, and each chart written as JSON once per step (`Charts.figure`)."""

from __future__ import annotations

import json
import threading

import plotly.io as pio

import figures.style
from lesson import learn
from ui import learn as view


def test_recent_keeps_the_last_values_asked_for_and_computes_each_once():
    recent = view.Recent(2)
    computed = []

    def value(key):
        return recent.get(key, lambda: computed.append(key) or f"value of {key}")

    assert [value("a"), value("b"), value("a")] == ["value of a", "value of b", "value of a"]
    assert computed == ["a", "b"]  # "a" the second time: looked up
    value("c")  # the third: "b", asked for longest ago, goes
    assert len(recent) == 2 and computed == ["a", "b", "c"]
    value("a")
    value("b")
    assert computed == ["a", "b", "c", "b"]


def test_recent_stays_bounded_when_sessions_ask_at_the_same_time():
    recent = view.Recent(8)

    def ask(offset):
        for i in range(200):
            assert recent.get((offset + i) % 20, lambda k=(offset + i) % 20: k * 2) == (
                (offset + i) % 20) * 2

    threads = [threading.Thread(target=ask, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(recent) == 8


def test_learning_looks_up_the_settings_a_class_shares_once(monkeypatch):
    calls = []
    monkeypatch.setattr(view, "_CHARTS", view.Recent(4))
    monkeypatch.setattr(view, "_learning", lambda *args: calls.append(args) or object())
    settings = learn.Settings(seed=3, epochs=2)
    first = view.learning(settings, "en")
    assert view.learning(learn.Settings(seed=3, epochs=2), "en") is first  # equal settings
    assert view.learning(settings, "ko") is not first  # another language: other charts
    assert view.learning(learn.Settings(seed=3, epochs=3), "en") is not first
    assert len(calls) == 3


def test_a_chart_is_written_once_per_step_and_sends_what_it_is_built_from():
    figures.style.VALIDATE = False  # as the app builds (the tests validate by default)
    try:
        charts = view.Charts(learn.run(learn.Settings(seed=1, epochs=3)), "en", False)
        for kind in ("boundary", "loss", "params", "landscape"):
            written = charts.figure(kind, 7)
            assert type(written) is figures.style.WrittenFigure
            assert charts.figure(kind, 7) is written  # the next rerun: looked up
            assert json.loads(pio.to_json(written, validate=False)) == json.loads(
                pio.to_json(charts._figure(kind, 7), validate=False))
        # Bounded: four charts at WRITTEN_STEPS steps, or one chart at four times as many.
        for step in range(4 * view.WRITTEN_STEPS + 5):
            charts.figure("loss", step)
        assert len(charts._written) == 4 * view.WRITTEN_STEPS
    finally:
        figures.style.VALIDATE = True
