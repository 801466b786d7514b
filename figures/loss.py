"""Charts of a training run: the loss over the steps, the parameters over the steps, and the
loss landscape with the path gradient descent took.

Step ``k`` reads as in `neuron.History`: ``loss[k]`` is the loss of step k's batch before its
update, ``w[k]``, ``b[k]`` the parameters before it (row ``n_steps``: the final ones). Long runs
(up to 500,000 steps) are thinned to at most `MAX_POINTS` points per line, keeping each
stretch's lowest and highest value, so a noisy loss looks as noisy as it is.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import plotly.graph_objects as go

from figures.run_chart import RunChart
from figures.style import COLORS, NORMAL, SEQUENTIAL, layout, look

# Per line: 600 stretches, each drawn by its lowest and highest value, at least one a pixel
# of these half-width charts (~550 px of plot even on a projector).
MAX_POINTS = 1200
PATH_POINTS = 2000  # of the landscape's path, evenly spaced: its zigzags keep their detail
# Okabe–Ito colours with 3:1 contrast on the light page and on the dark one (WCAG 1.4.11):
# bluish green for the thin line of every batch, vermillion for the mean and the step.
STEP_COLOR = "#009E73"
LOSS_COLOR = "#D55E00"
MARK_COLOR = COLORS["muted"]  # the current step's vertical line
STOP_COLOR = LOSS_COLOR  # the line at the step where training stopped
MAX_LOG_TICKS = 6  # labels on a log loss axis, at most about
LOG_RATIO = 1e3  # a loss spanning more than this factor gets a log axis (when `log_y` is None)
SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉"
# Sequential, the valley dark: pale enough at the rim for the path's colour to read on every
# part of it, and that colour also reads in the legend on a light and on a dark page.
# The landscape's colours: the app's sequential scale (as its other heatmaps: it reads on the
# light page and on the dark one), darker = lower loss, with a colour bar saying so.
LANDSCAPE_SCALE = SEQUENTIAL
PATH_COLOR = COLORS["a"]
LEGEND = {"orientation": "h", "x": 0.0, "y": 1.0, "yanchor": "bottom", "xanchor": "left",
          "font": {"size": 13}, "itemclick": False, "itemdoubleclick": False}


@dataclass(frozen=True)
class LossText:
    """The loss chart's strings, already translated."""

    step_axis: str  # e.g. "step"
    loss_axis: str  # e.g. "loss L"
    per_step: str  # legend, e.g. "each batch"
    per_epoch: str  # legend, e.g. "mean per epoch"
    current: str  # legend and hover of the marked step, e.g. "this step"
    stopped: str | None = None  # shown at the end if training stopped early


@dataclass(frozen=True)
class ParamsText:
    """The parameters chart's strings, already translated (w₁, w₂, b are written here)."""

    step_axis: str
    value_axis: str  # e.g. "value"
    current: str
    # The axis title when the values blew up and the axis is a symmetric log one, e.g.
    # "value (log scale both ways from 0)"; empty: `value_axis`.
    value_axis_log: str = ""
    stopped: str | None = None  # shown at the stop if training stopped early


@dataclass(frozen=True)
class LandscapeText:
    """The landscape's strings, already translated."""

    x_axis: str  # e.g. "w" (2-D: "w₁")
    y_axis: str  # e.g. "b" (2-D: "w₂")
    loss: str  # hover name of the value, e.g. "L"
    path: str  # legend, e.g. "gradient descent's path"
    start: str  # legend, e.g. "start"
    current: str  # legend, e.g. "this step"


def _clipped(values: np.ndarray) -> np.ndarray:
    """Values within float32's range (a diverging run's w at its limit, not 10³⁰⁰)."""
    limit = np.finfo(np.float32).max
    return np.clip(values, -limit, limit)


def _f32(values: np.ndarray) -> np.ndarray:
    """Values as float32, the ones beyond its range (a diverging run's w) at its limit."""
    return _clipped(values).astype(np.float32)


def _compact(values: np.ndarray) -> np.ndarray:
    """Finite values as float32 if it holds them (half of float64's bytes), else as float64:
    a diverging run's loss climbs past 10³⁸ and is drawn as it was, not flat at a cap."""
    values = np.asarray(values, dtype=float)
    fits = not values.size or np.abs(values).max() < np.finfo(np.float32).max
    return values.astype(np.float32) if fits else values


def thin(values: np.ndarray, limit: int = MAX_POINTS) -> tuple[np.ndarray, np.ndarray]:
    """Steps and values of `values` (one per step), at most `limit` of them: all if few,
    else each stretch's lowest and highest, in step order."""
    n = len(values)
    steps = np.arange(n)
    if n <= limit:
        return steps, values
    size = -(-n // (limit // 2))  # steps per stretch; the last stretch may be shorter
    padded = np.concatenate([values, np.full(size * (-(-n // size)) - n, values[-1])])
    stretches = padded.reshape(-1, size)
    starts = np.arange(0, n, size)
    low = np.minimum(starts + stretches.argmin(axis=1), n - 1)
    high = np.minimum(starts + stretches.argmax(axis=1), n - 1)
    keep = np.unique(np.concatenate([low, high]))  # sorted; a flat stretch gives one point
    return keep, values[keep]


def _decades_per_tick(*values: np.ndarray) -> int | None:
    """A log axis's tick step in decades: powers of ten only (no 2s and 5s), at most about
    `MAX_LOG_TICKS` of them, so a diverging run's 10⁻¹ … 10³⁸ stays readable."""
    shown = np.abs(np.concatenate([np.ravel(v) for v in values]).astype(float))
    shown = shown[(shown > 0) & np.isfinite(shown)]
    if not shown.size:
        return None
    decades = np.log10(shown.max()) - np.log10(shown.min())
    if decades < 1:  # within one decade a power of ten may not be in view: Plotly's ticks
        return None
    return max(1, int(np.ceil(decades / MAX_LOG_TICKS)))


def _log_range(values: np.ndarray) -> list[float] | None:
    """A log axis's range (in decades) for a loss that climbed near float64's end (10³⁰⁸),
    where Plotly's own range would reach past it and label the top tick "Infinity"; None
    (Plotly's range) otherwise."""
    shown = np.abs(values[np.isfinite(values) & (values != 0)])
    if not shown.size or shown.max() < np.finfo(np.float32).max:
        return None
    low, high = np.log10(shown.min()), np.log10(shown.max())
    pad = 0.05 * (high - low)
    return [float(low - pad), float(min(high + pad, np.log10(np.finfo(float).max)))]


def _step_line(step: int) -> dict:
    return {"type": "line", "x0": step, "x1": step, "y0": 0, "y1": 1, "yref": "paper",
            "line": {"color": MARK_COLOR, "width": 1.5, "dash": "dot"}, "layer": "below"}


def _legend(present: bool) -> dict:
    return LEGEND | {"font": {"size": look(present).font or LEGEND["font"]["size"]}}


def _steps_range(last: int) -> list[float]:
    """Steps 0 … `last` with a little room on both sides: a marker at step 0 or at the end
    shows whole instead of half hidden behind the axis."""
    pad = max(0.5, 0.015 * last)
    return [-pad, last + pad]


def _base_layout(height: int, step_axis: str, y_axis: dict, present: bool, last: int,
                 **extra) -> dict:
    return layout(height=height, present=present, showlegend=True, legend=_legend(present),
                  hovermode="x unified", dragmode=False,
                  margin={"l": 10, "r": 10, "t": 40, "b": 10},
                  xaxis={"title": {"text": step_axis}, "zeroline": False,
                         "range": _steps_range(last)},
                  yaxis=y_axis, **extra)


def loss_figure(history, *, step: int, text: LossText, log_y: bool | None = None,
                height: int = 320, present: bool = False) -> go.Figure:
    """Each step's batch loss (thin), each epoch's mean (thick) and the step shown marked;
    a run that stopped early (`history.stopped`) has its stop marked and explained.

    history : `neuron.History` (loss (n_steps,), epoch (n_steps,), epoch_loss (n_epochs,))
    step : 0 … n_steps
    log_y : a log loss axis; None: when the loss spans more than `LOG_RATIO`
    present : draw for a projector (thicker lines, bigger markers and type)
    """
    return loss_chart(history, text=text, log_y=log_y, height=height,
                      present=present).at(step)


def loss_chart(history, *, text: LossText, log_y: bool | None = None, height: int = 320,
               present: bool = False) -> RunChart:
    """`loss_figure` of the whole run, built once, for any step (`RunChart.at`)."""
    scale = look(present).line / NORMAL.line
    loss = np.asarray(history.loss, dtype=float)
    xs, ys = thin(loss)
    positive = loss[loss > 0]
    if log_y is None:
        log_y = bool(positive.size and positive.max() > LOG_RATIO * positive.min())
    epochs = np.asarray(history.epoch_loss, dtype=float)
    counts = np.bincount(np.asarray(history.epoch, dtype=int), minlength=len(epochs))
    ends = np.cumsum(counts)[:len(epochs)]
    middles = ends - (counts[:len(epochs)] + 1) / 2  # the epoch's middle step
    finite = np.isfinite(epochs)  # (a mean of huge losses can overflow)
    hover = "%{y:.4g}<extra></extra>"
    data = [
        {"type": "scatter", "mode": "lines", "x": xs, "y": _compact(ys),
         "name": text.per_step, "hovertemplate": hover,
         "line": {"color": STEP_COLOR, "width": 1.5 * scale}},
        {"type": "scatter", "mode": "lines+markers", "x": middles[finite],
         "y": _compact(epochs[finite]), "name": text.per_epoch, "hovertemplate": hover,
         "line": {"color": LOSS_COLOR, "width": 3.5 * scale}, "marker": {"size": 7 * scale}},
    ]
    stop = []
    last = max(len(loss), 1)
    annotations = None
    if history.stopped:  # the step that could not run: a line of its own, said why
        at = history.stopped_at
        stop = [{"type": "line", "x0": at, "x1": at, "y0": 0, "y1": 1, "yref": "paper",
                 "line": {"color": STOP_COLOR, "width": 2 * scale, "dash": "dash"},
                 "layer": "above"}]
        if text.stopped:
            # Bottom right: the loss that stopped training climbed to the top right.
            annotations = [{"text": text.stopped, "x": at, "y": 0.0, "xref": "x",
                            "yref": "paper", "xanchor": "right", "yanchor": "bottom",
                            "xshift": -4, "showarrow": False,
                            "font": {"size": look(present).font or 12, "color": STOP_COLOR}}]
        last = max(last, at)

    def marks(step: int) -> tuple[dict[int, dict], dict]:
        traces = {}
        if step < len(loss):
            traces[2] = {"type": "scatter", "mode": "markers", "x": [step],
                         "y": [float(loss[step])], "name": text.current,
                         "hovertemplate": hover,
                         "marker": {"color": LOSS_COLOR, "size": 12 * scale,
                                    "symbol": "circle", "line": {"color": "#FFFFFF",
                                                                 "width": 2}}}
        return traces, {"shapes": [_step_line(step), *stop]}

    y_axis = {"title": {"text": text.loss_axis}, "type": "log" if log_y else "linear",
              "rangemode": "tozero" if not log_y else "normal",
              "exponentformat": "power",  # 10⁻⁴, not "100µ"
              "dtick": _decades_per_tick(ys, epochs) if log_y else None,
              "range": _log_range(loss) if log_y else None}
    return RunChart(data, _base_layout(height, text.step_axis, y_axis, present, last,
                                       annotations=annotations), marks)


def parameter_names(n_features: int) -> list[str]:
    """w (one feature) or w₁, w₂, … (several), then b."""
    if n_features == 1:
        return ["w", "b"]
    weights = [f"w{''.join(SUBSCRIPTS[int(d)] for d in str(i + 1))}" for i in range(n_features)]
    return [*weights, "b"]


DASHES = ("solid", "dash", "dashdot", "longdash", "longdashdot")
# Parameters that grow past this factor of their start's size (a diverging run) are drawn on a
# symmetric log axis: on a linear one the start was a flat line at 0 and the end one spike.
BLOWUP = 1e3


def symlog(values: np.ndarray) -> np.ndarray:
    """sign(v)·log10(1 + |v|): linear near 0, one unit per decade far from it, any sign.

    >>> symlog(np.array([0.0, 9.0, -99.0])).tolist()
    [0.0, 1.0, -2.0]
    """
    values = np.asarray(values, dtype=float)
    return np.sign(values) * np.log10(1 + np.abs(values))


def _symlog_axis(series: list[np.ndarray], max_ticks: int = 9) -> dict:
    """Ticks of a symlog axis at 0 and ±powers of ten (a decade step keeping the labels to
    about `max_ticks`), labelled with the values they stand for."""
    top = max(float(np.max(np.abs(values))) for values in series)
    decades = max(1, int(np.ceil(np.log10(1 + top))))
    signs = [s for s in (-1, 1) if any(np.any(s * values > 0) for values in series)]
    needed = decades * len(signs) / (max_ticks - 1)
    every = next(step for step in (1, 2, 5, 10, 20, 25, 50, 100, 200) if step >= needed)
    powers = range(0 if every == 1 else every, decades + 1, every)
    vals, text = [0.0], ["0"]
    for s in signs:
        for p in powers:
            vals.append(float(symlog(np.array(s * 10.0**p))))
            text.append(("−" if s < 0 else "") + ("1" if p == 0 else "10" if p == 1
                                                     else f"10<sup>{p}</sup>"))
    order = np.argsort(vals)
    return {"tickvals": [vals[i] for i in order], "ticktext": [text[i] for i in order]}


def params_figure(history, *, step: int, text: ParamsText, height: int = 320,
                  present: bool = False) -> go.Figure:
    """Each weight (orange, one dash pattern each) and the bias (purple, dotted) over the
    steps, the step shown marked.

    history : `neuron.History` (w (n_steps + 1, n_features), b (n_steps + 1,))
    step : 0 … n_steps (row `step` of w and b)
    present : draw for a projector (thicker lines, bigger markers and type)
    """
    return params_chart(history, text=text, height=height, present=present).at(step)


def params_chart(history, *, text: ParamsText, height: int = 320,
                 present: bool = False) -> RunChart:
    """`params_figure` of the whole run, built once, for any step (`RunChart.at`)."""
    scale = look(present).line / NORMAL.line
    w = np.asarray(history.w, dtype=float)
    b = np.asarray(history.b, dtype=float)
    names = parameter_names(w.shape[1])
    series = [*w.T, b]
    start = max(1.0, *(abs(float(values[0])) for values in series))
    log = max(float(np.max(np.abs(values))) for values in series) > BLOWUP * start
    shown = [symlog(values) for values in series] if log else series
    data = []
    for k, (name, values) in enumerate(zip(names, series, strict=True)):
        is_bias = k == len(series) - 1
        xs, ys = thin(shown[k])
        # On the log axis the hover tells the value itself, not its position.
        hover = ({"customdata": _compact(values[xs]),
                  "hovertemplate": f"{name} = %{{customdata:.4g}}<extra></extra>"} if log else
                 {"hovertemplate": f"{name} = %{{y:.4g}}<extra></extra>"})
        data.append({"type": "scatter", "mode": "lines", "x": xs, "y": _compact(ys),
                     "name": name, **hover,
                     "line": {"color": COLORS["b"] if is_bias else COLORS["w"],
                              "width": 2.5 * scale,
                              "dash": "dot" if is_bias else DASHES[k % len(DASHES)]}})
    colours = [COLORS["w"]] * (len(series) - 1) + [COLORS["b"]]

    def marks(step: int) -> tuple[dict[int, dict], dict]:
        marker = {"type": "scatter", "mode": "markers", "x": [step] * len(series),
                  "y": [float(values[step]) for values in shown], "name": text.current,
                  "hoverinfo": "skip",
                  "marker": {"color": colours, "size": 11 * scale,
                             "line": {"color": "#FFFFFF", "width": 2}}}
        return {len(series): marker}, {"shapes": [_step_line(step), *stop]}

    stop, annotations, last = [], None, max(len(b) - 1, 1)
    if history.stopped:  # as on the loss chart: the step that could not run, said why
        at = history.stopped_at
        stop = [{"type": "line", "x0": at, "x1": at, "y0": 0, "y1": 1, "yref": "paper",
                 "line": {"color": STOP_COLOR, "width": 2 * scale, "dash": "dash"},
                 "layer": "above"}]
        if text.stopped:
            # Top left: the parameters ran off to both sides towards the stop, on the right.
            annotations = [{"text": text.stopped, "x": 0.0, "y": 1.0, "xref": "paper",
                            "yref": "paper", "xanchor": "left", "yanchor": "top",
                            "xshift": 4, "showarrow": False,
                            "font": {"size": look(present).font or 12, "color": STOP_COLOR}}]
        last = max(last, at)
    y_axis = {"title": {"text": (text.value_axis_log or text.value_axis) if log
                        else text.value_axis}, "zeroline": True,
              "zerolinecolor": COLORS["muted"], **(_symlog_axis(series) if log else {})}
    return RunChart(data, _base_layout(height, text.step_axis, y_axis, present, last,
                                       annotations=annotations), marks)


def _path(xs: np.ndarray, ys: np.ndarray, step: int) -> tuple[np.ndarray, np.ndarray]:
    """At most ~`PATH_POINTS` points of the path, evenly spaced, with its ends and `step`."""
    n = len(xs)
    if n <= PATH_POINTS:
        return xs, ys
    keep = np.unique(np.concatenate([np.linspace(0, n - 1, PATH_POINTS).astype(int), [step]]))
    return xs[keep], ys[keep]


def landscape_figure(grid_w: np.ndarray, grid_b: np.ndarray, L: np.ndarray,
                     path_w: np.ndarray, path_b: np.ndarray, *, step: int, text: LandscapeText,
                     height: int = 420, present: bool = False) -> go.Figure:
    """Contours of the loss over two parameters, with gradient descent's path on them.

    grid_w : ndarray of shape (n_x,), the horizontal parameter's values (1-D: w; 2-D: w₁)
    grid_b : ndarray of shape (n_y,), the vertical one's (1-D: b; 2-D: w₂ at a fixed b)
    L : ndarray of shape (n_y, n_x), the mean loss at each grid point (non-finite: left blank)
    path_w, path_b : ndarray of shape (n_steps + 1,), the two parameters before each step
    step : 0 … n_steps, the point marked
    present : draw for a projector (thicker lines, bigger markers and type)

    The colours follow log₁₀ L (a valley a thousand times lower than the rim still shows);
    hovering gives L itself.
    """
    return landscape_chart(grid_w, grid_b, L, path_w, path_b, text=text, height=height,
                           present=present).at(step)


def _loss_bar(levels: np.ndarray, name: str, present: bool) -> dict:
    """The landscape's colour bar over log10(loss): its ticks say the loss itself (powers of
    ten, or a few values when it spans less than a decade)."""
    low, high = (float(levels.min()), float(levels.max())) if levels.size else (0.0, 1.0)
    if high - low >= 1:
        step = max(1, int(np.ceil((high - low) / 5)))
        vals = list(range(int(np.ceil(low)), int(np.floor(high)) + 1, step))
        text = [f"10<sup>{v}</sup>" if v not in (0, 1) else str(10**v) for v in vals]
    else:
        vals = [float(v) for v in np.linspace(low, high, 4)]
        text = [f"{10**v:.3g}" for v in vals]
    font = look(present).font
    return {"title": {"text": f"{name} (log)", "side": "top"}, "tickvals": vals,
            "ticktext": text, "thickness": 12, "len": 0.9,
            **({"tickfont": {"size": font}} if font else {})}


def landscape_chart(grid_w: np.ndarray, grid_b: np.ndarray, L: np.ndarray,
                    path_w: np.ndarray, path_b: np.ndarray, *, text: LandscapeText,
                    height: int = 420, present: bool = False) -> RunChart:
    """`landscape_figure` of the whole run, built once, for any step (`RunChart.at`)."""
    loss = np.asarray(L, dtype=float)
    finite = np.isfinite(loss)
    levels = np.full(loss.shape, np.nan)
    levels[finite] = np.log10(np.maximum(loss[finite], 1e-12))
    path_w, path_b = np.asarray(path_w, dtype=float), np.asarray(path_b, dtype=float)
    scale = look(present).line / NORMAL.line
    marker = {"size": 13 * scale, "line": {"color": "#111111", "width": 2}}
    data = [
        {"type": "contour", "x": np.asarray(grid_w, dtype=np.float32),
         "y": np.asarray(grid_b, dtype=np.float32), "z": levels.astype(np.float32),
         "customdata": np.where(finite, loss, np.nan).astype(np.float32),
         "colorscale": LANDSCAPE_SCALE, "ncontours": 18,
         "showscale": True, "colorbar": _loss_bar(levels[finite], text.loss, present),
         "contours": {"coloring": "fill", "showlines": True}, "line": {"width": 0.5},
         "name": text.loss, "connectgaps": False,
         "hovertemplate": f"{text.x_axis} = %{{x:.3g}}, {text.y_axis} = %{{y:.3g}}<br>"
                          f"{text.loss} = %{{customdata:.4g}}<extra></extra>"},
        path_trace := {"type": "scatter", "mode": "lines", "name": text.path,
                       "line": {"color": PATH_COLOR, "width": 2.5 * scale},
                       "hoverinfo": "skip"},
        {"type": "scatter", "mode": "markers", "x": [float(path_w[0])],
         "y": [float(path_b[0])], "name": text.start, "hoverinfo": "skip",
         "marker": {**marker, "symbol": "circle-open", "color": PATH_COLOR,
                    "line": {"color": PATH_COLOR, "width": 3}}},
    ]
    # The path's points: all of a short one (the same at every step), else a sample that
    # also holds the step marked (so the mark sits on the line).
    short = len(path_w) <= PATH_POINTS
    data[1] = ({**path_trace, "x": _compact(path_w), "y": _compact(path_b)} if short
               else path_trace)

    def marks(step: int) -> tuple[dict[int, dict], dict]:
        traces = {3: {"type": "scatter", "mode": "markers", "x": [float(path_w[step])],
                      "y": [float(path_b[step])], "name": text.current,
                      "hovertemplate": f"{text.x_axis} = %{{x:.4g}}, {text.y_axis} = "
                                       "%{y:.4g}<extra></extra>",
                      "marker": {**marker, "symbol": "circle", "color": PATH_COLOR,
                                 "line": {"color": "#FFFFFF", "width": 2.5}}}}
        if not short:
            xs, ys = _path(path_w, path_b, step)
            traces[1] = {**path_trace, "x": _compact(xs), "y": _compact(ys)}
        return traces, {}

    axis = {"showgrid": False, "zeroline": False}
    return RunChart(data, layout(
        height=height, present=present, showlegend=True, legend=_legend(present),
        dragmode=False, hovermode="closest",
        margin={"l": 10, "r": 10, "t": 40, "b": 10},
        xaxis={**axis, "title": {"text": text.x_axis},
               "range": [float(np.min(grid_w)), float(np.max(grid_w))]},
        yaxis={**axis, "title": {"text": text.y_axis},
               "range": [float(np.min(grid_b)), float(np.max(grid_b))]}), marks)
