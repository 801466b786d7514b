"""The computation graph of one neuron: x, w, b → affine → z → activation → a.

Drawn as a small inline SVG (shown with `st.html`), not as a Plotly chart: it is a diagram,
not data to zoom or hover, and a Plotly chart costs the browser ~35 ms to redraw on every
slider move. Text and arrows use `currentColor`, so the graph follows the light or dark theme.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from figures.style import COLORS


@dataclass(frozen=True)
class GraphText:
    """The text on each node: a symbol alone (home page) or a symbol with its value."""

    x: str = "x"
    w: str = "w"
    b: str = "b"
    affine: str = "x·w + b"
    z: str = "z"
    activation: str = "g(z)"
    a: str = "a"


@dataclass(frozen=True)
class Box:
    """A node's box in SVG user units: centre, half width, half height."""

    cx: float
    cy: float
    half_width: float
    half_height: float

    @property
    def left(self) -> float:
        return self.cx - self.half_width

    @property
    def right(self) -> float:
        return self.cx + self.half_width

    @property
    def top(self) -> float:
        return self.cy - self.half_height

    @property
    def bottom(self) -> float:
        return self.cy + self.half_height


FONT_SIZE = 16
# A bold character is at most ~0.62 em wide in the app's sans-serif font (digits ~0.55 em);
# an estimate on the wide side only makes a box a little roomier.
CHAR_WIDTH = 0.62 * FONT_SIZE
LINE_HEIGHT = 1.25 * FONT_SIZE
PAD_X, PAD_Y = 12, 8
GAP = 46  # horizontal room for an arrow between two boxes on the main row
ROW_GAP = 44  # vertical room for the arrows from w and b down to the affine box

MAIN_ROW = ("x", "affine", "z", "activation", "a")
OPERATIONS = ("affine", "activation")
EDGES = (("x", "affine"), ("w", "affine"), ("b", "affine"), ("affine", "z"),
         ("z", "activation"), ("activation", "a"))


def lines(label: str) -> list[str]:
    """A value node shows its symbol over its value (``"a = 0.99999917"`` on two lines), so a
    long number makes the box taller rather than wider and the graph fits a narrow screen."""
    symbol, equals, value = label.partition(" = ")
    return [f"{symbol} =", value] if equals else [label]


def _half_size(label: str) -> tuple[float, float]:
    rows = lines(label)
    width = CHAR_WIDTH * max(len(row) for row in rows) + 2 * PAD_X
    return width / 2, (LINE_HEIGHT * len(rows) + 2 * PAD_Y) / 2


def layout_boxes(text: GraphText) -> tuple[dict[str, Box], float, float]:
    """Every node's box, and the drawing's width and height: the main row laid out left to
    right with room for an arrow between boxes, `w` and `b` above the affine box."""
    sizes = {name: _half_size(getattr(text, name)) for name in (*MAIN_ROW, "w", "b")}
    top_half = max(sizes["w"][1], sizes["b"][1])
    main_half = max(sizes[name][1] for name in MAIN_ROW)
    main_cy = 2 * top_half + ROW_GAP + main_half + 2
    boxes: dict[str, Box] = {}
    left = 2.0
    for name in MAIN_ROW:
        half_width, half_height = sizes[name]
        boxes[name] = Box(left + half_width, main_cy, half_width, half_height)
        left += 2 * half_width + GAP
    # w to the upper left of the affine box, b to its upper right: their arrows come down
    # into it without crossing the x → affine arrow.
    affine = boxes["affine"]
    (w_half_width, w_half_height), (b_half_width, b_half_height) = sizes["w"], sizes["b"]
    boxes["w"] = Box(affine.cx - 16 - w_half_width, top_half + 2, w_half_width, w_half_height)
    boxes["b"] = Box(affine.cx + 16 + b_half_width, top_half + 2, b_half_width, b_half_height)
    shift = max(0.0, 2 - boxes["w"].left)  # a long w would start left of the drawing
    if shift:
        boxes = {name: Box(box.cx + shift, box.cy, box.half_width, box.half_height)
                 for name, box in boxes.items()}
    width = max(box.right for box in boxes.values()) + 2
    height = main_cy + main_half + 2
    return boxes, width, height


def _contrast(hex_color: str, text: str) -> float:
    """WCAG contrast ratio between two ``#rrggbb`` colours."""
    def luminance(color: str) -> float:
        channels = [int(color[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    high, low = sorted((luminance(hex_color), luminance(text)), reverse=True)
    return (high + 0.05) / (low + 0.05)


DARK_TEXT, LIGHT_TEXT = "#111111", "#ffffff"


def text_color(fill: str) -> str:
    """White or near-black, whichever reads better on `fill` (white on orange does not)."""
    return max((LIGHT_TEXT, DARK_TEXT), key=lambda text: _contrast(fill, text))


def _arrow(start: Box, end: Box, from_above: bool) -> str:
    if from_above:  # from the bottom of w or b to the top of the affine box
        x0, y0 = start.cx, start.bottom + 3
        x1 = end.cx + (-12 if start.cx < end.cx else 12)
        y1 = end.top - 5
    else:
        x0, y0, x1, y1 = start.right + 3, start.cy, end.left - 5, end.cy
    return (f'<line x1="{x0:.1f}" y1="{y0:.1f}" x2="{x1:.1f}" y2="{y1:.1f}" '
            'stroke="currentColor" stroke-opacity="0.55" stroke-width="1.6" '
            'marker-end="url(#neuron-graph-head)"/>')


def _node(name: str, box: Box, label: str) -> str:
    rows = lines(label)
    if name in OPERATIONS:  # an operation: an outline in the text colour of the theme
        shape = (f'<rect x="{box.left:.1f}" y="{box.top:.1f}" width="{2 * box.half_width:.1f}" '
                 f'height="{2 * box.half_height:.1f}" rx="8" fill="none" '
                 'stroke="currentColor" stroke-opacity="0.55" stroke-width="1.4"/>')
        color = "currentColor"
    else:  # a quantity: its own colour, the same as in every chart
        fill = COLORS[name]
        shape = (f'<rect x="{box.left:.1f}" y="{box.top:.1f}" width="{2 * box.half_width:.1f}" '
                 f'height="{2 * box.half_height:.1f}" rx="8" fill="{fill}"/>')
        color = text_color(fill)
    first = box.cy - LINE_HEIGHT * (len(rows) - 1) / 2
    spans = "".join(
        f'<tspan x="{box.cx:.1f}" y="{first + i * LINE_HEIGHT:.1f}">{escape(row)}</tspan>'
        for i, row in enumerate(rows))
    return (f'<g data-node="{name}">{shape}<text text-anchor="middle" dominant-baseline="central"'
            f' font-weight="700" fill="{color}">{spans}</text></g>')


def neuron_graph(text: GraphText, *, description: str = "") -> str:
    """The graph with `text` on its nodes, as SVG markup; arrows point the way the numbers
    flow. `description` is read out by screen readers (the page passes a translated one)."""
    boxes, width, height = layout_boxes(text)
    arrows = [_arrow(boxes[start], boxes[end], start in ("w", "b")) for start, end in EDGES]
    nodes = [_node(name, boxes[name], getattr(text, name)) for name in boxes]
    # Up to 1.3× its natural size on a wide page; on a narrow one it shrinks to the page's
    # width (a phone's 358 px: ~0.75×, text of ~12 px) rather than scroll out of sight.
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:.1f} {height:.1f}" '
        f'role="img" aria-label="{escape(description)}" font-size="{FONT_SIZE}" '
        f'style="display:block;margin:0 auto;width:100%;max-width:{1.3 * width:.0f}px;'
        'height:auto;font-family:inherit">'
        '<defs><marker id="neuron-graph-head" viewBox="0 0 10 10" refX="9" refY="5" '
        'markerWidth="7" markerHeight="7" orient="auto-start-reverse">'
        '<path d="M0,0 L10,5 L0,10 z" fill="currentColor" fill-opacity="0.7"/></marker></defs>'
        + "".join(arrows) + "".join(nodes) + "</svg>"
    )


def flow_text(text: GraphText) -> str:
    """The graph in one line of text, for screen readers: inputs → … → output."""
    return f"{text.x}, {text.w}, {text.b} → {text.affine} → {text.z} → {text.activation} → {text.a}"
