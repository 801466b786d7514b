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
    assert small["texttemplate"] == "%{z:.2~f}"  # trailing zeros trimmed, as `fmt` writes
    assert "texttemplate" not in big
    assert "text" not in small and "text" not in big


def test_a_page_can_print_numbers_on_fewer_rows_or_columns():
    def numbers(shape, **limits):
        trace = json.loads(heatmap(np.ones(shape), "X", **limits).to_json())["data"][0]
        return "texttemplate" in trace

    assert numbers((20, 10), max_text_columns=10, max_text_rows=20)
    assert not numbers((21, 10), max_text_columns=10, max_text_rows=20)
    assert not numbers((20, 11), max_text_columns=10, max_text_rows=20)


def test_cells_drop_trailing_zeros_as_the_pages_text_does():
    # d3's "~" trims them: -0.60 on a cell would contradict "-0.6" beside it (lesson.numbers).
    trace = json.loads(heatmap(np.array([[-0.6, 1.0]]), "X").to_json())["data"][0]
    assert trace["texttemplate"].endswith("~f}")


def test_a_one_row_heatmap_writes_its_colour_bar_title_sideways():
    # Over a one-row strip the bar is short: a title on top crowded its ticks.
    bar = json.loads(heatmap(np.ones((1, 5)), "xᵀ").to_json())["data"][0]["colorbar"]
    assert bar["title"]["side"] == "right"


def test_an_axis_without_labels_has_no_tick_marks():
    layout = json.loads(heatmap(np.ones((1, 5)), "xᵀ").to_json())["layout"]
    assert layout["yaxis"]["ticks"] == "" and layout["xaxis"].get("ticks") is None
    column = json.loads(heatmap(np.ones((5, 1)), "w").to_json())["layout"]
    assert column["xaxis"]["ticks"] == "" and column["yaxis"].get("ticks") is None


def test_all_zero_values_still_get_a_scale():
    trace = json.loads(heatmap(np.zeros((2, 1)), "z").to_json())["data"][0]
    assert (trace["zmin"], trace["zmax"]) == (-1.0, 1.0)


def test_highlight_frames_a_column_or_a_row():
    column = heatmap(np.ones((3, 5)), "X", highlight=Highlight(column=2)).layout.shapes[0]
    row = heatmap(np.ones((5, 1)), "Z", highlight=Highlight(row=4)).layout.shapes[0]
    assert (column.x0, column.x1, column.y0, column.y1) == (1.5, 2.5, -0.5, 2.5)
    assert (row.x0, row.x1, row.y0, row.y1) == (-0.5, 0.5, 3.5, 4.5)


def test_pick_puts_a_clickable_marker_on_every_cell_with_its_value():
    values = np.arange(15.0).reshape(3, 5)
    fig = json.loads(heatmap(values, "X", pick=True).to_json())
    cells, markers = fig["data"]
    assert cells["hoverinfo"] == "skip" and markers["mode"] == "markers"
    # cell (row j, column i) has its marker at x = i, y = j, carrying X[j, i]
    xs, ys, data = (decode(markers[k]) for k in ("x", "y", "customdata"))
    for x, y, value in zip(xs, ys, data, strict=True):
        assert values[int(y), int(x)] == value
    assert len(xs) == values.size
    assert fig["layout"]["hoverdistance"] == -1  # a click anywhere in a cell hits its marker


def test_a_very_large_heatmap_gets_one_pick_marker_per_column():
    fig = json.loads(heatmap(np.ones((64, 256)), "X", pick=True).to_json())
    np.testing.assert_array_equal(decode(fig["data"][1]["x"]), np.arange(256))


@pytest.mark.parametrize(("count", "labelled"), [(1, [0]), (6, list(range(6))),
                                                 (16, list(range(16)))])
def test_every_index_is_labelled_up_to_16(count, labelled):
    layout = json.loads(heatmap(np.ones((count, count)), "X").to_json())["layout"]
    assert layout["xaxis"]["tickvals"] == labelled
    assert layout["yaxis"]["tickvals"] == labelled


def test_more_than_16_indices_let_plotly_pick_the_ticks():
    layout = json.loads(heatmap(np.ones((40, 17)), "X").to_json())["layout"]
    assert layout["xaxis"]["tickmode"] == "auto" and layout["yaxis"]["tickmode"] == "auto"


def test_values_of_one_sign_get_a_sequential_scale_over_their_range():
    trace = json.loads(heatmap(np.full((3, 1), 0.7), "A", value_range=(0.0, 1.0)).to_json())
    trace = trace["data"][0]
    assert (trace["zmin"], trace["zmax"]) == (0.0, 1.0)
    assert "zmid" not in trace
    assert trace["colorscale"][0][1] != trace["colorscale"][-1][1]


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


def test_a_projectors_colour_bar_has_three_ticks_its_large_labels_fit():
    values = np.arange(24, dtype=float).reshape(4, 6) - 12
    assert heatmap(values, "X").data[0].colorbar.nticks == 5
    assert heatmap(values, "X", present=True).data[0].colorbar.nticks == 3
