"""URL values managed by hand (no widget): counters and a typed vector, each validated.

Bound widgets keep themselves in the URL (`ui.controls`); a counter such as "forward passes so
far" has no widget, so it is read and written here, with the same notices for bad values.
"""

from __future__ import annotations

import numpy as np
import streamlit as st

from lesson.controls import IntControl, check_url_value
from ui import notices


def url_int(control: IntControl) -> int:
    """The integer stored under `control.key`; a bad value gives a notice and the value the
    notice names (the default, or the whole part of an in-range fraction, as widgets do)."""
    raw = st.query_params.get_all(control.key)
    problem = check_url_value(control, raw)
    if problem is not None:
        notices.add(problem)
        set_url_int(control, int(problem.used))
        return int(problem.used)
    return int(float(raw[-1])) if raw else control.default


def write(key: str, text: str | None) -> None:
    """Make the URL hold ``key=text`` (None: no `key`), telling the browser only if that
    changes something: every write sends the whole query string, and the controls kept by
    hand write theirs on every run."""
    if text is None:
        if key in st.query_params:
            del st.query_params[key]
    elif st.query_params.get_all(key) != [text]:
        st.query_params[key] = text


def set_url_int(control: IntControl, value: int) -> None:
    """Store `value`, clipped to the control's range (the default is left out of the URL)."""
    value = int(min(max(value, control.lo), control.hi))
    write(control.key, None if value == control.default else str(value))


def url_vector(key: str, parse, fallback: np.ndarray, notice_prefix: str) -> np.ndarray:
    """The vector stored under `key`, read with ``parse(text) -> (values | None, reason)``.

    A bad value gives the notice ``notice_prefix + reason`` (a catalogue key with `{setting}`),
    is removed from the URL, and `fallback` is used instead.
    """
    raw = st.query_params.get_all(key)
    if not raw:
        return fallback
    values, reason = parse(raw[-1])
    if values is None:
        notices.add_text(notice_prefix + reason, setting=notices.setting(key, raw[-1]))
        st.query_params.pop(key, None)
        return fallback
    return values
