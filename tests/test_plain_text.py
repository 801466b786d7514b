"""User-settable text is shown as text: hostile URL values on every page, and the helpers.

A URL value used to sit between backticks in a notice: one with a backtick of its own ended
the code span and the rest was read as Markdown (a remote image, a live link). The checks here
read the Markdown source as CommonMark would (code spans, backslash escapes); the browser test
(tests/browser/test_plain_text_browser.py) checks what Chromium actually draws.
"""

from __future__ import annotations

import re
import string

import pytest

from lesson.plain_text import markdown_code, markdown_text, plotly_text
from tests.helpers import app, notices

JOINER = "\u2060"
HOSTILE = [
    "1`, ![x](http://host/i.png) [y](http://host/l) `",  # the one found in class
    "`![i](http://h/i.png)[l](http://h/l)`",
    "$x$:red[r]:smile:<b>b</b>*e*_u_~s~",
    "``:material/home:`` www.h.io a@b.co",
]
# What makes Markdown syntax when Streamlit reads it outside code (an underscore inside a word,
# as in `leaky_relu`, does not).
SYNTAX = re.compile(r"[\[\]!<>$*`~&\\|#]|:\w|(?<!\w)_|_(?!\w)")


def read_markdown(source: str) -> tuple[str, str]:
    """``(shown, active)``: the text a reader sees (code spans' content and escaped
    characters as they are), and the characters left for Markdown to interpret (neither in a
    code span nor escaped). CommonMark's rules for code spans and backslash escapes, after
    Streamlit's own first step (it rewrites ":material/" everywhere, code included)."""
    source = source.replace(":material/", ":material_")
    shown, active, i = [], [], 0
    while i < len(source):
        char = source[i]
        if char == "\\" and i + 1 < len(source) and source[i + 1] in string.punctuation:
            shown.append(source[i + 1])
            i += 2
            continue
        if char == "`":
            fence = re.match(r"`+", source[i:])[0]
            close = re.compile(rf"(?<!`){fence}(?!`)")
            end = close.search(source, i + len(fence))
            if end is None:  # no closing fence: the backticks are literal (and active)
                shown.append(fence)
                active.append(fence)
                i += len(fence)
                continue
            content = source[i + len(fence):end.start()].replace("\n", " ")
            if len(content) > 2 and content[0] == content[-1] == " " and content.strip():
                content = content[1:-1]
            shown.append(content)
            i = end.end()
            continue
        shown.append(char)
        active.append(char)
        i += 1
    return "".join(shown), "".join(active)


def shown_as_text(source: str, value: str) -> bool:
    shown, active = read_markdown(source)
    return value in shown.replace(JOINER, "") and not SYNTAX.search(active)


def as_noticed(value: str) -> str:
    """How a notice quotes a URL value: cut after 40 characters."""
    return value if len(value) <= 40 else value[:40] + "…"


# Every page, with the keys whose values it quotes in a notice. (`seed` and `lang` are read
# once a session, on the first run: AppTest's is on the home page; the browser test opens
# every page's link directly.)
PAGES = {
    None: ["seed", "lang"],
    "pages/scalar.py": ["x", "activation", "derivative"],
    "pages/vector.py": ["v_features", "v_x", "v_passes"],
    "pages/matrix.py": ["m_samples", "m_activation"],
    "pages/batch.py": ["bl_n_data", "bl_step", "bl_drop_last"],
    "pages/learn.py": ["ln_samples", "ln_activation", "ln_epochs", "ln_step"],
}


@pytest.mark.parametrize("page", list(PAGES))
@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_url_values_are_quoted_as_text_on_every_page(page, value):
    at = app(dict.fromkeys(PAGES[page], value), page=page)
    assert not at.exception
    [notice] = notices(at)
    items = notice.split("\n- ")[1:]
    assert len(items) == len(PAGES[page])
    for key, item in zip(sorted(PAGES[page]), sorted(items, key=lambda s: read_markdown(s)[0]),
                         strict=True):
        assert shown_as_text(item, f"{key}={as_noticed(value)}"), item


def test_the_reader_of_this_test_finds_active_markdown():
    assert not shown_as_text("`x=1`, ![x](http://host/i.png) `", "x=1`, ![x](http://host/i.png)")
    assert shown_as_text("``x=1`, ![x](h)``", "x=1`, ![x](h)")
    assert not shown_as_text("`a` *b*", "a")


@pytest.mark.parametrize("value", [*HOSTILE, "", " ", "`", " a ", "a\nb", "x\\", "1 -> 2"])
def test_markdown_code_shows_the_value_literally(value):
    source = markdown_code(value)
    shown, active = read_markdown(source)
    assert active == ""
    assert shown.replace(JOINER, "") == value.replace("\n", "\\n")


@pytest.mark.parametrize("value", [*HOSTILE, "", "a\nb", "  # heading", "1. item", "x\\",
                                   "1 -> 2 <= 3", "> quote", "- item", "| a | b |"])
def test_markdown_text_shows_the_value_literally(value):
    source = markdown_text(value)
    shown, active = read_markdown(source.replace("\\\n", "\n"))
    assert not SYNTAX.search(active)
    assert shown.replace(JOINER, "").replace("\u00a0", " ") == value
    # What Streamlit rewrites after parsing (arrows, shortcodes, bare links) stays broken.
    assert not re.search(r"->|<-|--|>=|<=|~=|:\w|www\.|\w@|https?://", shown)
    assert "\n\n" not in source  # a line break never ends the paragraph


def test_plotly_text_leaves_no_tag():
    assert plotly_text('<a href="http://h">x</a> & <br>') == (
        '&lt;a href="http://h"&gt;x&lt;/a&gt; &amp; &lt;br&gt;')
