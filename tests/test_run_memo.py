"""Per-run memo (`ui.run_memo`) and URL writes that happen only when they change something
(`ui.url_values.write`): the two ways shared code avoids work on every rerun."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from ui import url_values
from ui.run_memo import this_run

# Each run records whether its memo started empty, and whether a second call in the same run
# gave the same dict; a value set in one run must not be seen by the next.
_SCRIPT = """
import streamlit as st
from ui.run_memo import this_run

memo = this_run()
seen = st.session_state.setdefault("seen", [])
seen.append((dict(memo), this_run() is memo))
memo["mark"] = len(seen)
"""


def test_the_memo_lasts_one_run_and_each_run_starts_empty():
    at = AppTest.from_string(_SCRIPT, default_timeout=30)
    for _ in range(3):
        at.run()
        assert not at.exception
    assert at.session_state["seen"] == [({}, True), ({}, True), ({}, True)]


def test_outside_a_run_the_memo_keeps_nothing():
    this_run()["mark"] = 1
    assert this_run() == {}


class _Params(dict):
    """Stands in for `st.query_params`, counting the writes (each one a message to the
    browser in Streamlit)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.writes = 0

    def get_all(self, key: str) -> list[str]:
        return [self[key]] if key in self else []

    def __setitem__(self, key: str, value: str) -> None:
        self.writes += 1
        super().__setitem__(key, value)

    def __delitem__(self, key: str) -> None:
        self.writes += 1
        super().__delitem__(key)


def test_a_url_value_is_written_only_when_it_changes(monkeypatch):
    params = _Params(lang="en", seed="7")
    monkeypatch.setattr(url_values.st, "query_params", params)
    url_values.write("lang", "en")  # already there
    url_values.write("present", None)  # already absent
    assert params.writes == 0
    url_values.write("seed", "8")
    url_values.write("lang", None)
    assert params == {"seed": "8"}
    assert params.writes == 2
