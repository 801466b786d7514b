"""Matrix neuron: N samples side by side in X; one product computes them all at once."""

from functools import partial

import streamlit as st

from figures.heatmaps import Highlight
from lesson import matrix as spec
from lesson.code_matrix import matrix_code
from lesson.export import from_trace
from lesson.formulas import activation_formula, output_text
from lesson.numbers import fmt_text
from lesson.shapes import affine_equation, shape_text
from lesson.vector import dot_formula, dot_product
from ui import controls
from ui.code_panel import code_panel
from ui.context import page_context
from ui.experiments import experiments
from ui.export import chart_config, downloads
from ui.header import header
from ui.shapes import shape_badges
from ui.shared_figures import heatmap

ctx = page_context()
tr = ctx.tr
X_CHART = "m_X"  # the X heatmap: clicking a column picks its sample
Z_CHART = "m_Z"  # the Z heatmap: clicking a row picks its sample


def _keep_sample_in_range() -> None:
    """N shrank below the picked sample: pick the last one instead."""
    last = st.session_state[spec.SAMPLES.key] - 1
    if st.session_state.get(spec.SAMPLE_KEY, 0) > last:
        controls.set_values({spec.SAMPLE_KEY: last})


def _pick_clicked_sample(chart: str, axis: str) -> None:
    """A click on a column of X (axis "x") or a row of Z (axis "y") picks that sample."""
    points = st.session_state[chart]["selection"]["points"]
    if points and not controls.fixes(spec.SAMPLE_KEY):  # a teacher's link may fix it
        controls.set_values({spec.SAMPLE_KEY: spec.picked_sample(points[0], axis)})


header(ctx, "matrix")
experiments("matrix", spec.EXPERIMENTS, tr, control=spec.TRY,
            shows={"one_sample": "m_X", "same_neuron": Z_CHART})

# The controls and the shapes in a column beside the heatmaps, X above w, Z and A: on a
# 1366×768 laptop the controls and all four heatmaps are on screen together.
settings, pictures = st.columns([1, 2], gap="medium")
with settings, controls.box(spec.FEATURES.key, spec.SAMPLES.key, spec.SAMPLE_KEY,
                            spec.ACTIVATION.key):
    n_features = controls.slider(spec.FEATURES, tr("matrix.features"),
                                 help=tr("matrix.features_help"))
    n_samples = controls.slider(spec.SAMPLES, tr("matrix.samples"),
                                help=tr("matrix.samples_help"), on_change=_keep_sample_in_range)
    sample_spec = spec.sample_control(n_samples)
    if n_samples > 1:
        sample = controls.slider(sample_spec, tr("matrix.sample"), help=tr("matrix.sample_help"),
                                 ranged=True)
    else:
        sample = 0
        controls.forget(sample_spec)
        st.caption(tr("matrix.one_sample"))
    activation = controls.activation_choice(spec.ACTIVATION, tr("matrix.activation"), tr)

trace, alone = spec.forward(ctx.seed, n_features, n_samples, activation, sample)

with settings:
    shape_badges(affine_equation("X", trace.x.shape, trace.w.shape, "Z", trace.z.shape, "A",
                                 trace.a.shape),
                 tr("matrix.shapes_caption", n=n_samples, l=n_features))

# ~22 px a row: room for a cell's number. X prints numbers up to 10 columns (~45 px a cell at
# 600 px) and 20 rows (the most that fit in 620 px); hovering shows every value. w, Z and A
# share a row under X (at 1000 px their colour bars need a third of the column each).
# A projector's larger type needs taller charts, and the click hint stays folded away.
tall = min(620, max(260 if ctx.present else 220, 110 + 22 * max(n_features, 1)))
column_height = min(900, max(240 if ctx.present else 220, 70 + 20 * n_samples))
with pictures:
    st.plotly_chart(
        heatmap(trace.x, "X", highlight=Highlight(column=sample), height=tall, pick=True,
                row_title=tr("matrix.feature_axis"), column_title=tr("matrix.sample_axis"),
                title=tr("matrix.x_title"), max_text_columns=10, max_text_rows=20,
                present=ctx.present),
        theme="streamlit", width="stretch", key=X_CHART, config=chart_config(X_CHART),
        selection_mode="points", on_select=partial(_pick_clicked_sample, X_CHART, "x"),
        alt=tr("matrix.x_alt", l=n_features, n=n_samples, i=sample))
    if not ctx.present:
        st.caption(tr("matrix.click_hint"))
    w_col, z_col, a_col = st.columns(3, gap="small")
w_col.plotly_chart(heatmap(trace.w, "w", height=tall, row_title=tr("matrix.feature_axis"),
                           title=tr("matrix.w_title"), present=ctx.present),
                   theme="streamlit", width="stretch", key="m_w",
                   config=chart_config("m_w"),
                   alt=tr("matrix.w_alt", l=n_features))
z_col.plotly_chart(heatmap(trace.z, "Z", highlight=Highlight(row=sample), height=column_height,
                           row_title=tr("matrix.sample_axis"), title=tr("matrix.z_title"),
                           pick=True, present=ctx.present),
                   theme="streamlit", width="stretch", key=Z_CHART,
                   config=chart_config(Z_CHART),
                   on_select=partial(_pick_clicked_sample, Z_CHART, "y"),
                   selection_mode="points",
                   alt=tr("matrix.z_alt", n=n_samples, i=sample, z=fmt_text(trace.z[sample, 0])))
a_col.plotly_chart(heatmap(trace.a, "A", highlight=Highlight(row=sample), height=column_height,
                           row_title=tr("matrix.sample_axis"), title=tr("matrix.a_title"),
                           digits=3, value_range=spec.output_range(activation, trace.a),
                           present=ctx.present),
                   theme="streamlit", width="stretch", key="m_A",
                   config=chart_config("m_A"),
                   alt=tr("matrix.a_alt", n=n_samples, i=sample,
                          a=output_text(activation, trace.z[sample, 0], trace.a[sample, 0])))

with st.container(border=True):
    st.subheader(tr("matrix.sample_title", i=sample))
    st.markdown(tr("matrix.sample_text", i=sample))
    st.caption(tr("matrix.sample_values", i=sample, last=n_features - 1,
                  values=", ".join(fmt_text(v) for v in trace.x[:, sample])))
    dot = float(dot_product(alone.x, alone.w)[0, 0])
    st.latex(dot_formula(str(sample), dot, float(trace.b), float(trace.z[sample, 0]),
                         expand=False))
    st.latex(activation_formula(activation, float(trace.z[sample, 0]),
                                float(trace.a[sample, 0]), index=sample))
    st.caption(tr("matrix.same_alone", i=sample,
                  a=output_text(activation, alone.z[0, 0], alone.a[0, 0]),
                  shape=shape_text(alone.a.shape)))

st.info(tr("matrix.convention"), icon=":material/swap_horiz:")
code_panel(lambda: matrix_code(ctx.seed, n_features, n_samples, activation, sample,
                                ctx.lang), tr,
           control=spec.CODE)
downloads("matrix", ctx.seed, lambda: from_trace(
    "matrix", ctx.seed, trace, {"sample": sample}, names=("X", "Z", "A", "w")), tr,
    example="X")
