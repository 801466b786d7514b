"""Keep the garbage collector off what lives as long as the server.

What exists at the app's first run (Streamlit, numpy, Plotly and pandas: their modules,
classes, functions and tables, most of the process's objects) lives as long as the process,
yet every full collection walked all of it again: a pause of tens of ms in the middle of
somebody's run, every few seconds under a class. `gc.freeze` is CPython's own way out: it
moves every object tracked so far into a generation the collector never looks at. Garbage
is collected first, so none of it is kept for good; what the app makes later is collected
as usual.
"""

from __future__ import annotations

import gc


def freeze_startup_objects() -> None:
    """Collect, then freeze what is left (once per process: `ui.server_tuning`)."""
    gc.collect()
    gc.freeze()
