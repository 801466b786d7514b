"""The app's own CSS: one place, injected once per run by the entry point (`inject`).

Streamlit's theme (`.streamlit/config.toml`) sets the colours; this adds what the theme
cannot: less empty space above the title, finger-sized slider thumbs, figures that fit a
phone, readable primary buttons in the dark theme, the projector mode's larger type, and
Korean lines that break between words.
Each style is a constant string, so a rerun costs one small message and no string building.
"""

from __future__ import annotations

import streamlit as st

# Every page, every screen.
BASE = """<style>
/* Streamlit leaves 6rem above the title, under a header that holds only two small buttons:
   the header turns see-through and the title moves up beside them. */
@media (min-width: 641px) {
  [data-testid=stHeader] { background: transparent; }
  [data-testid=stMainBlockContainer] { padding-top: 2rem; padding-bottom: 4rem; }
}
[data-testid=stMain] h1 { font-size: 2.25rem; padding: 0.25rem 0 0.75rem; }
/* A finger needs a 44 px target (WCAG 2.5.8); the thumb itself is ~12 px. The transparent
   ring belongs to the thumb, so a touch on it grabs the thumb. */
[data-testid=stSlider] [role=slider]::before {
  content: ""; position: absolute; inset: -16px; border-radius: 50%;
}
/* White text on the dark theme's light blue fails contrast (2.3:1); dark text reads
   (8:1). `light-dark` follows the colour scheme Streamlit sets on the app. */
.stApp button[kind=primary]:not(:disabled) { color: light-dark(#FFFFFF, #0F1419); }
/* A teacher's task (`ui.classroom.prompt_box`): larger than the page's text. */
.classroom-prompt { font-size: 1.35rem; line-height: 1.45; }
/* The computation graph scales down to the page's width instead of scrolling. */
.neuron-graph svg { max-width: 100%; }
/* Plotly's toolbar (its camera saves the figure as PNG or SVG) gets a band of its own above
   the chart: over the chart it covered titles, most in narrow charts, and on a touch screen,
   where it never hides, always. The band is the chart's top margin; the boxes around it,
   which Streamlit sizes to the figure and which clip what leaves them, grow to hold it.
   It takes the gap above the chart first (1rem), so a page grows by ~10 px a chart.
   With a mouse the toolbar still shows only while the pointer is on the chart. */
[data-testid=stElementContainer]:has(> * > [data-testid=stPlotlyChart]) {
  height: auto !important; flex: 0 0 auto !important; padding-top: 26px; margin-top: -1rem;
}
[data-testid=stPlotlyChart] .js-plotly-plot { overflow: visible !important; }
[data-testid=stPlotlyChart] .modebar-container { top: -26px !important; }
/* A narrow chart keeps the toolbar to one row: the camera and full screen (zoom, pan go).
   (A size container has no width of its own: the chart takes the width it is given, also
   in full screen, where Streamlit centres it.) */
[data-testid=stPlotlyChart] { width: 100%; }
[data-testid=stPlotlyChart] .js-plotly-plot { container-type: inline-size; }
@container (max-width: 280px) {
  .modebar-group:not(:first-child, :last-child) { display: none !important; }
}
/* A touch screen shows a table's toolbar all the time, 44 px above the table: it covered the
   control above it (the vector page's activation menu). Room for it above each table. */
@media (hover: none) {
  [data-testid=stElementContainer]:has(> * > [data-testid=stDataFrame]) { padding-top: 28px; }
}
@media (max-width: 640px) {
  /* The header stays opaque: page content scrolls under its two buttons. */
  [data-testid=stMainBlockContainer] { padding: 4rem 0.75rem 4rem; }
  [data-testid=stMain] h1 { font-size: 1.75rem; }
  /* Code and formulas fit the width rather than scroll inside their boxes. */
  [data-testid=stCode] pre, [data-testid=stCode] code { white-space: pre-wrap !important; }
  [data-testid=stMain] .katex-display > .katex { font-size: 1em; }
  /* A chart's title is one line of SVG text, which never wraps: a little smaller, the
     longest (the vector page's waterfall) fits a phone's width. */
  [data-testid=stPlotlyChart] .gtitle { font-size: 14px !important; }
}
</style>"""

# Projector mode (`present=true`): type readable from the back of a room (body 20 px,
# formulas ~29 px), no Streamlit toolbar over the pictures; Plotly's shows only its camera
# (`ui.export.chart_config`), so a figure can still be saved as PNG/SVG.
PRESENT = """<style>
html { font-size: 20px; }
[data-testid=stMainBlockContainer] {
  padding: 0.5rem 3rem 3rem; max-width: none;
}
[data-testid=stMain] h1 { font-size: 1.6rem; padding: 0 0 0.5rem; }
[data-testid=stMain] .katex { font-size: 1.45em; }
[data-testid=stElementToolbar] { display: none; }
/* A teacher's task takes the title's place (the teacher has said what the page is; the
   title stays for screen readers): the picture keeps the screen's height. */
.stApp:has(.st-key-classroom_prompt) [data-testid=stMain]
  [data-testid=stElementContainer]:has(h1) {
  position: absolute !important; width: 1px; height: 1px; overflow: hidden;
  clip-path: inset(50%);
}
.st-key-classroom_prompt { padding: 0.4rem 0.9rem !important; margin-bottom: -0.5rem; }
.classroom-prompt-row { display: flex; gap: 0.75rem; align-items: baseline; }
.classroom-prompt-row .classroom-prompt { font-size: 1.1rem; line-height: 1.3; }
.classroom-prompt-label { font-size: 0.8rem; opacity: 0.75; white-space: nowrap; }
</style>"""


# Korean (`lang=ko`): a browser may break a Korean line between any two syllables, so a
# narrow column read "입 / 력". Break only at spaces, as Korean is written; a word longer than
# its line (a long URL value in a notice) may still break anywhere rather than overflow.
# Streamlit's markdown sets `word-break: break-word` on its own elements, hence `*` and
# `!important` (for Latin text keep-all is the same as normal).
KOREAN = """<style>
.stApp, .stApp * { word-break: keep-all !important; overflow-wrap: break-word; }
</style>"""


def inject(*, present: bool, korean: bool = False) -> None:
    """Add the app's CSS to this run (a style-only `st.html` takes no room on the page)."""
    st.html(_STYLES[present, korean])


_STYLES = {(present, korean): BASE + (PRESENT if present else "") + (KOREAN if korean else "")
           for present in (False, True) for korean in (False, True)}
