"""Shape equations drawn as coloured badges, in each quantity's colour (see `lesson.shapes`)."""

from __future__ import annotations

import streamlit as st

from lesson.shapes import Badge, Part

# Streamlit badge colours closest to figures.style.COLORS (x blue, w orange, b purple, …).
_BADGE_COLORS = {"x": "blue", "w": "orange", "b": "violet", "z": "green", "a": "red", None: "gray"}


def shapes_markdown(parts: list[Part]) -> str:
    """``:blue-badge[xᵀ (1×5)] @ :orange-badge[w (5×1)] …`` for `st.markdown`."""
    out = []
    for part in parts:
        if isinstance(part, Badge):
            out.append(f":{_BADGE_COLORS[part.kind]}-badge[{part.text}]")
        else:
            out.append(f"**{part}**")
    return " ".join(out)


def shape_badges(parts: list[Part], caption: str | None = None) -> None:
    """The shape equation in large type, with an optional caption under it."""
    st.markdown(f"#### {shapes_markdown(parts)}")
    if caption:
        st.caption(caption)
