"""The sidebar every page shares: language, random seed, source link."""

from __future__ import annotations

import streamlit as st

from i18n import LANGUAGE_NAMES, LANGUAGES, language_from_locale, translator
from lesson.controls import ChoiceControl, IntControl, check_url_value
from ui import notices
from ui.context import LANG_KEY, SEED_KEY
from ui.controls import number

SOURCE_URL = "https://github.com/neuron-lab/neuron-lab"
SEED = IntControl(SEED_KEY, default=0, lo=0, hi=2**32 - 1)


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


def sidebar(lang: str) -> None:
    """Draw the shared sidebar controls under the page navigation."""
    tr = translator(lang)
    with st.sidebar:
        st.segmented_control(
            tr("sidebar.language"),
            LANGUAGES,
            format_func=LANGUAGE_NAMES.__getitem__,
            key=LANG_KEY,
            required=True,
        )
        number(SEED, tr("sidebar.seed"), help=tr("sidebar.seed_help"))
        st.caption(tr("sidebar.share"))
        st.link_button(tr("sidebar.source"), SOURCE_URL, icon=":material/code:")
    st.query_params[LANG_KEY] = st.session_state[LANG_KEY]
