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
from plotly.subplots import make_subplots

from figures.style import COLORS, DIVERGING, base_layout

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
# Under the plots: the Play / Pause buttons on one line, the scrubber on its own line below
# them (side by side, "❚❚ 일시정지" ran into the slider, whose start is a fraction of the width
# while the buttons' width is in pixels and depends on the language).
CONTROLS_TOP = -0.09  # paper y of the buttons' top: under the x-axis title
SLIDER_BELOW_BUTTONS = 40  # px from the buttons' top to the slider
CONTROLS_HEIGHT = 150  # bottom margin: axis title, buttons, slider, its tick labels
# Trace indices that frames update (see `batch_figure`).
MOVING = (2, 3, 4, 7, 9, 10)


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


def _moving(ranges, k: int, n_used: int, n_features: int, a: np.ndarray) -> list[dict]:
    """The data of the moving traces (in `MOVING` order) for frame `k`."""
    start, stop = ranges[k]
    box = _rect(start - 0.5, stop - 0.5, -0.5, n_features - 0.5)
    rows = np.arange(stop - start)
    return [
        _rect(-0.5, start - 0.5, -0.5, n_features - 0.5),  # done veil over X
        box, box,  # outline: dark, then light inside
        _rect(start - 0.5, stop - 0.5, 0.0, 1.0),  # outline on the ledger
        _rect(stop - 0.5, n_used - 0.5, 0.0, 1.0),  # cover on predictions not computed yet
        {"type": "heatmap", "z": a.astype(np.float64), "y": rows, "customdata": rows + start},
    ]


def batch_figure(X: np.ndarray, ranges: list[tuple[int, int]], outputs: list[np.ndarray],
                 *, step: int, frame_ms: int, text: BatchText, height: int = 650) -> go.Figure:
    """The animated batch loop.

    X : ndarray of shape (n_features, n_data)
    ranges : (start, stop) of each batch, stop exclusive; at least one batch
    outputs : the neuron's output per batch, each of shape (stop - start, 1)
    step : the batch shown first (the slider starts there)
    frame_ms : how long each frame stays when playing
    """
    n_features, n_data = X.shape
    n_used = ranges[-1][1]
    size = ranges[0][1] - ranges[0][0]
    predictions = np.concatenate(outputs)[:, 0]
    fig = make_subplots(
        rows=3, cols=2, shared_xaxes=True, column_widths=[0.86, 0.14], row_heights=[0.6, 0.1, 0.3],
        specs=[[{}, {"rowspan": 3}], [{}, None], [{}, None]],
        horizontal_spacing=0.12, vertical_spacing=0.07,
        subplot_titles=(text.x_title, text.current_title, None, text.collected_title),
    )
    limit = float(np.max(np.abs(X))) or 1.0
    hover = f"{text.sample} %{{x}}, {text.feature} %{{y}}<br>x = %{{z:.2f}}<extra></extra>"
    fig.add_trace(go.Heatmap(  # 0
        z=X.astype(np.float32), zmin=-limit, zmax=limit, zmid=0.0, colorscale=DIVERGING,
        colorbar={"title": {"text": "X", "side": "top"}, "thickness": 10,
                  "len": 0.55, "y": 1.0, "yanchor": "top", "x": 0.775, "outlinewidth": 0},
        hovertemplate=hover, name="X"), row=1, col=1)
    dropped_box = _rect(n_used - 0.5, n_data - 0.5, -0.5, n_features - 0.5)
    hatch = {"shape": "/", "fgcolor": "#444444", "bgcolor": DROPPED, "solidity": 0.3}
    fig.add_trace(_area(dropped_box, DROPPED, hatch, visible=n_used < n_data), row=1, col=1)  # 1
    fig.add_trace(_area(_rect(0, 0, 0, 0), VEIL), row=1, col=1)  # 2: done veil
    fig.add_trace(_line("#111111", 6), row=1, col=1)  # 3
    fig.add_trace(_line("#FFFFFF", 2.5), row=1, col=1)  # 4

    batch_of = np.full(n_data, -1)
    for k, (start, stop) in enumerate(ranges):
        batch_of[start:stop] = k
    colors = [BATCH_COLORS[k % len(BATCH_COLORS)] if k >= 0 else DROPPED for k in batch_of]
    fig.add_trace(go.Bar(  # 5: ledger
        x=np.arange(n_data, dtype=np.int16), y=np.ones(n_data, dtype=np.int8), width=1.0,
        marker={"color": colors, "line": {"width": 0},
                "pattern": {"shape": ["/" if k < 0 else "" for k in batch_of],
                            "fgcolor": "#444444"}},
        customdata=[str(k) if k >= 0 else text.dropped for k in batch_of], name=text.batch,
        hovertemplate=f"{text.sample} %{{x}}: {text.batch} %{{customdata}}<extra></extra>"),
        row=2, col=1)
    centres = [(start + stop - 1) / 2 for start, stop in ranges]
    show = len(ranges) <= MAX_LEDGER_LABELS
    fig.add_trace(go.Scatter(  # 6: batch numbers on the ledger
        x=centres if show else [], y=[0.5] * len(centres) if show else [], mode="text",
        text=[str(k) for k in range(len(ranges))] if show else [],
        # Dark on the pale batch colours in either theme; the numbers sit mid-strip (at
        # its top edge they were cut in half, and half of them stood on the dark page).
        textfont={"color": "#111111", "size": 12}, hoverinfo="skip"), row=2, col=1)
    fig.add_trace(_line("#111111", 3.5), row=2, col=1)  # 7: current batch on the ledger
    fig.add_trace(go.Bar(  # 8: every prediction, sent once
        x=np.arange(n_used, dtype=np.int16), y=predictions, width=0.9,
        marker={"color": COLORS["a"], "line": {"width": 0}}, name="a",
        hovertemplate=f"{text.sample} %{{x}}: a = %{{y:.8g}}<extra></extra>"), row=3, col=1)
    # Not computed yet: sparse pale dots (dense dark dots on light grey outweighed the
    # predictions themselves).
    pending = {"shape": ".", "fgcolor": PENDING_DOTS, "bgcolor": PENDING, "size": 10,
               "solidity": 0.12}
    fig.add_trace(_area(_rect(0, 0, 0, 0), PENDING, pending), row=3, col=1)  # 9: cover
    fig.add_trace(go.Heatmap(  # 10: this batch's predictions, a column
        z=np.zeros((size, 1)), zmin=0.0, zmax=1.0, colorscale=A_SCALE, showscale=False,
        xgap=0, ygap=1 if size <= 64 else 0,
        texttemplate="%{z:.3f}" if size <= MAX_CELL_TEXT else None, textfont={"size": 12},
        hovertemplate=f"{text.sample} %{{customdata}}: a = %{{z:.8g}}<extra></extra>"),
        row=1, col=2)
    fig.add_trace(_area(_rect(n_used - 0.5, n_data - 0.5, 0.0, 1.0), DROPPED, hatch,
                        visible=n_used < n_data), row=3, col=1)  # 11: dropped, no prediction

    for index, values in zip(MOVING, _moving(ranges, step, n_used, n_features, outputs[step]),
                             strict=True):
        fig.data[index].update(values)

    fig.update_xaxes(range=[-0.5, n_data - 0.5], showgrid=False, zeroline=False, col=1)
    fig.update_xaxes(title_text=text.sample_axis, row=3, col=1)
    fig.update_yaxes(range=[n_features - 0.5, -0.5], title_text=text.feature, showgrid=False,
                     zeroline=False, row=1, col=1)
    fig.update_yaxes(range=[0, 1], tickvals=[0.5], ticktext=[text.ledger_title],
                     showgrid=False, row=2, col=1)
    fig.update_yaxes(range=[0, 1], tickvals=[0, 0.5, 1], row=3, col=1)
    fig.update_xaxes(range=[-0.5, 0.5], showticklabels=False, showgrid=False, row=1, col=2)
    fig.update_yaxes(range=[size - 0.5, -0.5], tickmode="linear", tick0=0,  # rows: integers
                     dtick=max(1, size // 8), showgrid=False, zeroline=False, row=1, col=2)
    base_layout(fig, height=height, title=text.frame_titles[step])
    fig.update_layout(title_font_size=16)
    for i in (0, 2):  # titles of the left panels: left-aligned, clear of the note on the right
        fig.layout.annotations[i].update(x=0.0, xanchor="left")
    fig.add_annotation(text=text.remainder_note, xref="x", yref="y domain", x=n_data - 0.5,
                       y=1.0, xanchor="right", yanchor="bottom", showarrow=False,
                       font={"size": 13})
    _controls(fig, len(ranges), step, frame_ms, text)
    fig.update_layout(margin={"t": 80, "b": CONTROLS_HEIGHT}, dragmode=False, bargap=0)
    # Frames are plain dicts of known-good keys: validating 500 of them would take seconds.
    frames = [{"name": str(k), "traces": list(MOVING),
               "data": _moving(ranges, k, n_used, n_features, outputs[k]),
               "layout": {"title": {"text": text.frame_titles[k]}}} for k in range(len(ranges))]
    return go.Figure({**fig.to_dict(), "frames": frames}, _validate=False)


def _area(box: dict, color: str, pattern: dict | None = None, *, visible: bool = True):
    return go.Scatter(x=box["x"], y=box["y"], mode="lines", fill="toself", fillcolor=color,
                      line={"width": 0}, fillpattern=pattern, hoverinfo="skip", visible=visible)


def _line(color: str, width: float) -> go.Scatter:
    return go.Scatter(x=[], y=[], mode="lines", line={"color": color, "width": width},
                      hoverinfo="skip")


def _controls(fig: go.Figure, count: int, step: int, frame_ms: int, text: BatchText) -> None:
    """Play / Pause buttons and the scrubber, run by Plotly in the browser."""
    def go_to(names, duration, redraw=True):
        return [names, {"frame": {"duration": duration, "redraw": redraw}, "mode": "immediate",
                        "fromcurrent": True, "transition": {"duration": 0}}]

    fig.update_layout(
        updatemenus=[{
            "type": "buttons", "direction": "left", "showactive": False,
            "x": 0.0, "y": CONTROLS_TOP, "xanchor": "left", "yanchor": "top",
            "pad": {"t": 8, "r": 10},
            "font": {"size": 14},
            "buttons": [
                # From the server's step: Plotly only knows the current frame once it has
                # shown one, so a plain "play all from the current frame" would start at 0.
                {"label": text.play, "method": "animate",
                 "args": go_to([str(k) for k in range(step, count)], frame_ms)},
                {"label": text.pause, "method": "animate", "args": go_to([None], 0, False)},
            ],
        }],
        sliders=[{
            "active": step, "x": 0.0, "len": 1.0, "y": CONTROLS_TOP, "yanchor": "top",
            "pad": {"t": SLIDER_BELOW_BUTTONS}, "ticklen": 3, "minorticklen": 0,
            "currentvalue": {"prefix": text.slider_prefix, "font": {"size": 13},
                             "xanchor": "right"},
            "steps": [{"label": str(k), "method": "animate", "args": go_to([str(k)], 0)}
                      for k in range(count)],
        }],
    )
