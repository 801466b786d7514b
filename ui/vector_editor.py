"""A small table to type a vector's values in; accepted values are kept in the URL.

The table shows the current values; an edit is checked (``problem(values) -> reason | None``)
in the table's callback. A good edit is written to the URL (``st.query_params[url_key]``); a bad
one leaves the values as they were and shows the notice ``notice_prefix + reason``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import numpy as np
import pandas as pd
import streamlit as st

from ui import classroom, notices

MAX_TABLES = 256  # one table is ~3.5 KB at the largest (32 features)


@lru_cache(maxsize=MAX_TABLES)
def _frame(column: str, values: tuple[float, ...]) -> pd.DataFrame:
    """The table's data, built once for the same values and shared by every session:
    `st.data_editor` copies what it is given and never changes it. A DataFrame whose column
    names are plain objects costs the editor less than half of what a ``{column: values}``
    mapping did (it was turned into a DataFrame and back on every run, ~1.5 ms of a move)."""
    return pd.DataFrame({column: list(values)}, columns=pd.Index([column], dtype=object))


def _state(url_key: str, name: str) -> str:
    return f"_{url_key}_{name}"


def _edited(base: list[float], edits: dict | None, column: str) -> list[float | None]:
    """`base` with the table's edits so far (``{"edited_rows": {row: {column: value}}}``)."""
    values: list[float | None] = list(base)
    for row, change in (edits or {}).get("edited_rows", {}).items():
        if column in change:
            value = change[column]
            values[int(row)] = None if value is None else float(value)
    return values


def _apply(url_key: str, editor_key: str, column: str, problem, to_url) -> None:
    values = _edited(st.session_state[_state(url_key, "base")], st.session_state[editor_key],
                     column)
    reason = problem(values)
    if reason is None:
        st.query_params[url_key] = to_url(np.array(values, dtype=float))
    else:
        typed = ", ".join("?" if v is None else f"{v:g}" for v in values)
        st.session_state[_state(url_key, "refused")] = (reason, typed)


def _table_key(url_key: str, values: np.ndarray, column: str, to_url) -> str:
    """The table's widget key, the same for as long as the table shows `values`.

    The table is handed the same data on every run (its `base`) and keeps the edits itself:
    a new key or new data after each edit rebuilt it and took the focus away, so a column
    typed down (1 ⏎ 2 ⏎ …) kept only its first value. It starts afresh (new key, new base)
    only when the values to show are not what its edits make: changed elsewhere (the seed,
    a link, the number of features) or an edit refused.
    """
    version = st.session_state.get(_state(url_key, "version"), 0)
    key = f"{url_key}_table_{version}"
    base = st.session_state.get(_state(url_key, "base"))
    if base is not None and len(base) == len(values):
        shown = _edited(base, st.session_state.get(key), column)
        if None not in shown and to_url(np.array(shown, dtype=float)) == to_url(values):
            return key
    st.session_state[_state(url_key, "base")] = [float(v) for v in values]
    if base is None:
        return key
    st.session_state[_state(url_key, "version")] = version + 1
    return f"{url_key}_table_{version + 1}"


def vector_editor(
    url_key: str,
    values: np.ndarray,
    *,
    label: str,
    column: str,
    problem: Callable[[list[float | None]], str | None],
    to_url: Callable[[np.ndarray], str],
    notice_prefix: str,
    help: str | None = None,
    locked: bool = False,
) -> None:
    """Draw the table for `values` (shape (n,)); edits land in the URL under `url_key`.
    A `locked` table (by a teacher's link) shows the values and takes no edits."""
    refused = st.session_state.pop(_state(url_key, "refused"), None)
    if refused is not None:
        reason, typed = refused
        notices.add_text(notice_prefix + reason, setting=notices.setting(url_key, typed))
    editor_key = _table_key(url_key, np.asarray(values, dtype=float), column, to_url)
    st.data_editor(
        _frame(column, tuple(st.session_state[_state(url_key, "base")])),
        hide_index=False,  # the row numbers are the features' indices
        key=editor_key,
        num_rows="fixed",
        width="stretch",
        height=min(36 + 35 * len(values), 320),
        column_config={column: st.column_config.NumberColumn(
            classroom.locked_label(label, markdown=False) if locked else label, format="%.4g",
            step=0.01, help=classroom.locked_help(help) if locked else help)},
        disabled=locked,
        on_change=_apply,
        args=(url_key, editor_key, column, problem, to_url),
    )
