"""The vector page's input `x`: drawn from the seed or typed, kept in the URL (``v_x``).

When the number of features changes, typed values are kept (the first ones), a new entry is
drawn from the seed and a removed one is dropped; the neuron is new, so its counters restart,
except a counter a teacher's link hides or locks: it keeps the link's value (the new neuron
replays that many passes), as any fixed control keeps its value when another one moves.
"""

from __future__ import annotations

import numpy as np
import streamlit as st

from lesson import vector as spec
from ui import classroom
from ui.url_values import set_url_int, url_vector

_SEEN = "_v_features_seen"  # l_I of the previous run, to notice a change


def vector_input(n_features: int, seed: int) -> tuple[np.ndarray, int | None]:
    """``(x, before)``: x of shape (n_features,), and the previous number of features if it
    has just changed (else None)."""
    before = st.session_state.get(_SEEN)
    st.session_state[_SEEN] = n_features
    resized = before is not None and before != n_features
    # The URL still holds x for the previous size: read it at that size, then resize it
    # (read at the new size, a kept value looked like a bad link).
    length = before if resized else n_features
    x = url_vector(spec.X_KEY, lambda text: spec.parse_x(text, length),
                   spec.draw_x(seed, length), "vector.notice_x_")
    if not resized:
        return x, None
    if spec.X_KEY in st.query_params:
        x = spec.resize_x(x, seed, n_features)
        st.query_params[spec.X_KEY] = spec.format_x(x)
    else:
        x = spec.draw_x(seed, n_features)
    for counter in (spec.PASSES, spec.RESETS):
        if not classroom.fixes(counter.key):
            set_url_int(counter, counter.lo)
    return x, before
