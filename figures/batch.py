"""The batch loop as one animated Plotly figure: play, pause and scrub in the browser.

Layout (samples run left to right, lined up in the three left panels):

- top: the data ``X`` (features × samples) as a heatmap, sent once;
- middle: the batch ledger, one cell per sample, coloured and numbered by its batch;
- bottom: the predictions collected so far, one bar per sample (``a`` is (n_used × 1), laid on
  its side so that each prediction sits under its sample);
- right: the current batch's predictions ``a`` (batch_size × 1), a real column.

Each frame changes only what moves: the "done" veil, the current batch's outline, the cover on
predictions not computed yet, the current column and the title. Everything else (the data, the
ledger, all predictions, the hatching of dropped samples) is in the base figure, once, so even
500 frames stay far below 1 MB.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import plotly.graph_objects as go

from figures.animation import CONTROLS_HEIGHT, play_controls, trace_indices
from figures.style import COLORS, DIVERGING, figure, layout

BATCH_COLORS = ("#88CCEE", "#DDCC77", "#44AA99", "#EE8866")  # cycle; pale, so black text reads
DROPPED = "#9E9E9E"
VEIL = "rgba(128, 128, 128, 0.6)"
# Opaque, to hide the bars not computed yet; a mid grey that is neither a bright slab on a
# dark page nor a dark one on a light page, with sparse pale dots.
PENDING = "#AFAFAF"
PENDING_DOTS = "rgba(255, 255, 255, 0.45)"
A_SCALE = [[0.0, "#FFF5EB"], [1.0, COLORS["a"]]]
MAX_LEDGER_LABELS = 40  # batch numbers are written on the ledger up to this many batches
MAX_CELL_TEXT = 24  # values are written in the current column up to this batch size
# The traces, in drawing order (later ones on top), and those that frames update.
TRACES = ("X", "dropped", "done", "outline_dark", "outline_light", "ledger", "ledger_numbers",
          "ledger_outline", "collected", "cover", "current", "collected_dropped")
MOVING = ("done", "outline_dark", "outline_light", "ledger_outline", "cover", "current")
# The grid: a wide left column of three rows (X, the ledger, the predictions) sharing the
# samples' axis, and a narrow right column (this batch's a) as tall as all three. Axes: x/y =
# X, x2/y2 = this batch's a, x3/y3 = ledger, x4/y4 = predictions. Widths are shares of the
# chart's width (unknown to the server: one layout for every screen); heights are pixels,
# since the figure's height is known, so each title gets its own room at any width.
COLUMN_WIDTHS = (0.84, 0.16)  # "0.814" fits the right column at a phone's 358 px
COLUMN_GAP = 0.04
LEDGER_PX = (24, 30)  # the batch strip's height (normal, projector)
LEDGER_GAP_PX = 6  # between X and the strip
# X's colour bar lies flat over X's right end, on its own line under X's title: beside the
# current column it read as the legend of a, and upright its tick labels ran together.
COLORBAR_PX = ((100, 8), (150, 10))  # length, thickness (normal, projector)
COLORBAR_LINE_PX = (34, 44)  # the bar and its tick labels, between X's title and X
TOP_MARGIN = (144, 156)  # px: the title on two lines, the panel titles, the colour bar
BUTTONS_BELOW_PLOT = (64, 84)  # px from the plots' bottom to the Play buttons: tick labels
# and the axis title in between; the slider and its labels take the rest of CONTROLS_HEIGHT
SLIDER_PX = CONTROLS_HEIGHT - 40
CURRENT_TITLE_CHARS = (9, 16)  # a longer title of the current column wraps onto two lines


@dataclass(frozen=True)
class BatchText:
    """Every reader-visible string of the figure, already translated."""

    x_title: str
    ledger_title: str
    collected_title: str
    current_title: str
    remainder_note: str
    frame_titles: tuple[str, ...]  # one per batch
    play: str
    pause: str
    slider_prefix: str
    sample: str
    sample_axis: str
    feature: str
    batch: str
    dropped: str


def _rect(x0: float, x1: float, y0: float, y1: float) -> dict:
    return {"type": "scatter", "x": [x0, x1, x1, x0, x0], "y": [y0, y0, y1, y1, y0]}


def _moving(ranges, k: int, n_used: int, n_features: int, a: np.ndarray) -> dict[str, dict]:
    """The data of the moving traces, by name, for frame `k`."""
    start, stop = ranges[k]
    box = _rect(start - 0.5, stop - 0.5, -0.5, n_features - 0.5)
    rows = np.arange(stop - start)
    return {
        "done": _rect(-0.5, start - 0.5, -0.5, n_features - 0.5),  # veil over X
        "outline_dark": box, "outline_light": box,  # the light one inside the dark one
        "ledger_outline": _rect(start - 0.5, stop - 0.5, 0.0, 1.0),
        "cover": _rect(stop - 0.5, n_used - 0.5, 0.0, 1.0),  # predictions not computed yet
        "current": {"type": "heatmap", "z": a.astype(np.float64), "y": rows,
                    "customdata": rows + start},
    }


def _in_order(moving: dict[str, dict]) -> list[dict]:
    return [moving[name] for name in MOVING]


def _domains(plot_px: float, present: bool, title_size: int
             ) -> tuple[list[float], list[float], list[list[float]]]:
    """Paper domains: the left column's x, the right column's x, the left rows' y (top
    first), for plots `plot_px` high. X takes two thirds of what the strip and the gaps
    leave, the predictions one third; the predictions' title sits in the gap above them."""
    width = 1.0 - COLUMN_GAP * (len(COLUMN_WIDTHS) - 1)
    left_end = width * COLUMN_WIDTHS[0] / sum(COLUMN_WIDTHS)
    ledger = LEDGER_PX[present] / plot_px
    gap_x, gap_title = LEDGER_GAP_PX / plot_px, (1.5 * title_size + 8) / plot_px
    rest = 1.0 - ledger - gap_x - gap_title
    x_bottom = 1.0 - rest * 2 / 3
    ledger_bottom = x_bottom - gap_x - ledger
    rows = [[x_bottom, 1.0], [ledger_bottom, x_bottom - gap_x], [0.0, ledger_bottom - gap_title]]
    return ([0.0, round(left_end, 6)], [round(left_end + COLUMN_GAP, 6), 1.0],
            [[round(bottom, 6), round(top, 6)] for bottom, top in rows])


def _ticks(limit: float) -> list[float]:
    """Three ticks for a colour bar from -`limit` to `limit`: ±the largest one-digit value
    within it, and 0 (`nticks` left some bars with 0 alone)."""
    unit = 10.0 ** np.floor(np.log10(limit))
    end = float(np.floor(limit / unit) * unit)
    return [-end, 0.0, end]


def _title(text: str, x: float, y: float, xanchor: str, lift: int = 0, size: int = 15) -> dict:
    """A panel's title, just above the panel (as make_subplots writes them), `lift` px higher."""
    return {"text": text, "x": x, "y": y, "xref": "paper", "yref": "paper", "xanchor": xanchor,
            "yanchor": "bottom", "align": xanchor, "yshift": lift, "showarrow": False,
            "font": {"size": size}}


def _wrap(text: str, width: int) -> str:
    """`text` on two lines, split at the space that makes the longer line shortest, if it has
    more than `width` characters and a space; otherwise as it is."""
    spaces = [i for i, char in enumerate(text) if char == " "]
    if len(text) <= width or not spaces:
        return text
    cut = min(spaces, key=lambda i: max(i, len(text) - i - 1))
    return f"{text[:cut]}<br>{text[cut + 1:]}"


def batch_figure(X: np.ndarray, ranges: list[tuple[int, int]], outputs: list[np.ndarray],
                 *, step: int, frame_ms: int, text: BatchText, height: int = 650,
                 present: bool = False) -> go.Figure:
    """The animated batch loop.

    X : ndarray of shape (n_features, n_data)
    ranges : (start, stop) of each batch, stop exclusive; at least one batch
    outputs : the neuron's output per batch, each of shape (stop - start, 1)
    step : the batch shown first (the slider starts there)
    frame_ms : how long each frame stays when playing
    present : draw for a projector (type 20 px)
    """
    n_features, n_data = X.shape
    n_used = ranges[-1][1]
    size = ranges[0][1] - ranges[0][0]
    predictions = np.concatenate(outputs)[:, 0]
    on_x = {"xaxis": "x", "yaxis": "y"}
    on_ledger = {"xaxis": "x3", "yaxis": "y3"}
    on_collected = {"xaxis": "x4", "yaxis": "y4"}

    title_size = 20 if present else 15
    top, bottom = TOP_MARGIN[present], BUTTONS_BELOW_PLOT[present] + SLIDER_PX
    plot_px = height - top - bottom
    left, right, (x_rows, ledger_rows, collected_rows) = _domains(plot_px, present, title_size)
    limit = float(np.max(np.abs(X))) or 1.0
    hover = f"{text.sample} %{{x}}, {text.feature} %{{y}}<br>x = %{{z:.2f}}<extra></extra>"
    data_x = {
        "type": "heatmap", "z": X.astype(np.float32), "zmin": -limit, "zmax": limit,
        "zmid": 0.0, "colorscale": DIVERGING,
        # Flat, over X's right end, its tick labels under it (yanchor "top": anchored at
        # its bottom, the bar pushed the figure's title off the top).
        "colorbar": {"title": {"text": "X", "side": "right"}, "orientation": "h",
                     "lenmode": "pixels", "len": COLORBAR_PX[present][0],
                     "thickness": COLORBAR_PX[present][1], "tickvals": _ticks(limit),
                     "x": left[1], "xanchor": "right", "xpad": 0, "ypad": 0,
                     "y": x_rows[1] + COLORBAR_LINE_PX[present] / plot_px,
                     "yanchor": "top",
                     "outlinewidth": 0},
        "hovertemplate": hover, "name": "X", **on_x}
    dropped_box = _rect(n_used - 0.5, n_data - 0.5, -0.5, n_features - 0.5)
    hatch = {"shape": "/", "fgcolor": "#444444", "bgcolor": DROPPED, "solidity": 0.3}

    batch_of = np.full(n_data, -1)
    for k, (start, stop) in enumerate(ranges):
        batch_of[start:stop] = k
    colors = [BATCH_COLORS[k % len(BATCH_COLORS)] if k >= 0 else DROPPED for k in batch_of]
    ledger = {
        "type": "bar", "x": np.arange(n_data, dtype=np.int16),
        "y": np.ones(n_data, dtype=np.int8), "width": 1.0,
        "marker": {"color": colors, "line": {"width": 0},
                   "pattern": {"shape": ["/" if k < 0 else "" for k in batch_of],
                               "fgcolor": "#444444"}},
        "customdata": [str(k) if k >= 0 else text.dropped for k in batch_of], "name": text.batch,
        "hovertemplate": f"{text.sample} %{{x}}: {text.batch} %{{customdata}}<extra></extra>",
        **on_ledger}
    centres = [(start + stop - 1) / 2 for start, stop in ranges]
    show = len(ranges) <= MAX_LEDGER_LABELS
    ledger_numbers = {
        "type": "scatter", "x": centres if show else [],
        "y": [0.5] * len(centres) if show else [], "mode": "text",
        "text": [str(k) for k in range(len(ranges))] if show else [],
        # Dark on the pale batch colours in either theme; the numbers sit mid-strip (at
        # its top edge they were cut in half, and half of them stood on the dark page).
        "textfont": {"color": "#111111", "size": 16 if present else 12}, "hoverinfo": "skip",
        **on_ledger}
    collected = {  # every prediction, sent once
        "type": "bar", "x": np.arange(n_used, dtype=np.int16), "y": predictions, "width": 0.9,
        "marker": {"color": COLORS["a"], "line": {"width": 0}}, "name": "a",
        "hovertemplate": f"{text.sample} %{{x}}: a = %{{y:.8g}}<extra></extra>", **on_collected}
    # Not computed yet: sparse pale dots (dense dark dots on light grey outweighed the
    # predictions themselves).
    pending = {"shape": ".", "fgcolor": PENDING_DOTS, "bgcolor": PENDING, "size": 10,
               "solidity": 0.12}
    current = {  # this batch's predictions, a column
        "type": "heatmap", "z": np.zeros((size, 1)), "zmin": 0.0, "zmax": 1.0,
        "colorscale": A_SCALE, "showscale": False, "xgap": 0, "ygap": 1 if size <= 64 else 0,
        "texttemplate": "%{z:.3f}" if size <= MAX_CELL_TEXT else None,
        "textfont": {"size": 16 if present else 12},
        "hovertemplate": f"{text.sample} %{{customdata}}: a = %{{z:.8g}}<extra></extra>",
        "xaxis": "x2", "yaxis": "y2"}
    traces = {
        "X": data_x,
        "dropped": _area(dropped_box, DROPPED, hatch, visible=n_used < n_data) | on_x,
        "done": _area(_rect(0, 0, 0, 0), VEIL) | on_x,
        "outline_dark": _line("#111111", 6) | on_x,
        "outline_light": _line("#FFFFFF", 2.5) | on_x,
        "ledger": ledger,
        "ledger_numbers": ledger_numbers,
        "ledger_outline": _line("#111111", 3.5) | on_ledger,
        "collected": collected,
        "cover": _area(_rect(0, 0, 0, 0), PENDING, pending) | on_collected,
        "current": current,
        # Dropped samples have no prediction.
        "collected_dropped": _area(_rect(n_used - 0.5, n_data - 0.5, 0.0, 1.0), DROPPED, hatch,
                                   visible=n_used < n_data) | on_collected,
    }
    for name, values in _moving(ranges, step, n_used, n_features, outputs[step]).items():
        traces[name] = traces[name] | values
    data = [traces[name] for name in TRACES]

    samples = {"range": [-0.5, n_data - 0.5], "showgrid": False, "zeroline": False,
               "domain": left}
    axes = {
        "xaxis": {**samples, "anchor": "y", "matches": "x4", "showticklabels": False},
        "xaxis2": {"anchor": "y2", "domain": right, "range": [-0.5, 0.5],
                   "showticklabels": False, "showgrid": False},
        "xaxis3": {**samples, "anchor": "y3", "matches": "x4", "showticklabels": False},
        "xaxis4": {**samples, "anchor": "y4", "title": {"text": text.sample_axis}},
        "yaxis": {"anchor": "x", "domain": x_rows, "range": [n_features - 0.5, -0.5],
                  # (room for the title: "특성" was cut at the chart's left edge on a phone)
                  "title": {"text": text.feature}, "automargin": True, "showgrid": False,
                  "zeroline": False},
        "yaxis2": {"anchor": "x2", "domain": [0.0, 1.0], "range": [size - 0.5, -0.5],
                   "side": "right", "automargin": True,
                   "tickmode": "linear", "tick0": 0,  # rows: integers
                   "dtick": max(1, size // 8), "showgrid": False, "zeroline": False},
        "yaxis3": {"anchor": "x3", "domain": ledger_rows, "range": [0, 1], "tickvals": [0.5],
                   "ticktext": [text.ledger_title], "showgrid": False},
        "yaxis4": {"anchor": "x4", "domain": collected_rows, "range": [0, 1],
                   "tickvals": [0, 0.5, 1]},
    }
    lift = COLORBAR_LINE_PX[present]  # X's title and the column's, over the colour bar
    annotations = [
        # Titles of the left panels, left-aligned.
        _title(text.x_title, 0.0, x_rows[1], "left", lift=lift, size=title_size),
        # Flush with the column's right edge, on two lines if long: centred over a narrow
        # column, "a of this batch" ran past the chart's edge and was cut.
        _title(_wrap(text.current_title, CURRENT_TITLE_CHARS[present]), right[1], 1.0,
               "right", lift=lift, size=title_size),
        _title(text.collected_title, 0.0, collected_rows[1], "left", size=title_size),
    ]
    # The note on how many samples are dropped is the title's second line: on X's right, at
    # a phone's width, it ran into X's title and the current column's.
    note_size = 18 if present else 13

    def title(k: int) -> str:
        return (f"{text.frame_titles[k]}<br><span style='font-size:{note_size}px'>"
                f"{text.remainder_note}</span>")

    fig_layout = layout(
        height=height, title=title(step), **axes, annotations=annotations,
        dragmode=False, bargap=0, present=present,
        **play_controls([str(k) for k in range(len(ranges))], frame_ms=frame_ms, active=step,
                        text_play=text.play, text_pause=text.pause,
                        prefix=text.slider_prefix, font=20 if present else None,
                        top=-BUTTONS_BELOW_PLOT[present] / plot_px))
    fig_layout["title"]["font"] = {"size": 22 if present else 16}
    fig_layout["title"] |= {"yref": "container", "y": 1.0, "yanchor": "top", "pad": {"t": 24}}
    fig_layout["margin"] = {**fig_layout["margin"], "t": top, "b": bottom}
    moving = trace_indices(TRACES, MOVING)
    frames = [{"name": str(k), "traces": moving,
               "data": _in_order(_moving(ranges, k, n_used, n_features, outputs[k])),
               "layout": {"title": {"text": title(k)}}} for k in range(len(ranges))]
    return figure(data, fig_layout, frames)


def _area(box: dict, color: str, pattern: dict | None = None, *, visible: bool = True) -> dict:
    return {**box, "mode": "lines", "fill": "toself", "fillcolor": color, "line": {"width": 0},
            "fillpattern": pattern, "hoverinfo": "skip", "visible": visible}


def _line(color: str, width: float) -> dict:
    return {"type": "scatter", "x": [], "y": [], "mode": "lines",
            "line": {"color": color, "width": width}, "hoverinfo": "skip"}
