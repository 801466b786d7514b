"""Any link opens a working page: random URL parameters, valid or not, never give a traceback.

(Found this way: `seed=inf` once crashed every page inside Streamlit's own URL parsing.)
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers import app

KEYS = {
    "pages/scalar.py": ["x", "w", "b", "activation", "derivative", "try", "code"],
    "pages/vector.py": ["v_features", "v_activation", "v_bug", "v_passes", "v_resets", "v_x",
                        "v_try", "v_pitfalls", "v_code"],
    "pages/matrix.py": ["m_features", "m_samples", "m_sample", "m_activation", "m_try",
                        "m_code"],
    "pages/batch.py": ["bl_n_data", "bl_batch", "bl_features", "bl_drop_last", "bl_speed",
                       "bl_step", "bl_try", "bl_code"],
    "pages/learn.py": ["ln_data", "ln_samples", "ln_noise", "ln_activation", "ln_loss", "ln_lr",
                       "ln_batch", "ln_epochs", "ln_start", "ln_drop_last", "ln_bug", "ln_step",
                       "ln_try", "ln_code"],
}
SHARED = ["seed", "lang", "prompt", "hide", "lock"]
TRICKY = ["", "0", "-0", "1", "-1", "2.5", "1e400", "-1e400", "inf", "-inf", "nan", "NaN",
          "0x10", "1_000", " 5 ", "1,2,3", "1;2", "true", "false", "TRUE", "ko", "en", "xx",
          "tanh", "relu", "leaky_relu", "full", "xor", "csv", "line1d", "mse", "zeros",
          "saturated", "0.001", "10", "9" * 30, "-" + "9" * 30, "%00", "<b>", "ﾟ"]
VALUES = st.one_of(st.sampled_from(TRICKY), st.text(max_size=12),
                   st.floats(allow_nan=True, allow_infinity=True).map(repr),
                   st.integers(-10**6, 10**6).map(str))


@pytest.mark.parametrize("page", list(KEYS))
@settings(max_examples=20, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_link_opens_a_working_page(page, data):
    keys = data.draw(st.lists(st.sampled_from(KEYS[page] + SHARED), min_size=1, unique=True))
    # A teacher's link hides or locks any of the page's controls, valid values or not.
    names = st.lists(st.sampled_from([*KEYS[page], "seed", "nope", "", "<b>"]))
    query = {key: data.draw(names.map(",".join) if key in ("hide", "lock") else VALUES)
             for key in keys}
    at = app(query, page=page)
    assert not at.exception, (query, at.exception)
