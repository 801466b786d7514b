"""Vector neuron: z = xᵀw + b with l_I features; shapes, the dot product, lazy initialisation."""

import streamlit as st

from figures.contributions import contribution_waterfall
from lesson import pitfalls
from lesson import vector as spec
from lesson.code_vector import vector_code
from lesson.export import from_trace
from lesson.formulas import activation_formula
from lesson.numbers import fmt
from lesson.shapes import affine_equation
from ui import classroom, controls
from ui.code_panel import code_panel
from ui.context import page_context
from ui.experiments import experiments
from ui.export import chart_config, downloads
from ui.header import header
from ui.shapes import shape_badges
from ui.shared_figures import heatmap
from ui.url_values import set_url_int, url_int
from ui.vector_editor import vector_editor
from ui.vector_input import vector_input

ctx = page_context()
tr = ctx.tr


def _press_forward(passes: int) -> None:
    set_url_int(spec.PASSES, passes + 1)


def _press_reset(resets: int) -> None:
    set_url_int(spec.RESETS, resets + 1)
    set_url_int(spec.PASSES, 1)


def _use_seeded_x() -> None:
    st.query_params.pop(spec.X_KEY, None)


header(ctx, "vector")
experiments("vector", spec.EXPERIMENTS, tr, control=spec.TRY,
            shows={"one_feature": "v_xt", "bug": "v_history"})

# The settings and the input's table beside the picture they make, the contributions adding
# up to z: on a 1366×768 laptop they are on screen together.
settings_column, picture = st.columns([1, 2], gap="medium")
with settings_column:
    settings = st.container(border=True)
with settings:
    n = controls.slider(spec.FEATURES, tr("vector.features"), help=tr("vector.features_help"))
    activation = controls.activation_choice(spec.ACTIVATION, tr("vector.activation"), tr,
                                            help=tr("vector.activation_help"))
x, before = vector_input(n, ctx.seed)  # before: the previous l_I if it just changed
if not classroom.hidden(spec.X_KEY):
    with settings:
        vector_editor(spec.X_KEY, x, label=tr("vector.x_column"), column="x",
                      problem=spec.x_problem, to_url=spec.format_x,
                      notice_prefix="vector.notice_x_", locked=classroom.locked(spec.X_KEY),
                      help=tr("vector.x_help", limit=fmt(spec.X_LIMIT)))
typed = spec.X_KEY in st.query_params
with settings:
    st.caption(tr("vector.x_typed") if typed else tr("vector.x_from_seed", seed=ctx.seed))
    st.button(tr("vector.x_reset"), on_click=_use_seeded_x,
              disabled=not typed or classroom.fixes(spec.X_KEY), icon=":material/casino:",
              width="stretch", key="v_x_reset", help=classroom.button_help(None, spec.X_KEY))

shapes = st.container()
passes = url_int(spec.PASSES)
resets = url_int(spec.RESETS)
lazy = st.container(border=True)
with lazy:
    st.subheader(tr("vector.lazy_title"))
    # The toggle spans the box: in the narrow button column its label was cut off.
    bug = controls.toggle(spec.BUG, tr("vector.bug"), help=tr("vector.bug_help"))
    lazy_left, lazy_right = st.columns([2, 3], gap="large")

history = spec.forward_history(x, activation, ctx.seed, resets, passes, bug)
trace = history[-1]
dot = float(spec.dot_product(trace.x, trace.w)[0, 0])
ws, pass_labels = spec.weight_history(history, passes)
# One colour scale per quantity on the page: the same w is the same colour in both its charts.
x_limit, w_limit = float(abs(trace.x).max()), float(max(abs(ws).max(), abs(trace.w).max()))

with picture:
    labels = [f"x<sub>{i}</sub>·w<sub>{i}</sub>" for i in range(n)]
    st.plotly_chart(contribution_waterfall(
        trace.contributions[:, 0], float(trace.b), float(trace.z[0, 0]), labels=labels,
        b_label="+ b", z_label="= z", title=tr("vector.waterfall_title"), present=ctx.present,
        height=240 if ctx.present else 300),  # a projector: the formulas fit under it
        theme="streamlit", width="stretch", key="v_contributions",
        config=chart_config("v_contributions"),
        alt=tr("vector.waterfall_alt", n=n, z=fmt(trace.z[0, 0])))
    # Side by side where they fit, else one under the other (in halves of the width, the
    # projector's large type cut them off).
    formulas = st.container(horizontal=True, gap="medium")
    formulas.latex(spec.dot_formula("", dot, float(trace.b), float(trace.z[0, 0])),
                   width="content")
    formulas.latex(activation_formula(activation, float(trace.z[0, 0]), float(trace.a[0, 0])),
                   width="content")

with shapes:
    st.subheader(tr("vector.shapes_title"))
    shape_badges(affine_equation("x", trace.x.shape, trace.w.shape, "z", trace.z.shape, "a",
                                 trace.a.shape), tr("vector.shapes_caption", n=n))
    if before is not None:
        st.info(tr("vector.recreated", old=before, n=n), icon=":material/autorenew:")
    # The page's full width: at 650 px xᵀ keeps ~40 px a cell for its numbers (up to 8 of
    # them) and w keeps room for its colour bar and the bar's sideways title.
    row, column = st.columns([2, 1], gap="medium")
    row.plotly_chart(heatmap(trace.x.T, "xᵀ", limit=x_limit, height=210, column_title=tr(
        "vector.feature_axis"), title=tr("vector.xt_title"), max_text_columns=8),
        theme="streamlit", width="stretch", key="v_xt",
        config=chart_config("v_xt"), alt=tr("vector.xt_alt", n=n))
    column.plotly_chart(heatmap(trace.w, "w", limit=w_limit, height=max(210, 60 + 22 * n),
                                row_title=tr("vector.feature_axis"), title=tr("vector.w_title")),
                        theme="streamlit", width="stretch", key="v_w",
                        config=chart_config("v_w"),
                        alt=tr("vector.w_alt", n=n))

with lazy:
    with lazy_left:
        if not classroom.hidden(spec.PASSES.key):
            st.button(tr("vector.forward"), on_click=_press_forward, args=(passes,),
                      disabled=passes >= spec.PASSES.hi or classroom.fixes(spec.PASSES.key),
                      icon=":material/play_arrow:", width="stretch", key="v_forward",
                      type="primary", help=classroom.button_help(None, spec.PASSES.key))
        if not classroom.hidden(spec.RESETS.key):
            st.button(tr("vector.reset"), on_click=_press_reset, args=(resets,),
                      icon=":material/restart_alt:", width="stretch", key="v_reset",
                      disabled=classroom.fixes(spec.RESETS.key, spec.PASSES.key),
                      help=classroom.button_help(tr("vector.reset_help"), spec.RESETS.key,
                                                 spec.PASSES.key))
        st.caption(tr("vector.counts", passes=passes, resets=resets))
    with lazy_right:
        st.plotly_chart(heatmap(
            ws, "w", limit=w_limit, column_labels=pass_labels,
            column_title=tr("vector.history_axis"), row_title=tr("vector.feature_axis"),
            height=max(240, 90 + 24 * n), title=tr("vector.history_title")),
            theme="streamlit", width="stretch", key="v_history",
            config=chart_config("v_history"),
            alt=tr("vector.history_alt" if len(history) > 1 else "vector.history_alt_one",
                   first=passes - len(history) + 1, last=passes))
    if bug:
        st.error(tr("vector.bug_verdict", passes=passes), icon=":material/bug_report:")
    else:
        st.success(tr("vector.fix_verdict", passes=passes), icon=":material/check_circle:")

pitfalls_box = controls.expander(spec.PITFALLS, tr("vector.pitfalls_title"),
                                 icon=":material/report:")
if pitfalls_box.open:
    with pitfalls_box:
        st.caption(tr("vector.pitfalls_intro"))
        st.markdown(tr("vector.pitfall_none", message=pitfalls.none_check_error()))
        st.code(pitfalls.NONE_CHECK, language="python")
        st.markdown(tr("vector.pitfall_once"))
        st.code(pitfalls.CREATE_ONCE, language="python")
        st.markdown(tr("vector.pitfall_overflow", message=pitfalls.naive_sigmoid_overflow()))
        st.code(pitfalls.STABLE_SIGMOID, language="python")

code_panel(lambda: vector_code(x, activation, ctx.seed, resets, passes, bug, ctx.lang), tr,
           control=spec.CODE)
downloads("vector", ctx.seed, lambda: from_trace(
    "vector", ctx.seed, trace, {"passes": passes, "resets": resets, "bug": bug},
    extra={"contributions": trace.contributions}), tr, example="x")
