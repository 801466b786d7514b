"""The lab's pages in teaching order: one list used by the navigation and the home page."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import streamlit as st

PAGES_DIR = Path(__file__).resolve().parent.parent / "pages"


@dataclass(frozen=True)
class LessonPage:
    name: str  # file name in pages/, URL path and i18n suffix
    icon: str
    ready: bool  # registered in the navigation only when it works

    @property
    def path(self) -> str:
        return f"pages/{self.name}.py"

    @property
    def url_path(self) -> str:
        """The page's address, ``/scalar``: its file name, so that Streamlit's legacy
        `pages/` mode finds the same page on a fresh server's first visit (see `ui.shell`)."""
        return self.name

    @property
    def nav_key(self) -> str:
        return f"nav.{self.name}"


LESSON_PAGES: tuple[LessonPage, ...] = (
    LessonPage("scalar", ":material/looks_one:", ready=True),
    LessonPage("vector", ":material/view_column:", ready=True),
    LessonPage("matrix", ":material/grid_on:", ready=True),
    LessonPage("batch", ":material/animation:", ready=True),
    LessonPage("learn", ":material/trending_down:", ready=True),
)


def build_navigation(tr) -> st.navigation:
    """`st.navigation` over Home and every ready lesson page, titles in the reader's language."""
    pages = [st.Page(PAGES_DIR / "home.py", title=tr("nav.home"), icon=":material/home:",
                     default=True)]
    pages += [
        st.Page(PAGES_DIR / f"{page.name}.py", title=tr(page.nav_key), icon=page.icon,
                url_path=page.url_path)
        for page in LESSON_PAGES
        if page.ready
    ]
    return st.navigation(pages)
