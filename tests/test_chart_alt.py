"""Every chart has an accessible name (read out by screen readers) in the reader's language,
and the numbers in it are the ones on the chart."""

from __future__ import annotations

import re

import numpy as np
import pytest

from lesson.matrix import draw_X
from neuron import ArtificialNeuron
from tests.helpers import app

HANGUL = re.compile("[\uac00-\ud7a3]")
PAGES = ["pages/scalar.py", "pages/vector.py", "pages/matrix.py", "pages/batch.py"]


def alts(at) -> dict[str, str]:
    """Each chart's alt text, by the last part of its element id (its key)."""
    return {chart.proto.id.rsplit("-", 1)[-1]: chart.proto.alt for chart in at.get("plotly_chart")}


@pytest.mark.parametrize("lang", ["en", "ko"])
@pytest.mark.parametrize("page", PAGES)
def test_every_chart_has_an_alt_text_in_the_readers_language(page, lang):
    at = app({"lang": lang}, page=page)
    assert not at.exception
    found = alts(at)
    assert found, "no chart on the page"
    for key, alt in found.items():
        assert len(alt) > 20, (key, alt)
        assert "{" not in alt, (key, alt)  # every placeholder filled
        assert bool(HANGUL.search(alt)) == (lang == "ko"), (key, alt)


def test_scalar_alt_texts_carry_the_numbers_on_screen():
    at = app({"lang": "en", "derivative": "true"}, page="pages/scalar.py")
    found = alts(at)
    assert found["scalar_affine"].endswith("The marked point is x = 3, z = 14.")
    assert "w = 5 and b = -1" in found["scalar_affine"]
    assert "z = 14, a = 0.99999917." in found["scalar_activation"]
    assert "σ(z)" in found["scalar_activation"]
    sigma = 1 / (1 + np.exp(-14.0))
    assert f"{sigma * (1 - sigma):.1e}" == "8.3e-07"  # g'(z), written as the page writes it:
    assert "g'(z) = 8.3·10⁻⁷." in found["scalar_activation"]

    at.slider(key="w").set_value(-0.5).run()
    assert alts(at)["scalar_affine"].endswith("x = 3, z = -2.5.")  # 3·(-0.5) - 1


def test_matrix_alt_texts_name_the_picked_sample_and_its_values():
    at = app({"lang": "en", "m_features": "3", "m_samples": "7", "m_sample": "4"},
             page="pages/matrix.py")
    trace = ArtificialNeuron(rng=0).forward_trace(draw_X(0, 3, 7))
    found = alts(at)
    assert "shape 3 × 7" in found["m_X"] and "Column 4" in found["m_X"]
    assert found["m_Z"].endswith(f"z_4 = {float(trace.z[4, 0]):.6g}.")
    assert found["m_A"].endswith(f"a_4 = {float(trace.a[4, 0]):.8g}.")
