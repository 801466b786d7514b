"""Play / Pause and a scrubber under an animated figure, run by Plotly in the browser.

Shared by the batch page and the Learn page. An animated figure is a base figure plus named
frames; each frame replaces only the traces that move. Traces are looked up by name
(`trace_indices`), never by a hand-kept list of positions.
"""

from __future__ import annotations

from collections.abc import Sequence

# Under the plots: the Play / Pause buttons on one line, the scrubber on its own line below
# them (side by side, "❚❚ 일시정지" ran into the slider, whose start is a fraction of the width
# while the buttons' width is in pixels and depends on the language).
CONTROLS_TOP = -0.09  # paper y of the buttons' top: under the x-axis title
SLIDER_BELOW_BUTTONS = 40  # px from the buttons' top to the slider
# px the current value takes above the slider: kept free without it (the slider would run
# into the buttons)
VALUE_HEIGHT = 24
STEP_INSET = 10  # px Plotly leaves before a slider's first step and after its last
# px from the controls' top to the top of the tick labels of a slider without current value
LABEL_BELOW_TOP = SLIDER_BELOW_BUTTONS + VALUE_HEIGHT + 30
CONTROLS_HEIGHT = 150  # bottom margin: axis title, buttons, slider, its tick labels


def trace_indices(order: Sequence[str], names: Sequence[str]) -> list[int]:
    """The positions of the traces `names` in a figure whose traces are named `order`.

    >>> trace_indices(("data", "line", "ring"), ("ring", "line"))
    [2, 1]
    """
    missing = [name for name in names if name not in order]
    if missing:
        raise ValueError(f"Expected trace names among {list(order)}, got {missing}.")
    return [list(order).index(name) for name in names]


def _go_to(names: list, duration: int, redraw: bool) -> list:
    return [names, {"frame": {"duration": duration, "redraw": redraw}, "mode": "immediate",
                    "fromcurrent": True, "transition": {"duration": 0}}]


def play_controls(frame_names: Sequence[str], *, frame_ms: int, active: int, text_play: str,
                  text_pause: str, prefix: str, redraw: bool = True,
                  top: float = CONTROLS_TOP, labels: Sequence[str] | None = None,
                  font: int | None = None, show_value: bool = True) -> dict:
    """Play / Pause buttons and a scrubber over the frames `frame_names`, as layout keys.

    frame_names : the frames' names, in playing order
    frame_ms : how long each frame stays when playing
    active : index of the frame the figure shows first (the slider starts there, and Play goes
        on from there)
    text_play, text_pause, prefix : the buttons' labels and the slider's value prefix,
        already translated
    redraw : False only when every moving trace is a scatter (heatmaps and contours need a
        full redraw to change)
    top : paper y of the buttons' top (the slider sits `SLIDER_BELOW_BUTTONS` px lower);
        leave `CONTROLS_HEIGHT` px of bottom margin for them
    labels : the slider's tick labels (default: the frame names)
    font : px of the buttons' and the slider's text (default 14 and 13; projector mode: more)
    show_value : write the current frame's label above the slider (off when most frames
        have no label, and the figure's title says which frame it shows)

    Returns ``{"updatemenus": [...], "sliders": [...]}`` to merge into a layout.
    """
    names = [str(name) for name in frame_names]
    ticks = names if labels is None else [str(label) for label in labels]
    if len(ticks) != len(names):
        raise ValueError(f"Expected one label per frame ({len(names)}), got {len(ticks)}.")
    return {
        "updatemenus": [{
            "type": "buttons", "direction": "left", "showactive": False,
            "x": 0.0, "y": top, "xanchor": "left", "yanchor": "top",
            "pad": {"t": 8, "r": 10},
            "font": {"size": font or 14},
            "buttons": [
                # From the server's step: Plotly only knows the current frame once it has
                # shown one, so a plain "play all from the current frame" would start at 0.
                {"label": text_play, "method": "animate",
                 "args": _go_to(names[active:], frame_ms, redraw)},
                {"label": text_pause, "method": "animate", "args": _go_to([None], 0, False)},
            ],
        }],
        "sliders": [{
            "active": active, "x": 0.0, "len": 1.0, "y": top, "yanchor": "top",
            "pad": {"t": SLIDER_BELOW_BUTTONS + (0 if show_value else VALUE_HEIGHT)},
            "ticklen": 3, "minorticklen": 0,
            "currentvalue": {"prefix": prefix, "font": {"size": font or 13}, "xanchor": "right",
                             "visible": show_value},
            "font": {"size": font} if font else None,  # the tick labels
            "steps": [{"label": label, "method": "animate", "args": _go_to([name], 0, redraw)}
                      for name, label in zip(names, ticks, strict=True)],
        }],
    }


def round_steps(n_steps: int, most: int = 6) -> list[int]:
    """The steps a scrubber over 0 … `n_steps` labels: multiples of the smallest 1, 2 or 5 ×
    10^k that gives at most `most` + 1 of them, and the last step (a multiple closer to it
    than half the spacing is left out, so that labels do not run into each other).

    >>> round_steps(260)
    [0, 50, 100, 150, 200, 260]
    """
    spacing = next(m * 10**e for e in range(19) for m in (1, 2, 5) if n_steps / (m * 10**e) <= most)
    multiples = [k for k in range(0, n_steps + 1, spacing) if n_steps - k >= spacing / 2]
    return [*multiples, n_steps] if n_steps else [0]


def round_labels(steps: Sequence[int]) -> list[str]:
    """Tick labels for a scrubber over the frames `steps` (increasing): each of
    `round_steps(steps[-1])` among them labelled with its number, the others ''."""
    wanted = set(round_steps(steps[-1]))
    return [str(k) if k in wanted else "" for k in steps]


def scrubber_marks(labels: Sequence[str], *, top: float = CONTROLS_TOP,
                   font: int | None = None) -> list[dict]:
    """Tick labels under a scrubber made with ``show_value=False`` and no labels of its own,
    as layout annotations: Plotly labels only every n-th step (n from the width), so round
    numbers on other steps went missing. ``labels`` has one entry per frame ('' for none);
    each sits under its step's tick (Plotly insets the first and last by `STEP_INSET` px).
    """
    n = len(labels)
    marks = []
    for i, label in enumerate(labels):
        if not label:
            continue
        f = i / (n - 1) if n > 1 else 0.0
        marks.append({"text": label, "xref": "paper", "yref": "paper", "x": f,
                      "xshift": STEP_INSET * (1 - 2 * f), "xanchor": "center", "y": top,
                      "yanchor": "top", "yshift": -LABEL_BELOW_TOP, "showarrow": False,
                      "font": {"size": font or 13}})
    return marks


def moved_controls(controls: dict, frame_names: Sequence[str], active: int) -> dict:
    """`controls` (from `play_controls`) for the frames `frame_names`, opening at frame
    `active`: the slider's position and the frames Play goes through change, and a frame the
    slider lacks gets a step of its own (labelled with its name). A shallow copy: `controls`
    stay as they are, so one set serves every position of an animation built once."""
    menu, slider = controls["updatemenus"][0], controls["sliders"][0]
    play, *rest = menu["buttons"]
    names = [str(name) for name in frame_names]
    steps = slider["steps"]
    if [step["args"][0][0] for step in steps] != names:
        known = {step["args"][0][0]: step for step in steps}
        go_to = steps[0]["args"][1]
        # Labelled as the others are: with its name, or as the first (marks under it).
        named = all(step["label"] == step["args"][0][0] for step in steps)
        steps = [known.get(name) or {**steps[0], "label": name if named else steps[0]["label"],
                                     "args": [[name], go_to]}
                 for name in names]
    return {"updatemenus": [{**menu, "buttons": [{**play, "args": [names[active:],
                                                                   play["args"][1]]},
                                                 *rest]}],
            "sliders": [{**slider, "active": active, "steps": steps}]}


def strided_steps(n_steps: int, limit: int) -> list[int]:
    """At most `limit` (>= 3) of the steps 0 … `n_steps`: every s-th step from 0 and the
    last, for the smallest whole stride s that fits. Runs that differ only in length mostly
    share their stride, so their animations share most frames (built once, see
    `figures.boundary`), where evenly spaced steps would move with every length.

    >>> strided_steps(10, 4)
    [0, 4, 8, 10]
    """
    if limit < 3:
        raise ValueError(f"Expected a limit of at least 3 frames, got {limit}.")
    if n_steps < limit:
        return list(range(n_steps + 1))
    stride = -(-n_steps // (limit - 1))  # ceil: ceil(n / s) multiples below n, and n
    return [*range(0, n_steps, stride), n_steps]
