"""Shared test helpers: run the app with AppTest, read its charts back as numbers."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import numpy as np
from streamlit.testing.v1 import AppTest

ENTRY_POINT = str(Path(__file__).resolve().parent.parent / "streamlit_app.py")


def app(query: dict[str, str] | None = None, page: str | None = None) -> AppTest:
    """Open the app at `page` (a path such as ``"pages/scalar.py"``) with URL `query`.

    AppTest can only switch to a page after a first run has registered the navigation, so
    the first run is on the home page (where the sidebar already reads the shared `lang` and
    `seed`); the same query is given again to the page's own run, as in a shared link.
    """
    at = AppTest.from_file(ENTRY_POINT, default_timeout=60)
    at.query_params.update(query or {})
    at.run()
    if page is not None:
        at.switch_page(page)
        at.query_params.update(query or {})
        at.run()
    return at


def decode(value: Any) -> np.ndarray:
    """A Plotly array from a chart spec: a list, or ``{"dtype", "bdata", "shape"}``."""
    if isinstance(value, dict) and "bdata" in value:
        array = np.frombuffer(base64.b64decode(value["bdata"]), dtype=value["dtype"])
        shape = value.get("shape")
        if shape:
            dims = [int(n) for n in str(shape).split(",")] if isinstance(shape, str) else shape
            array = array.reshape(dims)
        return array.astype(np.float64)
    return np.asarray(value, dtype=np.float64)


def chart_specs(at: AppTest) -> dict[str, dict]:
    """Every Plotly chart on the page, by its widget key suffix (e.g. ``"scalar_affine"``)."""
    specs = {}
    for element in at.get("plotly_chart"):
        spec = json.loads(element.proto.spec)
        key = element.proto.id.rsplit("-", 1)[-1] if element.proto.id else str(len(specs))
        specs[key] = spec
    return specs


def chart(at: AppTest, key: str) -> dict:
    """The spec of the chart whose key is `key`."""
    for element in at.get("plotly_chart"):
        if key in element.proto.id:
            return json.loads(element.proto.spec)
    ids = [element.proto.id for element in at.get("plotly_chart")]
    raise KeyError(f"no chart with key {key!r}; chart ids: {ids}")


def notices(at: AppTest) -> list[str]:
    """The text of every warning box on the page."""
    return [w.value for w in at.warning]


def formula_result(tex: str) -> str:
    """What a formula ends with, after its last ``=`` (``$$`` and ``aligned`` removed)."""
    tex = tex.strip().strip("$").strip().removesuffix(r"\end{aligned}")
    return tex.rsplit("= ", 1)[-1].strip()


def chart_configs(at: AppTest) -> list[dict]:
    """The Plotly config of every chart on the page."""
    return [json.loads(element.proto.config) for element in at.get("plotly_chart")]


LIGHT_PAGE, DARK_PAGE = "#FFFFFF", "#0F1419"  # the themes' backgrounds (.streamlit/config.toml)


def _rgb(colour: str) -> np.ndarray:
    return np.array([int(colour[i:i + 2], 16) for i in (1, 3, 5)], dtype=float) / 255


def contrast(colour: str, page: str, opacity: float = 1.0) -> float:
    """WCAG contrast ratio of `colour` (``#RRGGBB``, drawn at `opacity`) on `page`."""
    def luminance(rgb: np.ndarray) -> float:
        linear = np.where(rgb <= 0.04045, rgb / 12.92, ((rgb + 0.055) / 1.055) ** 2.4)
        return float(linear @ [0.2126, 0.7152, 0.0722])

    back = _rgb(page)
    fore = luminance(opacity * _rgb(colour) + (1 - opacity) * back)
    lighter, darker = sorted((fore, luminance(back)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
