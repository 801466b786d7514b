"""Learn: the neuron learns w and b by gradient descent, one mini-batch at a time."""

from contextlib import nullcontext

import streamlit as st

from lesson import learn as spec
from lesson.code_learn import learn_code
from lesson.datasets import CsvProblem
from lesson.export import from_learn
from lesson.numbers import fmt
from ui import classroom, controls, notices
from ui import learn as view
from ui.animation_sync import follow_animation
from ui.code_panel import code_panel
from ui.context import page_context
from ui.experiments import experiments
from ui.export import chart_config, downloads
from ui.header import header
from ui.url_values import set_url_int, url_int

ctx = page_context()
tr = ctx.tr
# Plotly's toolbar shows its camera only (PNG/SVG download, see ui.export).
CHART = {"theme": "streamlit", "width": "stretch",
         "config": chart_config("learn", only_image=True)}

header(ctx, "learn")
# In projector mode "Try it" and the folded settings share one row: the picture comes next.
# Elsewhere the settings sit in a column beside the picture and its step buttons (on a
# 1366×768 laptop the controls and the whole animation are on screen together), and the
# step's details take the page's width under both.
try_box, settings_box = (st.columns(2, gap="small") if ctx.present
                         else (nullcontext(), None))
with try_box:
    experiments("learn", spec.EXPERIMENTS, tr, control=spec.TRY,
                rewinds=spec.STEP)
if ctx.present:
    picture_box = details_box = nullcontext()
else:
    settings_box, picture_box = st.columns([2, 3], gap="medium")
    details_box = st.container()


def settings_ui() -> spec.Settings | None:
    """The controls, two a row in a column beside the pictures (folded away in projector
    mode, so the picture fits the screen); None while own data is chosen but no file."""
    with (st.expander(tr("learn.settings"), icon=":material/tune:") if ctx.present
          else st.container(border=True)):
        data = controls.choice(spec.DATA, tr("learn.data"), help=tr("learn.data_help"),
                               format_func=lambda name: tr(f"learn.data_name_{name}"))
        csv, samples, noise = None, spec.SAMPLES.default, spec.NOISE.default
        if data == spec.OWN_DATA:
            csv = view.uploaded_csv("ln_upload", tr("learn.upload"), tr("learn.upload_help"))
            st.caption(tr("learn.upload_private"))
        else:
            st.caption(tr(f"learn.data_{data}"))
            c1, c2 = st.columns(2, gap="small")
            samples = controls.slider(spec.SAMPLES, tr("learn.samples"),
                                      help=tr("learn.samples_help"), where=c1)
            noise = controls.slider(spec.NOISE, tr("learn.noise"), help=tr("learn.noise_help"),
                                    where=c2)
        # On its own row: "identity (no activation)" is long.
        activation = controls.activation_choice(spec.ACTIVATION, tr("learn.activation"), tr,
                                                help=tr("learn.activation_help"))
        c1, c2 = st.columns([3, 2], gap="small")  # the loss's names are long
        loss = controls.choice(spec.LOSS, tr("learn.loss"), help=tr("learn.loss_help"),
                               format_func=lambda name: tr(f"learn.loss_name_{name}"), where=c1)
        lr = controls.select_slider(spec.RATE, tr("learn.rate"), help=tr("learn.rate_help"),
                                    where=c2)
        c1, c2 = st.columns(2, gap="small")
        batch = controls.select_slider(spec.BATCH, tr("learn.batch"),
                                       help=tr("learn.batch_help"), where=c1,
                                       format_func=lambda size: tr("learn.batch_full")
                                       if size == spec.FULL_BATCH else size)
        epochs = controls.slider(spec.EPOCHS, tr("learn.epochs"), help=tr("learn.epochs_help"),
                                 where=c2)
        # Where training starts, then the two toggles: each on its own row ("saturated (−6)"
        # and the toggles' labels are long), under the ones a class moves most.
        start = controls.choice(spec.START, tr("learn.start"), help=tr("learn.start_help"),
                                format_func=lambda name: tr(f"learn.start_name_{name}"))
        drop_last = controls.toggle(spec.DROP_LAST, tr("learn.drop_last"),
                                    help=tr("learn.drop_last_help"))
        bug = controls.toggle(spec.BUG, tr("learn.bug"), help=tr("learn.bug_help"))
    if data == spec.OWN_DATA and csv is None:
        st.info(tr("learn.upload_first"), icon=":material/upload_file:")
        return None
    return spec.Settings(data=data, n_samples=samples, noise=noise, activation=activation,
                         loss=loss, lr=lr, batch=batch, epochs=epochs, start=start,
                         drop_last=drop_last, bug=bug, seed=ctx.seed, csv=csv)


def notes(settings: spec.Settings, result: spec.LearnRun) -> None:
    """What the page changed or noticed about these settings, said once above the pictures."""
    n_samples = result.data.X.shape[1]
    if result.loss != settings.loss:
        st.info(tr("learn.loss_switched", activation=tr(f"activation.{settings.activation}")),
                icon=":material/swap_horiz:")
    if result.epochs < settings.epochs:
        st.info(tr("learn.epochs_cut", asked=settings.epochs, used=result.epochs,
                   max_steps=spec.MAX_STEPS), icon=":material/content_cut:")
    if settings.batch != spec.FULL_BATCH and int(settings.batch) >= n_samples:
        st.caption(tr("learn.batch_is_full", batch=settings.batch, n=n_samples))
    if result.n_steps == 0:
        st.warning(tr("learn.no_step", n=n_samples, batch=result.batch_size),
                   icon=":material/block:")
    if result.history.stopped is not None:
        st.warning(tr("learn.stopped", step=result.history.stopped_at, lr=settings.lr,
                      epoch=result.last_epoch, epochs=result.epochs),
                   icon=":material/warning:")
    if settings.bug:
        st.warning(tr("learn.bug_on"), icon=":material/bug_report:")


@st.fragment
def steps(settings: spec.Settings, charts: view.Charts) -> None:
    """The server's step and everything that follows it (the step buttons rerun only this)."""
    result = charts.result
    n_steps = result.n_steps
    wanted = url_int(spec.STEP)
    step = spec.clamp_step(wanted, n_steps)
    if step != wanted:
        notices.add_text("learn.step_clamped", given=wanted, n=n_steps, used=step)
        set_url_int(spec.STEP, step)

    # In projector mode the picture and, beside it, the step and its numbers fill the screen
    # (elsewhere the step's box comes under the picture, in the order drawn).
    picture, side = st.columns([3, 1], gap="medium") if ctx.present else (st, st)
    step_fixed = classroom.fixes(spec.STEP.key)
    picture.plotly_chart(charts.figure("boundary", step),
                         key="ln_fig_boundary",
                         alt=tr("learn.boundary_alt", n=result.data.X.shape[1], steps=n_steps),
                         **CHART)
    step_update = view.update(settings, step)
    update = None if step_update is None else step_update.update
    with side.container(border=True):
        if not ctx.present:  # a projector's narrow side column: the buttons say it
            st.markdown(f"**{tr('learn.server_step')}**")
        # The step buttons are the `ln_step` control: a teacher's link hides or locks them.
        buttons = ([] if classroom.hidden(spec.STEP.key) else
                   [st.container() for _ in range(3)] if ctx.present else
                   st.columns(3, gap="small"))
        for where, (key, icon, target, disabled, kind) in zip(buttons, (
            ("next", ":material/skip_next:", step + 1, step >= n_steps, "primary"),
            ("restart", ":material/first_page:", 0, step == 0, "secondary"),
            ("to_end", ":material/last_page:", n_steps, step >= n_steps, "secondary"),
        ), strict=False):
            where.button(tr(f"learn.{key}"), icon=icon, type=kind, on_click=set_url_int,
                         args=(spec.STEP, target), disabled=disabled or step_fixed,
                         help=classroom.button_help(tr(f"learn.{key}_help"), spec.STEP.key),
                         width="stretch", key=f"ln_{key}")
        status = st.container(key="ln_status")
        if update is None:
            status.caption(tr("learn.status_end", n=n_steps, epochs=result.epochs)
                       if result.history.stopped is None else
                       tr("learn.status_stopped", n=n_steps, epoch=result.last_epoch,
                          epochs=result.epochs))
            # Why XOR stalls, once the reader has watched it stall (Try it asks to predict).
            if result.settings.data == "xor":
                status.info(tr("learn.xor_note"), icon=":material/block:")
        else:
            status.caption(tr("learn.status", i=step, n=n_steps, epoch=update.epoch + 1,
                              epochs=result.epochs,
                              samples=view.n_samples(tr, len(update.indices)),
                              loss=fmt(update.loss),
                              accuracy=fmt(result.history.accuracy[step] * 100, 3)))
    if not step_fixed:  # where the reader pauses or scrubs becomes the page's step
        frames = charts.frames(step)  # the animation's steps: its frame i is step
        follow_animation("ln_fig_boundary", frames.index(step),
                         lambda shown: set_url_int(spec.STEP, frames[min(shown, len(frames) - 1)]))
    st.caption(tr("learn.boundary_legend" if result.n_features == 2 else "learn.curve_legend"))
    with details_box:  # (drawn on every run, so also from the fragment's own reruns)
        details(settings, result, charts, step_update, step)


def details(settings: spec.Settings, result: spec.LearnRun, charts: view.Charts,
            step_update: view.StepUpdate | None, step: int) -> None:
    """The step's update with its numbers, and the loss, parameter and landscape charts."""
    n_steps = result.n_steps
    st.subheader(tr("learn.update_title"))
    if step_update is None:
        st.markdown(tr("learn.update_none"))
    else:
        # Two a row on a wide screen, one under the other on a phone (one step per line);
        # one a row for a projector's large type.
        left, right = st.columns(2, gap="medium") if not ctx.present else (st, st)
        left.latex(step_update.dz)
        right.latex(step_update.dw)
        left, right = (st.columns(2, gap="medium", vertical_alignment="center")
                       if not ctx.present else (st, st))
        left.latex(step_update.step)
        right.caption(tr("learn.update_caption",
                         samples=view.n_samples(tr, len(step_update.update.indices)),
                         lr=settings.lr))

    left, right = st.columns(2, gap="large")
    with left:
        st.subheader(tr("learn.loss_title"))
        st.plotly_chart(charts.figure("loss", step), key="ln_fig_loss",
                        alt=tr("learn.loss_alt", steps=n_steps), **CHART)
    with right:
        st.subheader(tr("learn.params_title"))
        st.plotly_chart(charts.figure("params", step), key="ln_fig_params",
                        alt=tr("learn.params_alt", steps=n_steps), **CHART)
    left, right = st.columns([3, 2], gap="large")
    with left:
        st.subheader(tr("learn.landscape_title"))
        st.plotly_chart(charts.figure("landscape", step), key="ln_fig_landscape",
                        alt=tr("learn.landscape_alt"), **CHART)
    with right:
        one_d = result.n_features == 1
        if result.history.stopped is None:
            st.markdown(tr("learn.landscape_1d" if one_d else "learn.landscape_2d"))
        else:  # the map frames the start of a path that ran away
            framed = result.landscape.framed
            if one_d:
                st.markdown(tr("learn.landscape_1d"))
            st.markdown(tr(f"learn.landscape_{'1d' if one_d else '2d'}_stopped", step=framed))


def summary(result: spec.LearnRun) -> None:
    """The final parameters and loss: what the code panel prints."""
    h = result.history
    st.subheader(tr("learn.result_title"))
    w, b = ", ".join(fmt(v) for v in h.w[-1]), fmt(h.b[-1])
    if result.final_loss is None or h.stopped is not None:
        st.markdown(tr("learn.result_diverged", steps=h.n_steps, epoch=result.last_epoch,
                       epochs=result.epochs, w=w, b=b))
    else:
        st.markdown(tr("learn.result", steps=h.n_steps, epochs=result.epochs, w=w, b=b,
                       loss=fmt(result.final_loss),
                       accuracy=fmt(result.final_accuracy * 100, 3)))
    if spec.stalled(result):
        st.caption(tr("learn.stalled"))


with settings_box:
    settings = settings_ui()
if settings is not None:
    charts = view.learning(settings, ctx.lang, ctx.present)
    if isinstance(charts, CsvProblem):
        view.show_csv_problem(charts, tr)
    else:
        result = charts.result
        with picture_box:
            notes(settings, result)
            steps(settings, charts)
        summary(result)
        code_panel(lambda: learn_code(result), tr, control=spec.CODE)
        downloads("learn", ctx.seed, lambda: from_learn(ctx.seed, result), tr,
                  example="w_history")
