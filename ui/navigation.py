"""The lab's pages in teaching order: one list used by the navigation and the home page."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import streamlit as st

PAGES_DIR = Path(__file__).resolve().parent.parent / "pages"


@dataclass(frozen=True)
class LessonPage:
    name: str  # file name in pages/ and i18n suffix
    url_path: str  # must differ from every file name in pages/ (see below)
    icon: str
    ready: bool  # registered in the navigation only when it works

    @property
    def path(self) -> str:
        return f"pages/{self.name}.py"

    @property
    def nav_key(self) -> str:
        return f"nav.{self.name}"


# URL paths differ from the file names on purpose: while a `pages/` folder exists, Streamlit
# (and AppTest on every run) first tries its legacy folder mode, where a URL path equal to a file
# name runs that file alone, without this entry point's sidebar and notices.
LESSON_PAGES: tuple[LessonPage, ...] = (
    LessonPage("scalar", "scalar-neuron", ":material/looks_one:", ready=True),
    LessonPage("vector", "vector-neuron", ":material/view_column:", ready=True),
    LessonPage("matrix", "matrix-neuron", ":material/grid_on:", ready=True),
    LessonPage("batch", "batch-loop", ":material/animation:", ready=True),
)


def build_navigation(tr) -> st.navigation:
    """`st.navigation` over Home and every ready lesson page, titles in the reader's language."""
    pages = [st.Page(PAGES_DIR / "home.py", title=tr("nav.home"), icon=":material/home:",
                     url_path="start", default=True)]
    pages += [
        st.Page(PAGES_DIR / f"{page.name}.py", title=tr(page.nav_key), icon=page.icon,
                url_path=page.url_path)
        for page in LESSON_PAGES
        if page.ready
    ]
    return st.navigation(pages)
