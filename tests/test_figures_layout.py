"""Layout details of the scalar page's figures that screenshots showed going wrong."""

from __future__ import annotations

import numpy as np

from figures.graph import _POSITIONS, GraphText, neuron_graph
from figures.scalar import affine_line


def test_affine_line_leaves_room_for_a_point_at_the_end_of_the_range():
    xs = np.linspace(-10.0, 10.0, 401)
    fig = affine_line(xs, 2.0 * xs, 10.0, 20.0, title="t")
    lo, hi = fig.layout.xaxis.range
    assert lo < -10.0 and hi > 10.0  # the marker at x = 10 is drawn whole
    assert hi - 10.0 < 0.1 * 20.0  # …without wasting the chart on empty space


def _arrow_into_a(text: GraphText):
    (arrow,) = [a for a in neuron_graph(text).layout.annotations
                if a.showarrow and (a.x, a.y) == _POSITIONS["a"]]
    return arrow


def test_graph_arrows_stop_outside_their_boxes_whatever_the_text_width():
    # At 15 px bold a character is at least ~7 px wide: a box's half width is at least
    # 3.5 px per character of its longest line (a value node puts "a =" over its value)
    # plus its 9 px padding; the arrowhead must stop before it.
    for label in ("a", "a = 0.99999917", "a = -0.12345678"):
        longest = max(len(line) for line in label.split(" = "))
        assert _arrow_into_a(GraphText(a=label)).standoff >= 3.5 * longest + 9
    assert (_arrow_into_a(GraphText(a="a = 0.99999917")).standoff
            > _arrow_into_a(GraphText(a="a")).standoff)
