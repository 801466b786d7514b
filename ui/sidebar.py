"""The sidebar every page shares: language, projector mode, random seed, source link."""

from __future__ import annotations

import os

import streamlit as st

from i18n import LANGUAGE_NAMES, LANGUAGES, language_from_locale, translator
from lesson.controls import BoolControl, ChoiceControl, IntControl, check_url_value
from ui import classroom, notices
from ui import url_values as url
from ui.context import LANG_KEY, PRESENT_KEY, SEED_KEY
from ui.share import share_button

SOURCE_SECRET = "source_url"  # in .streamlit/secrets.toml (Community Cloud: app settings)
SOURCE_ENV = "NEURON_LAB_SOURCE_URL"
SEED = IntControl(SEED_KEY, default=0, lo=0, hi=2**32 - 1)
PRESENT = BoolControl(PRESENT_KEY, default=False)


def source_url() -> str | None:
    """Where this deployment's source code lives: `source_url` in `st.secrets`, else the
    environment variable NEURON_LAB_SOURCE_URL; None (no "Source" button) when neither is set,
    rather than a link to an address that may not exist."""
    try:
        url = st.secrets.get(SOURCE_SECRET)
    except FileNotFoundError:  # no secrets file at all (StreamlitSecretNotFoundError)
        url = None
    url = str(url or os.environ.get(SOURCE_ENV, "")).strip()
    return url if url.startswith(("https://", "http://")) else None


def current_language() -> str:
    """The language of this run: the reader's choice, else the link's, else the browser's.

    `lang` is kept in the URL by hand (not with ``bind=``) so that it is always present: a
    shared link then opens in the language it was copied in, whatever the reader's browser.
    """
    if LANG_KEY not in st.session_state:
        browser = language_from_locale(st.context.locale)
        control = ChoiceControl(LANG_KEY, default=browser, options=LANGUAGES)
        raw = st.query_params.get_all(LANG_KEY)
        problem = check_url_value(control, raw)
        if problem is not None:
            notices.add(problem)
        st.session_state[LANG_KEY] = raw[-1] if raw and problem is None else browser
    return st.session_state[LANG_KEY]


def projector_mode() -> bool:
    """Whether projector mode is on: the reader's toggle, else the link's `present`.

    Known before the page is drawn (the entry point collapses the sidebar with it); kept in
    the URL by hand, like `lang`, so a link opens on the projector as it was copied.
    """
    if PRESENT_KEY not in st.session_state:
        raw = st.query_params.get_all(PRESENT_KEY)
        problem = check_url_value(PRESENT, raw)
        if problem is not None:
            notices.add(problem)
        st.session_state[PRESENT_KEY] = (raw[-1].lower() == "true" if raw and problem is None
                                         else PRESENT.default)
    return st.session_state[PRESENT_KEY]


def _seed_from_link() -> None:
    """On a session's first run, start the seed widget at the link's seed (else 0).

    Like `lang`, `seed` is kept in the URL by hand rather than with ``bind=``: Streamlit's own
    URL parsing for number inputs raised OverflowError on `seed=inf` or `seed=1e400` (a
    traceback instead of a page); here every link value goes through `check_url_value`.
    """
    if SEED_KEY not in st.session_state:
        raw = st.query_params.get_all(SEED_KEY)
        problem = check_url_value(SEED, raw)
        if problem is not None:
            notices.add(problem)
        st.session_state[SEED_KEY] = (problem.used if problem is not None
                                      else int(float(raw[-1])) if raw else SEED.default)


def sidebar(lang: str, page: str = "home") -> None:
    """Draw the shared sidebar controls under the page navigation; `page` is the page shown
    (``"home"``, ``"scalar"``, …), for the "Share with the class" panel."""
    tr = translator(lang)
    with st.sidebar:
        st.segmented_control(
            tr("sidebar.language"),
            LANGUAGES,
            format_func=LANGUAGE_NAMES.__getitem__,
            key=LANG_KEY,
            required=True,
        )
        st.toggle(tr("sidebar.present"), key=PRESENT_KEY, help=tr("sidebar.present_help"))
        _seed_from_link()
        if classroom.hidden(SEED_KEY):  # a teacher's link fixes the seed
            seed = st.session_state[SEED_KEY]
        else:
            locked = classroom.locked(SEED_KEY)
            help = tr("sidebar.seed_help")
            seed = st.number_input(
                classroom.locked_label(tr("sidebar.seed")) if locked else tr("sidebar.seed"),
                min_value=SEED.lo, max_value=SEED.hi, step=SEED.step, disabled=locked,
                help=classroom.locked_help(help) if locked else help, key=SEED_KEY)
        st.caption(tr("sidebar.share"))
        share_button(page, tr)
        source = source_url()
        if source is not None:
            st.link_button(tr("sidebar.source"), source, icon=":material/code:")
    url.write(LANG_KEY, st.session_state[LANG_KEY])
    url.write(PRESENT_KEY, "true" if st.session_state[PRESENT_KEY] else None)
    # A default stays out of the link, as for the bound controls.
    url.write(SEED_KEY, None if seed == SEED.default else str(seed))
