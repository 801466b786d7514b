"""Figures that many students ask for with the same settings, built once per setting.

A class moving the same slider asks for the same few dozen figures again and again; the
batch page's animation is the costly one (building it was most of a slider move's server
time). The last `MAX_FIGURES` are kept, shared by every session, and handed out as they are:
`st.cache_data` copied (unpickled) the spec on every hit and hashed the arguments its own
way, a fifth of the batch page's server time per move; `st.plotly_chart` only reads a
figure (`SpecFigure.to_dict` hands out a copy), so one object serves everybody.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from figures import heatmaps
from figures.batch import BatchText, batch_figure
from lesson import batch as spec

MAX_FIGURES = 64  # one batch animation spec is ~35 KB (the lesson's) to ~700 KB (the largest)
MAX_HEATMAPS = 256  # a heatmap spec is 1-3 KB at the lessons' sizes, ~130 KB at the largest


@lru_cache(maxsize=MAX_FIGURES)
def batch_animation(seed: int, n_features: int, n_data: int, batch_size: int, drop_last: bool,
                    step: int, frame_ms: int, text: BatchText, *, height: int = 650,
                    present: bool = False):
    """The batch page's animated figure (`figures.batch.batch_figure`) for these settings."""
    loop = spec.run_loop(seed, n_features, n_data, batch_size, drop_last)
    return batch_figure(loop.X, [(s.start, s.stop) for s in loop.steps],
                        [s.trace.a for s in loop.steps], step=step, frame_ms=frame_ms,
                        text=text, height=height, present=present)


def heatmap(values: np.ndarray, symbol: str, **options):
    """`figures.heatmaps.heatmap`, built once for the same values and options: moving one
    slider leaves most of a page's heatmaps as they were (w when N moves), and a class asks
    for the same few settings again and again."""
    values = np.asarray(values)
    options = {name: tuple(value) if isinstance(value, list) else value  # labels
               for name, value in options.items()}
    try:
        key = (values.tobytes(), values.shape, values.dtype.str, symbol,
               tuple(sorted(options.items())))
        hash(key)
    except TypeError:  # an option that cannot be a key: build it
        return heatmaps.heatmap(values, symbol, **options)
    return _heatmap(key)


@lru_cache(maxsize=MAX_HEATMAPS)
def _heatmap(key):
    data, shape, dtype, symbol, options = key
    values = np.frombuffer(data, dtype=dtype).reshape(shape)
    return heatmaps.heatmap(values, symbol, **dict(options))
