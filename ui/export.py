"""Downloads on every page: the numbers on screen as JSON and CSV, and the charts' own image
button (PNG, or SVG when the reader asks for it).

The files are made only when a button is pressed (`st.download_button` with a callable), so a
slider move serialises nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st

from lesson.controls import BoolControl, url_value
from lesson.export import APP, Export, to_csv, to_json
from ui import controls
from ui.context import PRESENT_KEY, SEED_KEY

SVG = BoolControl("fig_svg", default=False)  # the charts' camera button saves SVG, not PNG
LAST = "_export_last"  # the page's latest export builder (tests read the files from it)


def chart_config(name: str, *, only_image: bool = False) -> dict[str, Any]:
    """Plotly's config for the chart `name`: the camera button saves
    ``neuron-lab_<name>_seed<seed>`` as PNG at twice the size (sharp on a projector) or as
    SVG, as the reader chose below the page. `only_image`: the camera is the only button
    (an animation, where zoom and pan would only get in the way; projector mode, where a
    toolbar would sit over the picture)."""
    svg = st.session_state.get(SVG.key)
    if svg is None:  # first run of a link: the toggle is drawn after the charts
        svg = url_value(SVG, st.query_params.get_all(SVG.key))[0]
    seed = st.session_state.get(SEED_KEY, 0)
    config: dict[str, Any] = {"displaylogo": False, "toImageButtonOptions": {
        "format": "svg" if svg else "png", "filename": f"{APP}_{name}_seed{seed}",
        "scale": 1 if svg else 2}}
    if only_image or st.session_state.get(PRESENT_KEY):
        config["modeBarButtons"] = [["toImage"]]
    return config


def downloads(page: str, seed: int, make: Callable[[], Export], tr, *, example: str) -> None:
    """The page's download row: JSON and CSV of `make()` (called only on a click), and the
    chart format toggle; the caption loads the array `example` back in numpy."""
    st.session_state[LAST] = make
    stem = f"{APP}_{page}_seed{seed}"
    with st.container(border=True):
        st.markdown(f"**{tr('export.title')}**")
        json_col, csv_col, svg_col = st.columns(3, vertical_alignment="center")
        json_col.download_button(
            tr("export.json"), data=lambda: to_json(make()), file_name=f"{stem}.json",
            mime="application/json", on_click="ignore", icon=":material/download:",
            key=f"{page}_export_json", width="stretch")
        csv_col.download_button(
            tr("export.csv"), data=lambda: to_csv(make()), file_name=f"{stem}.csv",
            mime="text/csv", on_click="ignore", icon=":material/table:",
            key=f"{page}_export_csv", width="stretch")
        with svg_col:
            controls.toggle(SVG, tr("export.svg"), help=tr("export.svg_help"))
        st.caption(tr("export.caption", file=f"{stem}.json", name=example))
