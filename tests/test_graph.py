"""The computation graph (an SVG): its text, its geometry, its colours, and on the pages."""

from __future__ import annotations

import itertools
import xml.etree.ElementTree as ET

import pytest

from figures.graph import (
    COLORS,
    EDGES,
    GraphText,
    _contrast,
    layout_boxes,
    neuron_graph,
    text_color,
)
from neuron import ArtificialNeuron
from tests.helpers import app

SVG = "{http://www.w3.org/2000/svg}"
LESSON = GraphText(x="x = 3", w="w = 5", b="b = -1", z="z = 14", activation="σ(z)",
                   a="a = 0.99999917")
LONG = GraphText(x="x = -9.87654", w="w = -4.98765", b="b = -4.98765", z="z = -54.2616",
                 activation="leaky_relu(z)", a="a = -0.54261617")


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)  # also proves the markup is well-formed XML


def node_lines(root: ET.Element) -> dict[str, list[str]]:
    """The text of each node, line by line, by node name."""
    return {group.get("data-node"): [span.text for span in group.iter(f"{SVG}tspan")]
            for group in root.iter(f"{SVG}g")}


def test_every_node_shows_its_text_symbol_over_value():
    root = parse(neuron_graph(LESSON, description="graph"))
    assert node_lines(root) == {
        "x": ["x =", "3"], "affine": ["x·w + b"], "z": ["z =", "14"],
        "activation": ["σ(z)"], "a": ["a =", "0.99999917"], "w": ["w =", "5"],
        "b": ["b =", "-1"],
    }
    assert root.get("role") == "img" and root.get("aria-label") == "graph"
    assert len(root.findall(f"{SVG}line")) == len(EDGES) == 6


def test_text_is_escaped():
    root = parse(neuron_graph(GraphText(x="x = <b>&"), description='say "hi" <now>'))
    assert node_lines(root)["x"] == ["x =", "<b>&"]
    assert root.get("aria-label") == 'say "hi" <now>'


@pytest.mark.parametrize("text", [GraphText(), LESSON, LONG], ids=["symbols", "lesson", "long"])
def test_boxes_do_not_overlap_and_fit_in_the_drawing(text):
    boxes, width, height = layout_boxes(text)
    for box in boxes.values():
        assert box.left >= 0 and box.right <= width and box.top >= 0 and box.bottom <= height
    for (name_a, a), (name_b, b) in itertools.combinations(boxes.items(), 2):
        apart = a.right <= b.left or b.right <= a.left or a.bottom <= b.top or b.bottom <= a.top
        assert apart, f"{name_a} and {name_b} overlap"
    # The main row reads left to right in the order of the computation.
    row = [boxes[name].cx for name in ("x", "affine", "z", "activation", "a")]
    assert row == sorted(row)
    assert boxes["w"].cx < boxes["affine"].cx < boxes["b"].cx
    assert boxes["w"].bottom < boxes["affine"].top and boxes["b"].bottom < boxes["affine"].top


@pytest.mark.parametrize("text", [GraphText(), LESSON, LONG], ids=["symbols", "lesson", "long"])
def test_arrows_run_between_their_boxes_without_entering_them(text):
    boxes, _, _ = layout_boxes(text)
    root = parse(neuron_graph(text))
    for (start, end), line in zip(EDGES, root.findall(f"{SVG}line"), strict=True):
        x1, y1, x2, y2 = (float(line.get(k)) for k in ("x1", "y1", "x2", "y2"))
        tail, head = boxes[start], boxes[end]
        if start in ("w", "b"):  # down from the bottom of w or b onto the affine box's top
            assert y1 > tail.bottom and y2 < head.top and y2 > y1
            assert head.left < x2 < head.right
        else:  # left to right along the main row, from one box's edge to the next
            assert x1 > tail.right and x2 < head.left and x2 - x1 > 25
            assert y1 == y2 == tail.cy == head.cy


def test_text_on_every_coloured_box_has_aa_contrast():
    for quantity in ("x", "w", "b", "z", "a"):
        fill = COLORS[quantity]
        assert _contrast(fill, text_color(fill)) >= 4.5, quantity
    # white on the lesson's orange would not: that is why the colour is chosen per box
    assert _contrast(COLORS["w"], "#ffffff") < 3


def graph_svg(at) -> ET.Element:
    """The graph's <svg> element (the page wraps it in a scrolling <div>)."""
    (html,) = [md.value for md in at.markdown if "<svg" in md.value]
    svg = parse(html).find(f"{SVG}svg")
    assert svg is not None
    return svg


def test_scalar_page_graph_shows_the_neurons_numbers():
    at = app({"x": "-2", "w": "1.5", "b": "0.25", "activation": "tanh"}, page="pages/scalar.py")
    assert not at.exception
    trace = ArtificialNeuron(w=1.5, b=0.25, activation="tanh").forward_trace(-2.0)
    lines = node_lines(graph_svg(at))
    assert lines["x"] == ["x =", "-2"] and lines["w"] == ["w =", "1.5"]
    assert lines["b"] == ["b =", "0.25"]
    assert lines["z"] == ["z =", f"{float(trace.z):.6g}"] == ["z =", "-2.75"]
    assert lines["a"] == ["a =", f"{float(trace.a):.8g}"]
    assert lines["activation"] == ["tanh(z)"]
    assert "z = -2.75" in graph_svg(at).get("aria-label")

    at.slider(key="w").set_value(-0.5).run()
    assert node_lines(graph_svg(at))["z"] == ["z =", "1.25"]  # (-2)·(-0.5) + 0.25


def test_home_page_graph_names_the_pipeline_in_korean():
    at = app({"lang": "ko"})
    assert not at.exception
    root = graph_svg(at)
    assert node_lines(root)["activation"] == ["g(z)"]
    assert root.get("aria-label").startswith("뉴런의 계산 그래프")
