"""Figures that many students ask for with the same settings, built once per setting.

A class moving the same slider asks for the same few dozen figures again and again; the
batch page's animation is the costly one (building it was most of a slider move's server
time). `st.cache_data` keeps a bounded number of them, for a bounded time, shared by every
session; a hit costs a copy (unpickling the spec), not a build.
"""

from __future__ import annotations

import streamlit as st

from figures.batch import BatchText, batch_figure
from lesson import batch as spec

MAX_FIGURES = 256  # per function; one batch animation spec is ~35-700 KB
TTL_S = 3600


@st.cache_data(max_entries=MAX_FIGURES, ttl=TTL_S, show_spinner=False)
def batch_animation(seed: int, n_features: int, n_data: int, batch_size: int, drop_last: bool,
                    step: int, frame_ms: int, text: BatchText, *, height: int = 650,
                    present: bool = False):
    """The batch page's animated figure (`figures.batch.batch_figure`) for these settings."""
    loop = spec.run_loop(seed, n_features, n_data, batch_size, drop_last)
    return batch_figure(loop.X, [(s.start, s.stop) for s in loop.steps],
                        [s.trace.a for s in loop.steps], step=step, frame_ms=frame_ms,
                        text=text, height=height, present=present)
