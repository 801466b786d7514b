"""A QR code of a link, as SVG (made by segno: pure text in, SVG text out, no Streamlit)."""

from __future__ import annotations

import base64
import io

import segno

QUIET_ZONE = 4  # modules of white around the code, as the QR standard asks


def qr_code(text: str) -> segno.QRCode:
    """The QR code of `text`: error correction at least M (segno raises it when the
    version has room), so a code projected on a screen or a bit smudged still reads."""
    return segno.make(text, error="m", micro=False)


def qr_svg(text: str, *, title: str | None = None) -> str:
    """`text` as a standalone SVG QR code, one unit a module, with no fixed size (a
    ``viewBox``): it scales to any width. Black on white whatever the theme: phones read
    dark-on-light codes best, and a dark page around it is fine."""
    out = io.BytesIO()
    qr_code(text).save(out, kind="svg", xmldecl=False, svgns=True, nl=False, scale=1,
                       border=QUIET_ZONE, dark="#000000", light="#ffffff", omitsize=True,
                       title=title)
    return out.getvalue().decode("utf-8")


def svg_data_uri(svg: str) -> str:
    """An SVG as a ``data:`` URI, for an ``<img src=…>``."""
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")
