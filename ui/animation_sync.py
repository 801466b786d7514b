"""One position for an animated chart and the page around it.

Plotly plays an animation in the browser (`figures.animation`): Play, Pause and the scrubber
never reach the server, so a page that also shows "batch i" and steps with its own buttons
had two positions (paused at i = 6, the caption said 0 and "Next" went to 1). `follow_animation`
mounts a small script next to the chart that tells the server the frame the reader stopped
at (Pause, the end of Play, a scrubber move): the page's step follows, one rerun each time,
nothing while the animation plays.
"""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

# Runs in the browser. Streamlit calls it on every run with the server's step; it finds the
# chart (`.st-key-<chart> .js-plotly-plot`, drawn lazily and possibly replaced on a rerun),
# listens to Plotly's documented events on it once, and reports the scrubber's position
# when it differs from the server's step.
_JS = """
export default function (component) {
  const { data, setTriggerValue } = component;
  const selector = '.st-key-' + data.chart + ' .js-plotly-plot';
  const sync = { step: data.step, send: setTriggerValue };
  const report = (gd) => {
    const slider = (gd.layout && gd.layout.sliders || [])[0];
    if (!slider || typeof slider.active !== 'number') return;
    if (slider.active !== gd.__neuronLabSync.step) {
      gd.__neuronLabSync.step = slider.active;
      gd.__neuronLabSync.send('step', slider.active);
    }
  };
  const attach = () => {
    const gd = document.querySelector(selector);
    if (!gd || typeof gd.on !== 'function') return;
    const fresh = !gd.__neuronLabSync;
    gd.__neuronLabSync = sync;
    if (!fresh) return;
    gd.on('plotly_animated', () => report(gd));  // Play reached the end
    gd.on('plotly_animationinterrupted', () => report(gd));  // Pause
    // The scrubber moved by the reader (it also moves, without `interaction`, on every
    // frame Play shows: those must not reach the server).
    gd.on('plotly_sliderchange', (event) => { if (event && event.interaction) report(gd); });
  };
  attach();
  // The chart may be drawn (or redrawn) later; a scrubber moved before the listeners are
  // on would not reach the server, so look often (a look is one querySelector).
  const timer = setInterval(attach, 150);
  return () => clearInterval(timer);
}
"""

_COMPONENT = st.components.v2.component("neuron_lab_animation_sync", js=_JS)


def follow_animation(chart_key: str, step: int, on_step: Callable[[int], None]) -> None:
    """Tell the server where the reader stopped the animation of the chart `chart_key`.

    step : the frame the server shows (the figure's `active` frame)
    on_step : called with the frame the reader stopped at, before the next run (a callback:
        set the page's step there)
    """
    key = f"{chart_key}_sync"

    def changed() -> None:
        value = st.session_state[key].get("step")
        if isinstance(value, int):
            on_step(value)

    _COMPONENT(key=key, data={"chart": chart_key, "step": step}, on_step_change=changed)
