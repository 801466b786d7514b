"""Downloads on every lesson page: the numbers on screen as JSON and CSV, in a box that runs
only while open, and the charts' own camera button (PNG, or SVG when the reader asks for it).

The files are made only when a button is pressed (`st.download_button` with a callable), and
the closed box costs a rerun only its label, so a slider move serialises nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st

from i18n import DEFAULT_LANGUAGE
from i18n.plotly_locale import chart_locale
from lesson.controls import url_value
from lesson.export import APP, BOXES, SVG, Export, to_csv, to_json
from ui import controls, notices
from ui.context import LANG_KEY, PRESENT_KEY, SEED_KEY
from ui.run_memo import this_run

LAST = "_export_last"  # the page's latest export builder (tests read the files from it)
_SVG_STATE = "_fig_svg"  # the reader's choice, kept while the box (and its toggle) is closed
_SVG_TOGGLE = "fig_svg_toggle"
_CHART_SETTINGS = "chart_settings"  # in the run's memo


def svg_wanted() -> bool:
    """Whether the charts' camera saves SVG: the reader's toggle, else the link's `fig_svg`.
    Kept in the URL by hand (like `lang`): the toggle is drawn only while its box is open."""
    if _SVG_STATE not in st.session_state:
        value, problem = url_value(SVG, st.query_params.get_all(SVG.key))
        if problem is not None:
            notices.add(problem)
        st.session_state[_SVG_STATE] = bool(value)
    return st.session_state[_SVG_STATE]


def _store_svg() -> None:
    wanted = bool(st.session_state[_SVG_TOGGLE])
    st.session_state[_SVG_STATE] = wanted
    if wanted:
        st.query_params[SVG.key] = "true"
    else:
        st.query_params.pop(SVG.key, None)


def chart_config(name: str, *, only_image: bool = False) -> dict[str, Any]:
    """Plotly's config for the chart `name`: the camera button saves
    ``neuron-lab_<name>_seed<seed>`` as PNG at twice the size (sharp on a projector) or as
    SVG (`svg_wanted`). `only_image`: the camera is the only button (an animation, where zoom
    and pan would only get in the way; projector mode, where a toolbar would sit over the
    picture). The toolbar's tooltips speak the page's language."""
    svg, seed, lang, present = _chart_settings()
    config: dict[str, Any] = {"displaylogo": False, "toImageButtonOptions": {
        "format": "svg" if svg else "png", "filename": f"{APP}_{name}_seed{seed}",
        "scale": 1 if svg else 2}, **chart_locale(lang)}
    if only_image or present:
        config["modeBarButtons"] = [["toImage"]]
    return config


def _chart_settings() -> tuple[bool, int, str, bool]:
    """(SVG wanted, seed, language, projector mode): read once a run, for all its charts."""
    memo = this_run()
    if _CHART_SETTINGS not in memo:
        memo[_CHART_SETTINGS] = (svg_wanted(), st.session_state.get(SEED_KEY, 0),
                                 st.session_state.get(LANG_KEY, DEFAULT_LANGUAGE),
                                 bool(st.session_state.get(PRESENT_KEY)))
    return memo[_CHART_SETTINGS]


def downloads(page: str, seed: int, make: Callable[[], Export], tr, *, example: str) -> None:
    """The page's "Download" box: JSON and CSV of `make()` (called only on a click), and the
    charts' format toggle; the caption loads the array `example` back in numpy."""
    st.session_state[LAST] = make
    box = controls.expander(BOXES[page], tr("export.title"), icon=":material/download:")
    if not box.open:
        return
    stem = f"{APP}_{page}_seed{seed}"
    with box:
        json_col, csv_col, svg_col = st.columns(3, vertical_alignment="center")
        json_col.download_button(
            tr("export.json"), data=lambda: to_json(make()), file_name=f"{stem}.json",
            mime="application/json", on_click="ignore", icon=":material/download:",
            key=f"{page}_export_json", width="stretch")
        csv_col.download_button(
            tr("export.csv"), data=lambda: to_csv(make()), file_name=f"{stem}.csv",
            mime="text/csv", on_click="ignore", icon=":material/table:",
            key=f"{page}_export_csv", width="stretch")
        svg_col.toggle(tr("export.svg"), value=svg_wanted(), key=_SVG_TOGGLE,
                       on_change=_store_svg, help=tr("export.svg_help"))
        st.caption(tr("export.caption", file=f"{stem}.json", name=example))
