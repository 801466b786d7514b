"""Widgets whose values live in the URL, each checked against its `lesson.controls` spec.

Streamlit drops a bound URL value it cannot use without a word; before each widget is made,
the raw URL value is checked here and a problem becomes a visible notice (`ui.notices`).
A teacher's link may hide a control (not drawn; its URL value or default still drives the
page) or lock it (drawn disabled, with a lock and a tooltip): see `ui.classroom`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st

from i18n import DEFAULT_LANGUAGE, t
from lesson.controls import (
    BoolControl,
    ChoiceControl,
    Control,
    FloatControl,
    IntControl,
    check_url_value,
    url_value,
)
from ui import classroom, notices
from ui import url_values as url
from ui.context import LANG_KEY


def _bound(control: Control) -> dict[str, Any]:
    """Check the control's URL value (a problem becomes a notice), and return the widget
    arguments that tie it to the URL and keep it across page switches."""
    problem = check_url_value(control, st.query_params.get_all(control.key))
    if problem is not None:
        notices.add(problem)
    return {"key": control.key, "bind": "query-params", "persist_state": "session"}


def _hidden_value(control: Control) -> Any:
    """The value of a control the link hides: the URL's (checked) or the default."""
    value, problem = url_value(control, st.query_params.get_all(control.key))
    if problem is not None:
        notices.add(problem)
    return value


def _from_link(control: Control) -> None:
    """For a control kept in the URL by hand: on a session's first run, start its widget at
    the link's value (a bad one gives a notice and the default, as `url_value` says)."""
    if control.key not in st.session_state:
        value, problem = url_value(control, st.query_params.get_all(control.key))
        if problem is not None:
            notices.add(problem)
        st.session_state[control.key] = value


def _to_link(control: Control, value: Any) -> None:
    """Write a control kept by hand to the URL; a default stays out, as for bound ones."""
    url.write(control.key, None if value == control.default else str(value))


def forget(control: Control) -> None:
    """A control kept by hand that the page does not draw (e.g. one sample: no sample to
    pick): out of the URL and the session, so the link holds only what the screen shows."""
    st.query_params.pop(control.key, None)
    st.session_state.pop(control.key, None)


def _locking(label: str, help: str | None, key: str) -> dict[str, Any]:
    """Label, tooltip and `disabled` of a widget, locked or not by the link."""
    if classroom.locked(key):
        return {"label": classroom.locked_label(label), "help": classroom.locked_help(help),
                "disabled": True}
    return {"label": label, "help": help}


def slider(
    control: FloatControl | IntControl,
    label: str,
    *,
    help: str | None = None,
    format: str | None = None,
    where: Any = st,
    on_change: Callable[[], None] | None = None,
    ranged: bool = False,
) -> Any:
    """A slider bound to the URL under `control.key`; returns its value.

    `on_change` runs before the next run when the reader moves it (e.g. to fit other controls).
    A slider whose range follows another control (`control.hi` depends on it) is kept in the
    URL by hand (`ranged=True`): Streamlit makes a new widget whenever the range changes,
    and a value set from code then (lowered to fit the new range) never reached the URL,
    so the link showed something else.
    """
    if classroom.hidden(control.key):
        return _hidden_value(control)
    if not ranged:
        return where.slider(
            min_value=control.lo, max_value=control.hi, value=control.default,
            step=control.step, format=format, on_change=on_change,
            **_locking(label, help, control.key), **_bound(control),
        )
    _from_link(control)
    # Handed over on every run, inside the range: a new widget (new range) would otherwise
    # start at its lowest value.
    st.session_state[control.key] = min(max(st.session_state[control.key], control.lo),
                                        control.hi)
    value = where.slider(
        min_value=control.lo, max_value=control.hi, step=control.step, format=format,
        on_change=on_change, key=control.key, persist_state="session",
        **_locking(label, help, control.key),
    )
    _to_link(control, value)
    return value


def choice(
    control: ChoiceControl,
    label: str,
    *,
    format_func: Callable[[str], str] = str,
    help: str | None = None,
    where: Any = st,
) -> str:
    """A selectbox over `control.options` showing ``format_func(option)`` (e.g. a translated
    label); the URL holds the option value itself, in every language.

    Kept in the URL by hand, like `seed` and `lang` (`ui.sidebar`): with ``bind=`` Streamlit
    writes the *displayed* label to the URL, so a translated label would change the link with
    the language. On a session's first run the widget starts at the link's value (a bad one
    gives a notice and the default); after that, the widget's value is written back.
    """
    if classroom.hidden(control.key):
        return _hidden_value(control)
    _from_link(control)
    # Streamlit's own placeholder ("Choose an option") shows while the reader types to filter.
    placeholder = t(st.session_state.get(LANG_KEY, DEFAULT_LANGUAGE), "choice.placeholder")
    value = where.selectbox(options=control.options, format_func=format_func,
                            key=control.key, persist_state="session", placeholder=placeholder,
                            **_locking(label, help, control.key))
    _to_link(control, value)
    return value


def activation_choice(control: ChoiceControl, label: str, tr: Callable[..., str], *,
                      help: str | None = None, where: Any = st) -> str:
    """The activation menu: translated names (``activation.<name>`` in the catalogue), the
    code name (``"leaky_relu"``) in the URL and in the returned value."""
    return choice(control, label, format_func=lambda name: tr(f"activation.{name}"), help=help,
                  where=where)


def select_slider(
    control: ChoiceControl,
    label: str,
    *,
    help: str | None = None,
    where: Any = st,
    format_func: Callable[[str], str] | None = None,
) -> str:
    """A slider over `control.options` (e.g. learning rates on a log scale); the URL holds
    the option itself (``ln_lr=0.05``), so a link means the same in every language.

    With a `format_func` (a translated label for some option) it is kept in the URL by hand,
    as `choice` is: ``bind=`` would write the displayed label to the URL.
    """
    if classroom.hidden(control.key):
        return _hidden_value(control)
    if format_func is None:
        return where.select_slider(options=control.options, value=control.default,
                                   **_locking(label, help, control.key), **_bound(control))
    _from_link(control)
    value = where.select_slider(options=control.options, format_func=format_func,
                                key=control.key, persist_state="session",
                                **_locking(label, help, control.key))
    _to_link(control, value)
    return value


def toggle(control: BoolControl, label: str, *, help: str | None = None, where: Any = st) -> bool:
    """An on/off toggle bound to the URL."""
    if classroom.hidden(control.key):
        return _hidden_value(control)
    return where.toggle(value=control.default, **_locking(label, help, control.key),
                        **_bound(control))


def expander(control: BoolControl, label: str, *, icon: str | None = None) -> Any:
    """A box, closed unless `control.default`, whose open state lives in the URL. Its content
    runs only while it is open: fill it under ``if box.open:``, so a closed box costs a rerun
    nothing but its label. A box the link hides is not drawn and never open."""
    if classroom.hidden(control.key):
        return _HIDDEN_BOX
    bound = _bound(control)
    return st.expander(label, expanded=control.default, icon=icon, key=bound["key"],
                       bind=bound["bind"])


class _HiddenBox:
    """Stands in for a box the link hides: never open, so its content never runs."""

    open = False


_HIDDEN_BOX = _HiddenBox()


def fixes(*keys: str) -> bool:
    """Whether the link hides or locks any of `keys`: a button that would change them is off
    (pass its tooltip through `ui.classroom.button_help`)."""
    return classroom.fixes(*keys)


def button(label: str, changes: tuple[str, ...], *, where: Any = st, help: str | None = None,
           disabled: bool = False, **kwargs: Any) -> bool:
    """A button that sets the controls `changes`: not drawn when a teacher's link hides them
    all, off (saying why) when it hides or locks any of them."""
    if classroom.hides_all(*changes):
        return False
    return where.button(label, disabled=disabled or classroom.fixes(*changes),
                        help=classroom.button_help(help, *changes), **kwargs)


def box(*keys: str) -> Any:
    """The bordered box around the controls `keys`; without a border when a teacher's link
    hides them all (an empty frame would be left)."""
    return st.container(border=not classroom.hides_all(*keys))


def set_values(values: dict[str, Any]) -> None:
    """Set bound widgets' values (use from an `on_click` callback, before they are drawn)."""
    for key, value in values.items():
        st.session_state[key] = value
