"""A teacher's link on every page: its task box, and the controls it hides or locks.

`start_run` reads ``prompt``, ``hide`` and ``lock`` from the URL once a run (in the entry
point); `ui.controls` then asks `hidden`/`locked` before drawing each control, and pages ask
`fixes` before drawing a button that would change fixed controls. See `lesson.classroom`.
"""

from __future__ import annotations

import html

import streamlit as st

from lesson.classroom import (
    HIDE_KEY,
    LOCK_KEY,
    NOTHING_FIXED,
    PROMPT_KEY,
    PROMPT_LIMIT,
    Fixed,
    clip_prompt,
    fixed_keys,
)
from lesson.plain_text import markdown_code
from ui import notices
from ui.context import PRESENT_KEY
from ui.notices import QUOTE_LIMIT
from ui.run_memo import this_run

_KEY = "_classroom"  # (Fixed, tooltip of a locked control, tooltip of a fixed button)
_NO_LINK = (NOTHING_FIXED, "🔒", "🔒")


def start_run(page: str, tr) -> Fixed:
    """Read this run's link: what it fixes on `page` (notices for keys it cannot use)."""
    fixed = fixed_keys(page, st.query_params.get_all(HIDE_KEY), st.query_params.get_all(LOCK_KEY))
    link = (fixed, tr("classroom.locked_help"), tr("classroom.fixed_help"))
    st.session_state[_KEY] = this_run()[_KEY] = link
    if fixed.unknown:
        notices.add_text("classroom.unknown_keys", keys=_quoted(fixed.unknown))
    if fixed.unlockable:
        notices.add_text("classroom.unlockable", keys=_quoted(fixed.unlockable))
    return fixed


def _quoted(keys: tuple[str, ...]) -> str:
    """Keys from the link for a notice: each as inline code no key can end, long ones cut."""
    return ", ".join(markdown_code(k if len(k) <= QUOTE_LIMIT else k[:QUOTE_LIMIT] + "…")
                     for k in keys)


def _link() -> tuple[Fixed, str, str]:
    """What `start_run` read, from the session once a run (a fragment's run too): every
    control on a page asks."""
    memo = this_run()
    link = memo.get(_KEY)
    if link is None:
        link = memo[_KEY] = st.session_state.get(_KEY, _NO_LINK)
    return link


def fixed() -> Fixed:
    return _link()[0]


def hidden(key: str) -> bool:
    return key in fixed().hidden


def locked(key: str) -> bool:
    return key in fixed().locked


def fixes(*keys: str) -> bool:
    """Whether the link hides or locks any of `keys`: a button that would change them is off."""
    return fixed().fixes(*keys)


def hides_all(*keys: str) -> bool:
    """Whether the link hides every one of `keys` (then a box or button for them goes too)."""
    return all(key in fixed().hidden for key in keys)


def locked_help(help: str | None) -> str:
    """The tooltip of a locked control: why it is locked, then its own help."""
    reason = _link()[1]
    return f"{reason}\n\n{help}" if help else reason


def button_help(help: str | None, *keys: str) -> str | None:
    """A button's tooltip; if the link fixes any of `keys`, it says why the button is off."""
    if not fixes(*keys):
        return help
    reason = _link()[2]
    return f"{reason}\n\n{help}" if help else reason


def locked_label(label: str, *, markdown: bool = True) -> str:
    """A locked control's label: a lock icon first (an emoji where the label is plain text,
    as a table's column header is)."""
    return f":material/lock: {label}" if markdown else f"🔒 {label}"


def prompt_box(tr) -> None:
    """The link's task, at the top of the page in a box of its own, as plain text: the text
    is HTML-escaped into an element of its own (never read as Markdown or HTML), in its own
    writing direction (``dir="auto"``: Arabic or Hebrew right to left)."""
    raw = st.query_params.get_all(PROMPT_KEY)
    if not raw:
        return
    text, cut = clip_prompt(raw[-1])
    if cut:
        notices.add_text("classroom.prompt_cut", n=len(raw[-1].strip()), limit=PROMPT_LIMIT)
    if not text:
        return
    task = (f'<p dir="auto" class="classroom-prompt" style="margin:0;white-space:pre-wrap;'
            f'overflow-wrap:anywhere">{html.escape(text)}</p>')
    with st.container(border=True, key="classroom_prompt"):
        if st.session_state.get(PRESENT_KEY):
            # A projector's screen has no height to spare: the label beside the task, not
            # above it (with `style.PRESENT`, the box takes the title's place).
            st.html(f'<div class="classroom-prompt-row"><span class="classroom-prompt-label">'
                    f'{html.escape(tr("classroom.prompt_label"))}</span>{task}</div>')
        else:
            st.caption(tr("classroom.prompt_title"))
            st.html(task)
