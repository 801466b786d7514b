"""Scalar figures: their data is what the neuron computes."""

import numpy as np
import pytest

from figures.scalar import activation_curve, affine_line
from lesson.scalar import x_grid, z_grid
from neuron import ACTIVATIONS, ArtificialNeuron


def test_affine_line_marks_the_neurons_point():
    neuron = ArtificialNeuron(w=-1.3, b=0.7, activation="tanh")
    xs = x_grid()
    point = neuron.forward_trace(2.0)
    fig = affine_line(xs, neuron.forward_trace(xs).z, 2.0, point.z, title="t")
    line, marker = fig.data
    np.testing.assert_allclose(line.y, -1.3 * xs + 0.7, rtol=1e-12)
    assert (marker.x[0], marker.y[0]) == pytest.approx((2.0, -1.3 * 2.0 + 0.7))
    assert fig.layout.xaxis.title.text == "x"
    assert fig.layout.yaxis.title.text == "z = x·w + b"
    assert line.line.color == marker.marker.color  # same colour links line and point


@pytest.mark.parametrize("name", list(ACTIVATIONS))
def test_activation_curve_marks_the_neurons_point_and_derivative(name):
    neuron = ArtificialNeuron(w=0.8, b=-0.2, activation=name)
    trace = neuron.forward_trace(-1.5)
    g = ACTIVATIONS[name]
    zs = z_grid(trace.z)
    fig = activation_curve(zs, g.fn(zs), trace.z, trace.a, title="t",
                           derivative_grid=g.derivative(zs),
                           derivative_at_z=float(g.derivative(trace.z)))
    curve, derivative, slope_marker, marker = fig.data
    np.testing.assert_array_equal(curve.x, zs)
    assert (marker.x[0], marker.y[0]) == pytest.approx((-1.4, float(g.fn(-1.4))))
    assert slope_marker.y[0] == pytest.approx(float(g.derivative(-1.4)))
    assert derivative.line.dash == "dash"
    assert fig.layout.showlegend


def test_activation_curve_without_derivative_has_only_curve_and_point():
    zs = z_grid(0.0)
    g = ACTIVATIONS["sigmoid"]
    fig = activation_curve(zs, g.fn(zs), 0.0, 0.5, title="t")
    assert len(fig.data) == 2
    assert fig.layout.xaxis.range == (zs[0], zs[-1])  # the curve runs edge to edge


@pytest.mark.parametrize("z", [14.0, -14.0])
def test_the_point_at_the_curves_end_is_drawn_whole(z):
    # A marker is ~16 px wide: it needs a few percent of the axis past the grid's end.
    zs = np.linspace(min(z, 0.0), max(z, 0.0), 50)
    fig = activation_curve(zs, np.tanh(zs), z, float(np.tanh(z)), title="t")
    low, high = fig.layout.xaxis.range
    span = high - low
    assert low <= z - 0.05 * span if z < 0 else high >= z + 0.05 * span


def test_the_pages_grid_keeps_the_point_off_the_axis_end():
    # The page's grid alone keeps z = 14 (the lesson's example) well inside: no gap is added.
    zs = z_grid(14.0)
    fig = activation_curve(zs, np.tanh(zs), 14.0, float(np.tanh(14.0)), title="t")
    assert fig.layout.xaxis.range == (zs[0], zs[-1])
    assert zs[-1] - 14.0 >= 0.1 * (zs[-1] - zs[0])
