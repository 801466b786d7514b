"""A chart of a whole training run, built once, shown at any of its steps.

The Learn page marks the step shown on each chart of a run (a point, a dotted line), and a
reader steps through hundreds of them: the rest of the chart (the curves, the contours, the
layout) is the same at every step. `RunChart` keeps that rest ready to send and puts the
step's marks in per call: a shallow copy, not a new figure.
"""

from __future__ import annotations

from collections.abc import Callable

import plotly.graph_objects as go

from figures.style import from_spec, prepared

# What marks one step: the traces that differ from the base (by position; a position past
# the base's last trace appends) and the layout keys that do.
Marks = Callable[[int], tuple[dict[int, dict], dict]]


class RunChart:
    """A chart of a run; `at(step)` is the figure with `step` marked.

    data, layout : the parts that do not depend on the step (plain dicts, numpy arrays)
    marks : step → (traces by position, layout keys), see `Marks`
    """

    def __init__(self, data: list[dict], layout: dict, marks: Marks) -> None:
        self._data, self._layout, self._marks = prepared(data), prepared(layout), marks

    def at(self, step: int) -> go.Figure:
        traces, keys = self._marks(step)
        data = list(self._data)
        for position, trace in sorted(traces.items()):
            if position < len(data):
                data[position] = prepared(trace)
            else:
                data.append(prepared(trace))
        return from_spec({"data": data, "layout": {**self._layout, **prepared(keys)}})
