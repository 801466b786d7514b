"""Play / Pause and a scrubber under an animated figure, run by Plotly in the browser.

Shared by the batch page and the Learn page. An animated figure is a base figure plus named
frames; each frame replaces only the traces that move. Traces are looked up by name
(`trace_indices`), never by a hand-kept list of positions.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

# Under the plots: the Play / Pause buttons on one line, the scrubber on its own line below
# them (side by side, "❚❚ 일시정지" ran into the slider, whose start is a fraction of the width
# while the buttons' width is in pixels and depends on the language).
CONTROLS_TOP = -0.09  # paper y of the buttons' top: under the x-axis title
SLIDER_BELOW_BUTTONS = 40  # px from the buttons' top to the slider
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
                  font: int | None = None) -> dict:
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
            "pad": {"t": SLIDER_BELOW_BUTTONS}, "ticklen": 3, "minorticklen": 0,
            "currentvalue": {"prefix": prefix, "font": {"size": font or 13}, "xanchor": "right"},
            "font": {"size": font} if font else None,  # the tick labels
            "steps": [{"label": label, "method": "animate", "args": _go_to([name], 0, redraw)}
                      for name, label in zip(names, ticks, strict=True)],
        }],
    }


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
        steps = [known.get(name) or {**steps[0], "label": name, "args": [[name], go_to]}
                 for name in names]
    return {"updatemenus": [{**menu, "buttons": [{**play, "args": [names[active:],
                                                                   play["args"][1]]},
                                                 *rest]}],
            "sliders": [{**slider, "active": active, "steps": steps}]}


def sample_steps(n_steps: int, step: int, limit: int) -> list[int]:
    """At most `limit` (>= 3) of the steps 0 … `n_steps`: evenly spaced, with the first, the
    last and `step`. The frames of an animation too long to send whole.

    >>> sample_steps(10, 3, 4)
    [0, 3, 5, 10]
    """
    if not 0 <= step <= n_steps:
        raise ValueError(f"Expected 0 <= step <= {n_steps}, got step={step}.")
    if limit < 3:
        raise ValueError(f"Expected a limit of at least 3 frames, got {limit}.")
    if n_steps < limit:
        return list(range(n_steps + 1))
    even = {int(k) for k in np.rint(np.linspace(0, n_steps, limit - 1))}
    return sorted(even | {step})
