"""Layout details of the scalar page's figures that screenshots showed going wrong."""

from __future__ import annotations

import numpy as np

from figures.scalar import affine_line


def test_affine_line_leaves_room_for_a_point_at_the_end_of_the_range():
    xs = np.linspace(-10.0, 10.0, 401)
    fig = affine_line(xs, 2.0 * xs, 10.0, 20.0, title="t")
    lo, hi = fig.layout.xaxis.range
    assert lo < -10.0 and hi > 10.0  # the marker at x = 10 is drawn whole
    assert hi - 10.0 < 0.1 * 20.0  # …without wasting the chart on empty space
