"""The two catalogues must say the same things: same keys, same placeholders, no gaps."""

import re
import string

import pytest

from i18n import LANGUAGES, catalogue, language_from_locale, t
from tests.helpers import app

HANGUL = re.compile(r"[\uac00-\ud7a3]")


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_english_and_korean_have_the_same_keys():
    en, ko = catalogue("en"), catalogue("ko")
    assert sorted(en.keys() - ko.keys()) == []
    assert sorted(ko.keys() - en.keys()) == []
    assert len(en) > 50


@pytest.mark.parametrize("key", sorted(catalogue("en")))
def test_placeholders_match_and_text_is_not_empty(key):
    en, ko = catalogue("en")[key], catalogue("ko")[key]
    assert en.strip() and ko.strip()
    assert _placeholders(en) == _placeholders(ko), key


def test_korean_catalogue_is_korean():
    ko = catalogue("ko")
    with_hangul = [k for k, v in ko.items() if HANGUL.search(v)]
    assert len(with_hangul) / len(ko) > 0.8
    assert t("ko", "nav.home") == "홈"


def test_formatting_fills_placeholders():
    assert t("en", "scalar.random_drawn", n=2, seed=7) == "w, b: random draw number 2 from seed 7."


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("ko-KR", "ko"), ("ko", "ko"), ("en-US", "en"), ("fr-FR", "en"), (None, "en"), ("", "en")],
)
def test_language_from_browser_locale(locale, expected):
    assert language_from_locale(locale) == expected


def test_unknown_language_is_refused_clearly():
    with pytest.raises(ValueError, match="unknown language 'xx'"):
        catalogue("xx")
    assert LANGUAGES == ("en", "ko")


SINGULAR_SLIP = re.compile(r"\b1 (features|samples|passes|batches|values)\b")


@pytest.mark.parametrize(("page", "query"), [
    ("pages/vector.py", {"v_features": "1"}),
    ("pages/matrix.py", {"m_features": "1", "m_samples": "1"}),
    ("pages/batch.py", {"bl_n_data": "1", "bl_batch": "1", "bl_step": "9"}),
])
def test_english_pages_never_write_a_plural_after_1(page, query):
    at = app({"lang": "en", **query}, page=page)
    assert not at.exception
    texts = [element.value for kind in ("markdown", "caption", "info", "success", "error",
                                        "warning") for element in getattr(at, kind)]
    slips = [text for text in texts if SINGULAR_SLIP.search(str(text))]
    assert slips == []
