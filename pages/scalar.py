"""Scalar neuron: z = x·w + b, a = g(z), with every number on screen."""

import streamlit as st

from figures.graph import GraphText
from figures.scalar import activation_curve, affine_line
from lesson import scalar as spec
from lesson.code import scalar_code
from lesson.formulas import ACTIVATION_NAMES, activation_formula, affine_formula
from lesson.numbers import fmt, fmt_out
from neuron import ACTIVATIONS, ArtificialNeuron
from ui import controls
from ui.code_panel import code_panel
from ui.context import page_context
from ui.graph import graph

ctx = page_context()
tr = ctx.tr
DRAWS = "scalar_random_draws"  # how many random (w, b) draws this session has made
INPUT_DRAWS = "scalar_input_draws"  # how many random x draws
LAST_INPUT = "scalar_last_input"  # the x last drawn, before it was fitted to the slider


def _lesson_example() -> None:
    controls.set_values(spec.LESSON_EXAMPLE)


def _random_parameters() -> None:
    draw = st.session_state.get(DRAWS, 0)
    controls.set_values(spec.slider_parameters(ctx.seed, draw))
    st.session_state[DRAWS] = draw + 1


def _random_input() -> None:
    draw = st.session_state.get(INPUT_DRAWS, 0)
    values, drawn = spec.slider_input(ctx.seed, draw)
    controls.set_values(values)
    st.session_state[INPUT_DRAWS] = draw + 1
    st.session_state[LAST_INPUT] = drawn


st.title(tr("scalar.title"))
st.markdown(tr("scalar.intro"))

left, right = st.columns([5, 8], gap="large")
with left, st.container(border=True):
    x = controls.slider(spec.X, tr("scalar.x"), help=tr("scalar.x_help"))
    w = controls.slider(spec.W, tr("scalar.w"), help=tr("scalar.w_help"))
    b = controls.slider(spec.B, tr("scalar.b"), help=tr("scalar.b_help"))
    activation = controls.choice(spec.ACTIVATION, tr("scalar.activation"),
                                 help=tr("scalar.activation_help"))
    show_derivative = controls.toggle(spec.DERIVATIVE, tr("scalar.derivative"),
                                      help=tr("scalar.derivative_help"))
    st.button(tr("scalar.lesson"), help=tr("scalar.lesson_help"), on_click=_lesson_example,
              icon=":material/school:", width="stretch", key="lesson_example")
    # The lesson's example use: a neuron with random parameters, fed a random input. One
    # button a row: side by side, their labels were cut at 1000 px.
    st.button(tr("scalar.random"), help=tr("scalar.random_help"), on_click=_random_parameters,
              icon=":material/casino:", width="stretch", key="random_parameters")
    st.button(tr("scalar.random_x"), help=tr("scalar.random_x_help"), on_click=_random_input,
              icon=":material/shuffle:", width="stretch", key="random_input")
    if st.session_state.get(DRAWS):
        st.caption(tr("scalar.random_drawn", n=st.session_state[DRAWS], seed=ctx.seed))
    if st.session_state.get(INPUT_DRAWS):
        drawn = st.session_state[LAST_INPUT]
        st.caption(tr("scalar.random_x_drawn", n=st.session_state[INPUT_DRAWS], seed=ctx.seed,
                      x=fmt(drawn))
                   + ("" if spec.X.lo <= drawn <= spec.X.hi
                      else " " + tr("scalar.random_x_clipped", x=fmt(x))))

neuron = ArtificialNeuron(w=w, b=b, activation=activation)
trace = neuron.forward_trace(x)
g = ACTIVATIONS[activation]
slope = float(g.derivative(trace.z))

with right:
    st.subheader(tr("scalar.formulas"))
    st.caption(tr("scalar.affine_step"))
    st.latex(affine_formula(x, w, b, trace.z))
    st.caption(tr("scalar.activation_step", name=tr(f"activation.{activation}")))
    st.latex(activation_formula(activation, trace.z, trace.a))
    if abs(slope) < spec.SATURATION_SLOPE:
        st.info(tr("scalar.saturated", d=fmt_out(slope)), icon=":material/horizontal_rule:")

st.caption(tr("scalar.graph"))
graph_text = GraphText(
    x=f"x = {fmt(x)}", w=f"w = {fmt(w)}", b=f"b = {fmt(b)}", affine="x·w + b",
    z=f"z = {fmt(trace.z)}", activation=f"{ACTIVATION_NAMES[activation]}(z)",
    a=f"a = {fmt_out(trace.a)}",
)
graph(graph_text, tr)

xs = spec.x_grid()
line = neuron.forward_trace(xs)
zs = spec.z_grid(trace.z)
chart_left, chart_right = st.columns(2)
chart_left.plotly_chart(
    affine_line(xs, line.z, x, trace.z, title=tr("scalar.chart_affine")),
    theme="streamlit", width="stretch", key="scalar_affine",
    alt=tr("scalar.affine_alt", w=fmt(w), b=fmt(b), lo=fmt(xs[0]), hi=fmt(xs[-1]), x=fmt(x),
           z=fmt(trace.z)),
)
activation_alt = tr("scalar.activation_alt", name=ACTIVATION_NAMES[activation], lo=fmt(zs[0]),
                    hi=fmt(zs[-1]), z=fmt(trace.z), a=fmt_out(trace.a))
if show_derivative:
    activation_alt += tr("scalar.derivative_alt", d=fmt_out(slope))
chart_right.plotly_chart(
    activation_curve(
        zs, g.fn(zs), trace.z, trace.a, title=tr("scalar.chart_activation"),
        derivative_grid=g.derivative(zs) if show_derivative else None,
        derivative_at_z=slope if show_derivative else None,
    ),
    theme="streamlit", width="stretch", key="scalar_activation", alt=activation_alt,
)
code_panel(scalar_code(x, w, b, activation), tr)
