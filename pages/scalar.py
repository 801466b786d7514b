"""Scalar neuron: z = x·w + b, a = g(z), with every number on screen."""

import streamlit as st

from figures.graph import GraphText
from figures.scalar import activation_curve, affine_line
from lesson import scalar as spec
from lesson.code import scalar_code
from lesson.export import from_trace
from lesson.formulas import ACTIVATION_NAMES, activation_formula, affine_formula, output_text
from lesson.numbers import fmt, fmt_derivative, fmt_text
from ui import controls
from ui.code_panel import code_panel
from ui.context import page_context
from ui.experiments import experiments
from ui.export import chart_config, downloads
from ui.graph import graph
from ui.header import header

ctx = page_context()
tr = ctx.tr
# Random draws made with the current seed: {"seed": s, "parameters": n, "input": n}. A new
# seed starts its sequences again, so "seed 7, press once" always gives the same numbers.
DRAWS = "scalar_draws"
LESSON_KEYS = tuple(spec.LESSON_EXAMPLE)  # what each button sets
PARAMETER_KEYS = (spec.W.key, spec.B.key)
CONTROL_KEYS = (*LESSON_KEYS, spec.DERIVATIVE.key)


def _draws() -> dict[str, int]:
    draws = st.session_state.get(DRAWS)
    if not draws or draws["seed"] != ctx.seed:
        draws = {"seed": ctx.seed, "parameters": 0, "input": 0}
    return draws


def _next_draw(kind: str) -> int:
    """The index of the next `kind` draw from the current seed (0 first), counted."""
    draws = _draws()
    st.session_state[DRAWS] = {**draws, kind: draws[kind] + 1}
    return draws[kind]


def _lesson_example() -> None:
    controls.set_values(spec.LESSON_EXAMPLE)


def _random_parameters() -> None:
    controls.set_values(spec.slider_parameters(ctx.seed, _next_draw("parameters")))


def _random_input() -> None:
    controls.set_values(spec.slider_input(ctx.seed, _next_draw("input"))[0])


header(ctx, "scalar")
experiments("scalar", spec.EXPERIMENTS, tr, control=spec.TRY,
            shows=dict.fromkeys(spec.EXPERIMENTS, "scalar_activation"))

# The controls beside the charts they move, and each formula under its chart: on a 1366×768
# laptop the sliders and the curve with its dot are on screen together.
left, right = st.columns([1, 2], gap="medium")
with left, controls.box(*CONTROL_KEYS):
    x = controls.slider(spec.X, tr("scalar.x"), help=tr("scalar.x_help"))
    w = controls.slider(spec.W, tr("scalar.w"), help=tr("scalar.w_help"))
    b = controls.slider(spec.B, tr("scalar.b"), help=tr("scalar.b_help"))
    activation = controls.activation_choice(spec.ACTIVATION, tr("scalar.activation"), tr,
                                            help=tr("scalar.activation_help"))
    show_derivative = controls.toggle(spec.DERIVATIVE, tr("scalar.derivative"),
                                      help=tr("scalar.derivative_help"))
    controls.button(tr("scalar.lesson"), LESSON_KEYS, on_click=_lesson_example,
                    icon=":material/school:", width="stretch", key="lesson_example",
                    help=tr("scalar.lesson_help"))
    # The lesson's example use: a neuron with random parameters, fed a random input. One
    # button a row: side by side, their labels were cut at 1000 px.
    controls.button(tr("scalar.random"), PARAMETER_KEYS, on_click=_random_parameters,
                    icon=":material/casino:", width="stretch", key="random_parameters",
                    help=tr("scalar.random_help"))
    controls.button(tr("scalar.random_x"), (spec.X.key,), on_click=_random_input,
                    icon=":material/shuffle:", width="stretch", key="random_input",
                    help=tr("scalar.random_x_help"))
    draws = _draws()
    if draws["parameters"]:
        st.caption(tr("scalar.random_drawn", n=draws["parameters"], seed=ctx.seed))
    if draws["input"]:
        drawn = spec.slider_input(ctx.seed, draws["input"] - 1)[1]
        drawn_text = tr("scalar.random_x_drawn", n=draws["input"], seed=ctx.seed,
                        x=fmt_text(drawn))
        note = spec.random_x_note(drawn)
        if note is not None:
            drawn_text += " " + tr(note, limit=fmt(spec.X.hi), step=fmt(spec.X.step), x=fmt(x))
        st.caption(drawn_text)

view = spec.neuron_view(x, w, b, activation)
trace, line, zs, slope = view.trace, view.line, view.zs, view.slope
a_text = output_text(activation, trace.z, trace.a)
xs = spec.x_grid()
activation_alt = tr("scalar.activation_alt", name=ACTIVATION_NAMES[activation], lo=fmt(zs[0]),
                    hi=fmt(zs[-1]), z=fmt_text(trace.z), a=a_text)
if show_derivative:
    activation_alt += tr("scalar.derivative_alt", d=fmt_derivative(slope))

with right:
    affine_column, activation_column = st.columns(2, gap="small")
    affine_column.plotly_chart(
        affine_line(xs, line.z, x, trace.z, title=tr("scalar.chart_affine"),
                    present=ctx.present),
        theme="streamlit", width="stretch", key="scalar_affine",
        config=chart_config("scalar_affine"),
        alt=tr("scalar.affine_alt", w=fmt_text(w), b=fmt_text(b), lo=fmt(xs[0]),
               hi=fmt(xs[-1]), x=fmt_text(x), z=fmt_text(trace.z)),
    )
    activation_column.plotly_chart(
        activation_curve(
            zs, view.curve, trace.z, trace.a, title=tr("scalar.chart_activation"),
            derivative_grid=view.derivative if show_derivative else None,
            derivative_at_z=slope if show_derivative else None, a_text=a_text,
            present=ctx.present,
        ),
        theme="streamlit", width="stretch", key="scalar_activation", alt=activation_alt,
        config=chart_config("scalar_activation"),
    )
    affine_column.caption(tr("scalar.affine_step"))
    affine_column.latex(affine_formula(x, w, b, trace.z))
    activation_column.caption(tr("scalar.activation_step", name=tr(f"activation.{activation}")))
    activation_column.latex(activation_formula(activation, trace.z, trace.a))
    if abs(slope) < spec.SATURATION_SLOPE:
        st.info(tr("scalar.saturated", d=fmt_derivative(slope)), icon=":material/horizontal_rule:")

st.subheader(tr("scalar.graph"))
graph_text = GraphText(
    x=f"x = {fmt_text(x)}", w=f"w = {fmt_text(w)}", b=f"b = {fmt_text(b)}", affine="x·w + b",
    z=f"z = {fmt_text(trace.z)}", activation=f"{ACTIVATION_NAMES[activation]}(z)",
    a=f"a = {a_text}",
)
graph(graph_text, tr)
code_panel(lambda: scalar_code(x, w, b, activation, ctx.lang), tr, control=spec.CODE)
downloads("scalar", ctx.seed, lambda: from_trace("scalar", ctx.seed, trace,
          extra={"g_prime_z": slope}), tr, example="a")
