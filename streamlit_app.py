"""Neuron Lab: the entry point. Run with ``streamlit run streamlit_app.py``.

Sets up the page, the shared sidebar and the navigation; each page lives in `pages/`.
"""

from __future__ import annotations

import streamlit as st

from i18n import translator
from ui import classroom, notices, server_tuning, style
from ui.navigation import build_navigation
from ui.run_memo import this_run
from ui.shell import shell
from ui.sidebar import current_language, projector_mode, sidebar

server_tuning.apply()  # sockets, wake-ups, paced reruns, memory: once per process
notices.start_run()
present = projector_mode()
# Projector mode hides the sidebar (its toggle is there, one click away); a page config
# may be set again on any run, so switching the mode collapses or restores it at once.
st.set_page_config(page_title="Neuron Lab", page_icon="🧠", layout="wide",
                   initial_sidebar_state="collapsed" if present else "auto")
lang = current_language()
style.inject(present=present, korean=lang == "ko")
tr = translator(lang)
navigation = build_navigation(tr)
page = navigation.url_path or "home"
classroom.start_run(page, tr)  # what a teacher's link hides or locks on this page
sidebar(lang, page)
classroom.prompt_box(tr)


@st.fragment
def lesson_page() -> None:
    """The page itself, in a fragment: moving one of its controls reruns this part only,
    not the page config, style, sidebar and navigation above (about 2-3 ms of the server's
    ~13-25 ms per slider move, `benchmarks/bench_class.py`). Widgets outside it (language,
    seed, projector mode, the page links) rerun the whole app as before."""
    if not this_run().get(_FULL_RUN):
        notices.start_run()  # a rerun of this fragment alone: only its own notices
        # Streamlit lets the page chosen by st.navigation run once per run of the app;
        # a rerun of this fragment is a new run of the same page.
        navigation._can_be_called = True
    notice_area = st.container()
    with shell():
        navigation.run()
    notices.render(notice_area, tr)


_FULL_RUN = "app_full_run"  # in the run's memo: a fragment's own run starts without it
this_run()[_FULL_RUN] = True
lesson_page()
