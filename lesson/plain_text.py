"""Show text a user can set (URL values, typed numbers, prompts, CSV cells) as plain text.

Streamlit reads every body, caption, notice and `help=` as Markdown, then rewrites its text
further: ``$…$`` becomes LaTeX, ``:red[…]`` coloured text, ``:smile:`` an emoji,
``:material/home:`` an icon, `` -> `` an arrow. A value pasted into such a string as it is can
show a remote image, a live link or anything else its author wants. So every user-settable
text goes through one of these before it meets Markdown or Plotly:

- `markdown_text(value)`: the value as ordinary text inside Markdown (a sentence, a list item,
  a table cell written in Markdown, bold or not);
- `markdown_code(value)`: the value as inline code (``x=abc`` in a notice);
- `plotly_text(value)`: the value inside a Plotly title, label, tick or hover text (Plotly
  reads ``<a href>``, ``<b>``, ``<br>`` there).

Each shows the value's characters literally (an invisible word joiner may sit between two of
them); line breaks and other control characters are written as ``\\n``-style escapes in code,
and as real line breaks in text.
"""

from __future__ import annotations

import html
import re
import string

# Invisible and zero-width (U+2060 WORD JOINER): placed where Streamlit would otherwise
# rewrite text that Markdown escapes cannot protect (its shortcode and arrow plugins run on
# the parsed text, after the escapes are gone).
_JOINER = "\u2060"
# CommonMark lets a backslash escape any ASCII punctuation character, and only those.
_PUNCTUATION = frozenset(string.punctuation)
# Rewritten by Streamlit after parsing, where escapes no longer count: the arrows and signs
# `->`, `<-`, `--`, `>=`, `<=`, `~=` (a joiner between the two characters), shortcodes
# (`:smile:`, `:material/…:`, `:red[…]`: a joiner after every colon), and links made of
# bare addresses (`http://…`: the colon again; `www.…` and `a@b.co`: a joiner before `.`/`@`).
_BREAK = re.compile(r"(?<=[<>~-])(?=[>=-])|(?<=:)|(?i:(?<=www))(?=\.)|(?=@)")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _escape_line(line: str) -> str:
    broken = _BREAK.sub(_JOINER, line)
    escaped = "".join("\\" + char if char in _PUNCTUATION else char for char in broken)
    # Leading spaces would make an indented code block: keep them, as no-break spaces.
    stripped = escaped.lstrip(" ")
    return "\u00a0" * (len(escaped) - len(stripped)) + stripped


def markdown_text(value: object) -> str:
    """`value` (as ``str(value)``) escaped to read as plain text inside Streamlit Markdown.

    Every ASCII punctuation character gets a backslash (no link, image, emphasis, code, HTML,
    math, heading or list can start), shortcodes and arrows are broken by an invisible word
    joiner, and each line break becomes a Markdown line break that cannot end a paragraph or
    a list item (an empty line keeps a no-break space).
    """
    text = str(value).replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    if not text:
        return ""
    lines = [_escape_line(_CONTROL.sub(" ", line)) or "\u00a0" for line in text.split("\n")]
    return "\\\n".join(lines)


def _visible_controls(text: str) -> str:
    """Control characters as escapes: a newline as ``\\n``, NUL as ``\\x00``."""
    named = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
    return _CONTROL.sub(lambda m: named.get(m[0], f"\\x{ord(m[0]):02x}"), text)


def markdown_code(value: object) -> str:
    """`value` as an inline code span of Streamlit Markdown, shown character for character.

    The fence is one backtick longer than the longest run of backticks in the value, so no
    backtick inside can close it (CommonMark's rule); a value that starts or ends with a
    backtick, or with spaces at both ends, is padded with one space each side, which
    Markdown removes again. Control characters are written as escapes (``\\n``).
    """
    text = _visible_controls(str(value))
    # Streamlit rewrites ":material/" in the raw source, code spans included.
    text = text.replace(":material/", ":" + _JOINER + "material/")
    if not text:
        return ""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = (text[0] == "`" or text[-1] == "`"
           or (text[0] == " " and text[-1] == " " and text.strip(" ") != ""))
    space = " " if pad else ""
    return f"{fence}{space}{text}{space}{fence}"


def plotly_text(value: object) -> str:
    """`value` escaped for a Plotly text field (titles, labels, ticks, hover text): Plotly
    reads a few HTML tags there (``<a href>``, ``<b>``, ``<br>``) and decodes entities."""
    return html.escape(_visible_controls(str(value)), quote=False)
