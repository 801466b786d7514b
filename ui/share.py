"""The "Share with the class" panel: build a teacher's link to this page, with a QR code.

A button in the sidebar opens a dialog. Its content runs only while it is open (a dialog is
a fragment: ticking a box in it reruns the dialog alone), so the panel costs a slider move
nothing but its button.
"""

from __future__ import annotations

import html

import streamlit as st

from figures.qr import qr_svg, svg_data_uri
from i18n import LANGUAGE_NAMES, LANGUAGES
from lesson.classroom import (
    HIDE_KEY,
    LOCK_KEY,
    PAGE_KEYS,
    PROMPT_KEY,
    PROMPT_LIMIT,
    app_root,
    link_choices,
    share_query,
    share_url,
)
from ui.context import LANG_KEY

QR_WIDTH = 320  # px: a phone reads it from the back of a classroom when projected
QR_WIDTH_LARGE = 640
FALLBACK_ROOT = "http://localhost:8501"
_OPEN = "_share_open"  # the page whose panel is open
# Streamlit shows a code block's copy button on hover only, and a touch screen never hovers:
# the link's copy button is always shown.
_COPY_VISIBLE = """<style>
.st-key-share_link [data-testid=stCode] > div:has([data-testid=stElementToolbarButton]),
.st-key-share_link [data-testid=stCode] > div:has([data-testid=stElementToolbarButton]) * {
  visibility: visible; opacity: 1;
}
.st-key-share_link [data-testid=stCode] pre { padding-right: 3rem; }
</style>"""


def page_path(page: str) -> str:
    """The page's address inside the app: ``""`` for home, else its name (``scalar``)."""
    return "" if page == "home" else page


def _root(page: str) -> str:
    """The app's address as the reader's browser sees it (``st.context.url``, else the
    Host header, else localhost)."""
    url = st.context.url
    if not url:
        host = st.context.headers.get("Host")
        url = f"http://{host}" if host else FALLBACK_ROOT
    return app_root(url, page_path(page))


def _panel(page: str, tr) -> None:
    keys = PAGE_KEYS[page]
    labels = {**keys.controls, **keys.boxes}

    def label(key: str) -> str:
        # An option is plain text: the label's LaTeX ($l_I$) is shown without its dollars.
        return f"{tr(labels[key]).replace('$', '')} ({key})"

    st.caption(tr("share.intro"))
    hide = st.multiselect(tr("share.hide"), keys.all, format_func=label, key="share_hide",
                          help=tr("share.hide_help"), placeholder=tr("share.choose"))
    lock = st.multiselect(tr("share.lock"), [k for k in keys.controls if k not in hide],
                          format_func=label, key="share_lock", help=tr("share.lock_help"),
                          placeholder=tr("share.choose"))
    prompt = st.text_area(tr("share.prompt"), max_chars=PROMPT_LIMIT, key="share_prompt",
                          placeholder=tr("share.prompt_placeholder"), height=90)
    lang = st.segmented_control(tr("share.language"), LANGUAGES, key="share_lang",
                                default=st.session_state.get(LANG_KEY, LANGUAGES[0]),
                                format_func=LANGUAGE_NAMES.__getitem__, required=True)
    query = share_query(st.query_params.to_dict(), lang=lang or LANGUAGES[0], hide=hide,
                        lock=lock, prompt=prompt)
    link = share_url(_root(page), page_path(page), query)
    st.markdown(f"**{tr('share.link')}**")
    st.html(_COPY_VISIBLE)
    with st.container(key="share_link"):
        st.code(link, language=None, wrap_lines=True)
    large = st.toggle(tr("share.large"), key="share_large")
    title = tr("share.qr_title")
    # An <img> of our own rather than st.image: its width is capped by the dialog and, large,
    # by the screen's height, so the whole code is in view on a phone and on a projector.
    size = f"min({QR_WIDTH_LARGE}px, 100%, 75vh)" if large else f"min({QR_WIDTH}px, 100%)"
    st.html(f'<img class="classroom-qr" src="{svg_data_uri(qr_svg(link, title=title))}" '
            f'alt="{html.escape(title)}" style="display:block;width:{size};height:auto">')
    st.caption(tr("share.qr_caption"))


def _open(page: str) -> None:
    """Open the panel on what the current link already asks (its task, hidden and locked
    controls): the teacher edits the link instead of starting it again."""
    st.session_state[_OPEN] = page
    params = st.query_params
    hide, lock, prompt = link_choices(page, params.get_all(HIDE_KEY), params.get_all(LOCK_KEY),
                                      params.get(PROMPT_KEY, ""))
    st.session_state.update(share_hide=hide, share_lock=lock, share_prompt=prompt)


def _close() -> None:
    st.session_state.pop(_OPEN, None)


def share_button(page: str, tr) -> None:
    """The sidebar button that opens the panel for `page` (``"home"``, ``"scalar"``, …).
    The panel stays open until the reader closes it, whatever reruns in between."""
    if page not in PAGE_KEYS:
        return
    st.button(tr("share.button"), icon=":material/qr_code_2:", key="share_open",
              width="stretch", help=tr("share.button_help"), on_click=_open, args=(page,))
    if st.session_state.get(_OPEN) == page:
        st.dialog(tr("share.title"), width="large", on_dismiss=_close)(_panel)(page, tr)
