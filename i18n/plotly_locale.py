"""Plotly's own words (its toolbar's tooltips and messages) in the app's languages.

Plotly.js speaks English unless its config names a `locale` whose dictionary it knows.
Streamlit's frontend bundles no locale but passes the chart's config through as is, and a
config may carry the dictionary itself (``config["locales"]``), so `chart_locale` returns
both. Keys are Plotly's English strings (plotly.js components/modebar/buttons.js and the
messages around it); Streamlit adds its own "Fullscreen" button, whose title it does not let
an app change.
"""

from __future__ import annotations

from typing import Any

KOREAN: dict[str, str] = {
    "Autoscale": "자동 맞춤",
    "Box Select": "사각형으로 선택",
    "Compare data on hover": "마우스를 올린 x의 값 모두 비교",
    "Double-click on legend to isolate one trace": "범례를 두 번 클릭하면 그 선만 봅니다",
    "Double-click to zoom back out": "두 번 클릭하면 원래 크기로 돌아갑니다",
    "Download plot": "그림 내려받기",
    "Download plot as a PNG": "그림을 PNG로 내려받기",
    "Download plot as a png": "그림을 PNG로 내려받기",
    "Download plot as JSON": "그림을 JSON으로 내려받기",
    "Lasso Select": "올가미로 선택",
    "Pan": "이동",
    "Produced with Plotly.js": "Plotly.js로 만듦",
    "Reset": "되돌리기",
    "Reset axes": "축 되돌리기",
    "Reset view": "보기 되돌리기",
    "Show closest data on hover": "마우스에 가장 가까운 값 보기",
    "Snapshot succeeded": "그림을 저장했습니다",
    "Sorry, there was a problem downloading your snapshot!": "그림을 내려받지 못했습니다.",
    "Taking snapshot - this may take a few seconds": "그림을 만드는 중입니다. 몇 초 걸릴 수 "
    "있습니다.",
    "Toggle Spike Lines": "안내선 켜기/끄기",
    "Toggle show closest data on hover": "가장 가까운 값 보기 켜기/끄기",
    "Zoom": "확대 영역 선택",
    "Zoom in": "확대",
    "Zoom out": "축소",
    "trace": "선",
}

_LOCALES: dict[str, dict[str, Any]] = {"ko": {"dictionary": KOREAN}}


def chart_locale(lang: str) -> dict[str, Any]:
    """The Plotly config keys that make a chart's toolbar speak `lang` (none for English)."""
    if lang not in _LOCALES:
        return {}
    return {"locale": lang, "locales": {lang: _LOCALES[lang]}}
