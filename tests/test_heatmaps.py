"""The shared heatmap builder, and the bytes each page sends per rerun at its largest sizes."""

import json

import numpy as np
import pytest

from figures.heatmaps import Highlight, heatmap
from tests.helpers import app, decode

PAYLOAD_LIMIT = 300_000  # bytes of chart data per rerun


def test_scale_is_diverging_symmetric_and_centred_at_zero():
    values = np.array([[0.5, -2.0], [1.0, 0.25]])
    trace = json.loads(heatmap(values, "w").to_json())["data"][0]
    assert (trace["zmin"], trace["zmax"], trace["zmid"]) == (-2.0, 2.0, 0.0)
    assert trace["colorbar"]["title"]["text"] == "w ∈ ℝ<sup>2×2</sup>"
    assert trace["z"]["dtype"] == "f4"
    np.testing.assert_allclose(decode(trace["z"]), values)
    assert "%{z" in trace["hovertemplate"]


def test_numbers_on_cells_only_while_they_fit_and_never_as_a_text_array():
    small = json.loads(heatmap(np.ones((4, 6)), "X").to_json())["data"][0]
    big = json.loads(heatmap(np.ones((64, 256)), "X").to_json())["data"][0]
    assert small["texttemplate"] == "%{z:.2f}"
    assert "texttemplate" not in big
    assert "text" not in small and "text" not in big


def test_a_page_can_print_numbers_on_fewer_rows_or_columns():
    def numbers(shape, **limits):
        trace = json.loads(heatmap(np.ones(shape), "X", **limits).to_json())["data"][0]
        return "texttemplate" in trace

    assert numbers((20, 10), max_text_columns=10, max_text_rows=20)
    assert not numbers((21, 10), max_text_columns=10, max_text_rows=20)
    assert not numbers((20, 11), max_text_columns=10, max_text_rows=20)


def test_all_zero_values_still_get_a_scale():
    trace = json.loads(heatmap(np.zeros((2, 1)), "z").to_json())["data"][0]
    assert (trace["zmin"], trace["zmax"]) == (-1.0, 1.0)


def test_highlight_frames_a_column_or_a_row():
    column = heatmap(np.ones((3, 5)), "X", highlight=Highlight(column=2)).layout.shapes[0]
    row = heatmap(np.ones((5, 1)), "Z", highlight=Highlight(row=4)).layout.shapes[0]
    assert (column.x0, column.x1, column.y0, column.y1) == (1.5, 2.5, -0.5, 2.5)
    assert (row.x0, row.x1, row.y0, row.y1) == (-0.5, 0.5, 3.5, 4.5)


def test_pickers_are_one_clickable_marker_per_column():
    fig = json.loads(heatmap(np.ones((3, 5)), "X", pickers=True).to_json())
    markers = fig["data"][1]
    assert markers["type"] == "scatter" and markers["mode"] == "markers"
    np.testing.assert_array_equal(decode(markers["x"]), np.arange(5))


def test_wrong_rank_is_refused_with_the_shape():
    with pytest.raises(ValueError, match=r"2-D .* shape \(3,\)"):
        heatmap(np.ones(3), "x")


@pytest.mark.parametrize("page,query", [
    ("pages/matrix.py", {"m_features": "64", "m_samples": "256"}),
    ("pages/vector.py", {"v_features": "32", "v_passes": "50", "v_bug": "true"}),
])
def test_payload_per_rerun_at_the_largest_sizes(page, query):
    at = app(query, page=page)
    assert not at.exception
    sent = sum(len(chart.proto.spec) for chart in at.get("plotly_chart"))
    assert 0 < sent <= PAYLOAD_LIMIT, f"{page} sends {sent} bytes of charts"


def test_narrow_heatmaps_keep_room_on_the_right_for_their_colour_bar():
    from figures.heatmaps import NARROW_RIGHT_MARGIN

    narrow = json.loads(heatmap(np.ones((5, 1)), "w").to_json())["layout"]
    wide = json.loads(heatmap(np.ones((5, 6)), "X").to_json())["layout"]
    assert narrow["margin"]["r"] == NARROW_RIGHT_MARGIN >= 60
    assert narrow["minreducedwidth"] < 64  # Plotly's default would squeeze the margin first
    assert wide["margin"]["r"] == 10 and "minreducedwidth" not in wide
