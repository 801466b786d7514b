"""Projector mode in the figure builders: the same data, drawn for a projector (lines ≥ 3 px,
markers ≥ 12 px, type ≥ 20 px), and the normal figures unchanged."""

import numpy as np
import pytest

from figures.scalar import activation_curve, affine_line
from figures.style import NORMAL, PROJECTOR
from lesson.scalar import x_grid, z_grid
from neuron import ACTIVATIONS


def _scalar_figures(present: bool):
    xs, zs = x_grid(), z_grid(14.0)
    g = ACTIVATIONS["sigmoid"]
    return [
        affine_line(xs, 5 * xs - 1, 3.0, 14.0, title="t", present=present),
        activation_curve(zs, g.fn(zs), 14.0, float(g.fn(14.0)), title="t", present=present,
                         derivative_grid=g.derivative(zs),
                         derivative_at_z=float(g.derivative(14.0))),
    ]


def _lines_and_markers(fig):
    widths = [trace.line.width for trace in fig.data if trace.mode == "lines"]
    widths += [shape.line.width for shape in fig.layout.shapes]
    sizes = [trace.marker.size for trace in fig.data if trace.mode == "markers"]
    return widths, sizes


def test_projector_sizes_meet_the_classroom_minimums():
    assert PROJECTOR.line >= 3 and PROJECTOR.guide >= 3 and PROJECTOR.marker >= 12
    assert PROJECTOR.font >= 20


@pytest.mark.parametrize("index", [0, 1])
def test_scalar_figures_in_projector_mode(index):
    normal, present = _scalar_figures(False)[index], _scalar_figures(True)[index]
    for a, b in zip(normal.data, present.data, strict=True):  # the same data
        np.testing.assert_array_equal(np.asarray(a.y, dtype=float), np.asarray(b.y, dtype=float))
    widths, sizes = _lines_and_markers(present)
    assert widths and min(widths) >= 3 and sizes and min(sizes) >= 12
    assert present.layout.font.size == PROJECTOR.font
    assert present.layout.title.font.size >= PROJECTOR.font
    assert present.layout.xaxis.tickfont.size >= PROJECTOR.font
    assert present.layout.yaxis.title.font.size >= PROJECTOR.font
    widths, sizes = _lines_and_markers(normal)
    assert max(sizes) == NORMAL.marker and normal.layout.font.size is None


def test_contributions_in_projector_mode():
    from figures.contributions import contribution_waterfall

    args = (np.array([0.5, -1.0, 2.0]), 0.25, 1.75)
    kwargs = {"labels": ["a", "b", "c"], "b_label": "+ b", "z_label": "= z", "title": "t"}
    normal = contribution_waterfall(*args, **kwargs)
    present = contribution_waterfall(*args, **kwargs, present=True)
    np.testing.assert_array_equal(normal.data[0].y, present.data[0].y)
    assert present.data[0].connector.line.width >= 3
    assert all(shape.line.width >= 3 for shape in present.layout.shapes)
    assert present.layout.font.size >= 20 and normal.layout.font.size is None


def test_heatmaps_in_projector_mode():
    from figures.heatmaps import heatmap

    values = np.array([[0.5, -1.0], [2.0, 0.25]])
    normal, present = heatmap(values, "X", title="t"), heatmap(values, "X", title="t",
                                                                present=True)
    np.testing.assert_array_equal(normal.data[0].z, present.data[0].z)
    assert present.data[0].textfont.size > normal.data[0].textfont.size
    assert present.layout.font.size >= 20


def test_batch_figure_in_projector_mode():
    from figures.batch import BatchText, batch_figure
    from lesson import batch as spec

    loop = spec.run_loop(0, 20, 100, 8, True)
    words = dict.fromkeys(("x_title", "ledger_title", "collected_title", "current_title",
                           "remainder_note", "play", "pause", "slider_prefix", "sample",
                           "sample_axis", "feature", "batch", "dropped"), "t")
    text = BatchText(frame_titles=tuple(s.title for s in loop.steps), **words)
    args = (loop.X, [(s.start, s.stop) for s in loop.steps], [s.trace.a for s in loop.steps])
    normal = batch_figure(*args, step=0, frame_ms=500, text=text)
    present = batch_figure(*args, step=0, frame_ms=500, text=text, present=True)
    assert present.layout.font.size >= 20 and normal.layout.font.size is None
    assert min(a.font.size for a in present.layout.annotations) >= 20
    np.testing.assert_array_equal(normal.data[0].z, present.data[0].z)
