"""Every string a reader sees, in English (`i18n/en/`) and Korean (`i18n/ko/`).

Each catalogue is a package with one module per page (plus `common`); each module holds a
flat ``STRINGS`` dict of ``"page.name": "text"``. Both languages must have the same keys
and the same ``{placeholders}`` (a test checks). Pages ask for text with ``t(lang, key)``.
Option values and widget keys are never translated: only their labels are.

Korean particles after a placeholder are written as neutral markers ("{n}(으)로", "{x}은(는)")
and fitted to the value once it is filled in (`i18n.particles`), so every number reads right.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from functools import cache

from i18n.particles import resolve

LANGUAGES: tuple[str, ...] = ("en", "ko")
LANGUAGE_NAMES: dict[str, str] = {"en": "English", "ko": "한국어"}
DEFAULT_LANGUAGE = "en"


@cache
def catalogue(lang: str) -> dict[str, str]:
    """All strings of one language, merged from the modules of its package."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; expected one of {LANGUAGES}")
    package = importlib.import_module(f"{__name__}.{lang}")
    merged: dict[str, str] = {}
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
        strings = importlib.import_module(f"{package.__name__}.{info.name}").STRINGS
        clash = merged.keys() & strings.keys()
        if clash:
            raise ValueError(f"{lang}/{info.name}.py redefines {sorted(clash)}")
        merged.update(strings)
    return merged


def t(lang: str, key: str, /, **values: object) -> str:
    """The text for `key` in `lang`, with ``{placeholders}`` filled from `values` (and, in
    Korean, each particle marker fitted to the word before it)."""
    text = catalogue(lang)[key]
    text = text.format(**values) if values else text
    return resolve(text) if lang == "ko" else text


def translator(lang: str) -> Callable[..., str]:
    """`t` with the language fixed: ``tr = translator("ko"); tr("home.title")``."""
    return lambda key, /, **values: t(lang, key, **values)


def language_from_locale(locale: str | None) -> str:
    """The app language for a browser locale such as ``"ko-KR"``; English otherwise."""
    if locale and locale.lower().split("-")[0] in LANGUAGES:
        return locale.lower().split("-")[0]
    return DEFAULT_LANGUAGE
