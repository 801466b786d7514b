"""Batch loop: the lesson's mini-batch loop, animated in the browser and stepped on the server."""

import streamlit as st

from figures.batch import BatchText
from lesson import batch as spec
from lesson.code_batch import batch_code
from lesson.export import from_loop
from lesson.numbers import fmt
from ui import classroom, controls, notices
from ui.animation_sync import follow_animation
from ui.code_panel import code_panel
from ui.context import page_context
from ui.experiments import experiments
from ui.export import chart_config, downloads
from ui.header import header
from ui.shared_figures import batch_animation, heatmap
from ui.url_values import set_url_int, url_int

ctx = page_context()
tr = ctx.tr
CLAMPED = "bl_clamped"  # the batch size just lowered to fit n_data, shown once


def _fit_batch_to_data() -> None:
    """n_data just shrank: lower a batch size that no longer fits, and say so."""
    n_data = st.session_state[spec.N_DATA.key]
    old = st.session_state.get(spec.BATCH_KEY, spec.LESSON_BATCH_SIZE)
    if old > n_data:
        controls.set_values({spec.BATCH_KEY: n_data})
        st.session_state[CLAMPED] = (old, n_data)


header(ctx, "batch")
experiments("batch", spec.EXPERIMENTS, tr, control=spec.TRY,
            rewinds=spec.STEP,
            shows=dict.fromkeys(spec.EXPERIMENTS, "bl_animation"))

# The settings and the step buttons in a column beside the batch frame: on a 1366×768 laptop
# the sliders and the whole frame are on screen together.
settings, picture = st.columns([1, 3], gap="medium")
# In projector mode the step buttons come first, on screen beside the frame: the teacher's
# "Next batch" was under the sliders, below a projector's 720 px.
steps_box = settings.container() if ctx.present else settings
with settings, controls.box(spec.N_DATA.key, spec.BATCH_KEY, spec.N_FEATURES.key,
                            spec.SPEED.key, spec.DROP_LAST.key):
    n_data = controls.slider(spec.N_DATA, tr("batch.n_data"), help=tr("batch.n_data_help"),
                             on_change=_fit_batch_to_data)
    if n_data > 1:
        batch_size = controls.slider(spec.batch_control(n_data), tr("batch.batch"),
                                     help=tr("batch.batch_help"), ranged=True)
    else:  # a slider needs two ends: with one sample the only batch size is 1
        batch_size = 1
        controls.forget(spec.batch_control(n_data))
        st.caption(tr("batch.batch_one"))
    n_features = controls.slider(spec.N_FEATURES, tr("batch.features"),
                                 help=tr("batch.features_help"))
    speed = controls.slider(spec.SPEED, tr("batch.speed"), help=tr("batch.speed_help"))
    drop_last = controls.toggle(spec.DROP_LAST, tr("batch.drop_last"),
                                help=tr("batch.drop_last_help"))
    if CLAMPED in st.session_state:
        old, new = st.session_state.pop(CLAMPED)
        st.info(tr("batch.clamped", old=old, n=new), icon=":material/compress:")

loop = spec.run_loop(ctx.seed, n_features, n_data, batch_size, drop_last)
count = loop.counts.n_batches
wanted = url_int(spec.STEP)
step = spec.clamp_step(wanted, count)
if step != wanted:
    notices.add_text("batch.step_clamped", given=wanted, n=count, used=step)
    set_url_int(spec.STEP, step)

with steps_box, st.container(border=True):
    st.markdown(f"**{tr('batch.server_step')}**")
    # The step buttons are the `bl_step` control: a teacher's link hides or locks them. One
    # a row, in the narrow column.
    buttons = [] if classroom.hidden(spec.STEP.key) else [st.container() for _ in range(3)]
    step_fixed = classroom.fixes(spec.STEP.key)
    for where, (key, icon, target, disabled, kind) in zip(buttons, (
        ("next", ":material/skip_next:", step + 1, step >= count - 1, "primary"),
        ("restart", ":material/first_page:", 0, step == 0, "secondary"),
        ("to_end", ":material/last_page:", count - 1, step >= count - 1, "secondary"),
    ), strict=False):
        where.button(tr(f"batch.{key}"), icon=icon, type=kind, on_click=set_url_int,
                     args=(spec.STEP, target), disabled=disabled or step_fixed,
                     help=classroom.button_help(tr(f"batch.{key}_help"), spec.STEP.key),
                     width="stretch", key=f"bl_{key}")
    if count:
        current = loop.steps[step]
        st.caption(tr("batch.step_status", i=step, start=current.start, last=current.stop - 1,
                      nth=step + 1, n=count))

note_key, note_values = spec.remainder_note(loop.counts)
if count == 0:
    picture.warning(f"**{tr('batch.no_batch_title')}**\n\n"
               + tr("batch.no_batch", n_data=n_data, batch_size=batch_size),
               icon=":material/block:")
else:
    text = BatchText(
        x_title=tr("batch.x_title", nf=n_features, nd=n_data),
        ledger_title=tr("batch.ledger_title"),
        collected_title=tr("batch.collected_title", n=loop.counts.n_used),
        current_title=tr("batch.current_title"), remainder_note=tr(note_key, **note_values),
        frame_titles=tuple(s.title for s in loop.steps), play=tr("batch.play"),
        pause=tr("batch.pause"), slider_prefix=tr("batch.slider_prefix"),
        sample=tr("batch.sample"), sample_axis=tr("batch.sample_axis"),
        feature=tr("batch.feature"),
        batch=tr("batch.word"), dropped=tr("batch.dropped"),
    )
    figure = batch_animation(ctx.seed, n_features, n_data, batch_size, drop_last, step,
                             spec.frame_ms(speed), text, height=545 if ctx.present else 510,
                             present=ctx.present)
    picture.plotly_chart(figure, theme="streamlit", width="stretch", key="bl_animation",
                         config=chart_config("bl_animation", only_image=True),
                         alt=tr("batch.animation_alt", nf=n_features, nd=n_data, count=count,
                                size=batch_size, i=step))
    if not step_fixed:  # where the reader pauses or scrubs becomes the page's step
        with picture:
            follow_animation("bl_animation", step, lambda shown: set_url_int(spec.STEP, shown))
    picture.caption(tr("batch.legend"))

st.subheader(tr("batch.log_title"))
st.code("\n".join(spec.log_lines(loop, step if count else -1)), language="text")
if count:
    st.caption(tr("batch.log_caption", i=step))

st.subheader(tr("batch.params_title"))
if count and loop.same_parameters:
    first = loop.steps[0].trace
    st.markdown(tr("batch.params_same", seed=ctx.seed, n=count))
    st.markdown(tr("batch.params_b", b=fmt(first.b)))
    # w laid on its side (wᵀ, one cell per feature): a short strip, not a tall column.
    st.plotly_chart(heatmap(first.w.T, "wᵀ", height=190, column_title=tr("batch.feature")),
                    theme="streamlit", width="stretch", key="bl_weights",
                    config=chart_config("bl_weights", only_image=True),
                    alt=tr("batch.weights_alt", nf=n_features))
else:
    st.info(tr("batch.no_params"), icon=":material/info:")

code_panel(lambda: batch_code(ctx.seed, n_features, n_data, batch_size, drop_last, ctx.lang), tr,
           control=spec.CODE)
downloads("batch", ctx.seed, lambda: from_loop(ctx.seed, loop, step), tr, example="X")
