"""Korean particles that fit the word before them, whatever number or name a placeholder holds.

A Korean particle has two forms, chosen by how the word before it ends when read aloud: after
a final consonant (batchim) 은, 이, 을, 과, 으로; after a vowel 는, 가, 를, 와, 로 (and 로
after ㄹ too). A catalogue cannot fix the form next to a placeholder (``{n}``): "시드 0으로"
but "시드 2로". So the Korean catalogue writes the neutral marker ("{n}(으)로", "{x}은(는)")
and `resolve` replaces it, once the placeholders are filled, by the form that fits the text
just before it:

- a Hangul syllable by its batchim;
- a number as it is read in Sino-Korean: by its last digit (0 영, 1 일, 3 삼, 6 육, 7 칠,
  8 팔 end in a consonant; 1, 7, 8 in ㄹ), except that a whole number ending in zeros is
  read by its place (10 십, 100 백, 1000 천, 10000 만); decimals and negatives by their last
  digit ("0.5는", "−3은"), superscripts and subscripts too ("10⁻¹⁴는");
- a Latin letter by its English name ("w는", "x는", "l_I가", "n은"); a word of several
  lower-case letters by its usual final sound ("step은", "relu는");
- closing marks (backticks, quotes, brackets, ``*``) are looked through: "`w`는".

When the text before a marker cannot be read (an emoji, say), the marker is left as written:
"이(가)" is still correct Korean, only less smooth.
"""

from __future__ import annotations

import re
from typing import Literal

Ending = Literal["vowel", "rieul", "consonant"]

# The two forms of each particle: (after a consonant, after a vowel). 으로 is the only one
# whose vowel form also follows ㄹ.
PARTICLES: dict[str, tuple[str, str]] = {
    "은(는)": ("은", "는"),
    "이(가)": ("이", "가"),
    "을(를)": ("을", "를"),
    "과(와)": ("과", "와"),
    "(으)로": ("으로", "로"),
}
_MARKER = re.compile("|".join(re.escape(marker) for marker in PARTICLES))

# How each digit ends when read in Sino-Korean: 영 일 이 삼 사 오 육 칠 팔 구.
_DIGITS: dict[str, Ending] = {
    "0": "consonant", "1": "rieul", "2": "vowel", "3": "consonant", "4": "vowel",
    "5": "vowel", "6": "consonant", "7": "rieul", "8": "rieul", "9": "vowel",
}
_SUBSCRIPTS = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")
# A power is read with 승 or 제곱 ("10⁻¹⁴" 십의 마이너스 십사 승, "5²" 오의 제곱).
_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
# English letter names: el, em, en, ar end in a consonant (l and r in ㄹ: 엘, 알).
_LETTERS: dict[str, Ending] = {"l": "rieul", "r": "rieul", "m": "consonant", "n": "consonant"}
# The usual final sound of an English word by its last letters (스텝, 블록, 인풋, 픽셀, 타입은
# end in a consonant; 렐루, 시드, 시그모이드 in a vowel).
_WORD_ENDINGS: tuple[tuple[str, Ending], ...] = (
    ("ng", "consonant"), ("ck", "consonant"), ("l", "rieul"), ("m", "consonant"),
    ("n", "consonant"), ("k", "consonant"), ("p", "consonant"), ("t", "consonant"),
    ("b", "consonant"),
)
# Symbols and Greek letters as they are read: 시그마, 티(ᵀ), 무한대, 퍼센트.
_SYMBOLS: dict[str, Ending] = {"σ": "vowel", "ᵀ": "vowel", "∞": "vowel", "%": "vowel",
                               "π": "vowel", "μ": "vowel"}
# Marks that close a word without being read: "`w`는", "(l_I×1)은", "**2**는".
_CLOSING = "`'\"’”)]}*_"


def _hangul(char: str) -> Ending | None:
    code = ord(char) - 0xAC00
    if not 0 <= code < 11172:
        return None
    batchim = code % 28
    return "vowel" if batchim == 0 else "rieul" if batchim == 8 else "consonant"


def _number(digits: str, fractional: bool) -> Ending:
    """How a run of digits ends when read: by its last digit, or by its place for a whole
    number ending in zeros (십, 백, 천, 만 … 억 end in a consonant, 조 in a vowel)."""
    digits = digits.replace(",", "")
    zeros = len(digits) - len(digits.rstrip("0"))
    if fractional or zeros == 0 or zeros == len(digits):
        return _DIGITS[digits[-1]]  # 0.5 오, 2.0 영, 0 영
    return "vowel" if 12 <= zeros < 16 else "consonant"


def ending(text: str) -> Ending | None:
    """How `text` ends when read aloud in Korean, or None if it cannot tell."""
    text = text.rstrip(_CLOSING)
    if not text:
        return None
    last = text[-1]
    hangul = _hangul(last)
    if hangul is not None:
        return hangul
    if last in _SUPERSCRIPTS:
        return "consonant"
    plain = text.translate(_SUBSCRIPTS)
    if plain[-1].isdigit() and plain[-1].isascii():
        run = re.search(r"[0-9][0-9,]*$", plain)
        start = run.start() if run else len(plain) - 1
        fractional = start > 0 and plain[start - 1] == "."
        return _number(run.group() if run else plain[-1], fractional)
    if last.isascii() and last.isalpha():
        word = re.search(r"[A-Za-z]+$", text).group()
        if len(word) == 1 or word.isupper():  # a letter, or an acronym spelled out: URL 엘
            return _LETTERS.get(word[-1].lower(), "vowel")
        for suffix, sound in _WORD_ENDINGS:
            if word.lower().endswith(suffix):
                return sound
        return "vowel"
    return _SYMBOLS.get(last)


def particle(word: str, marker: str) -> str:
    """The form of `marker` (``"은(는)"``, ``"이(가)"``, ``"을(를)"``, ``"과(와)"``,
    ``"(으)로"``) that fits after `word`; the marker itself if `word` cannot be read."""
    after_consonant, after_vowel = PARTICLES[marker]
    sound = ending(word)
    if sound is None:
        return marker
    if sound == "vowel" or (sound == "rieul" and marker == "(으)로"):
        return after_vowel
    return after_consonant


def attach(word: str, marker: str) -> str:
    """`word` followed by the form of `marker` that fits it: ``attach("7", "(으)로") == "7로"``."""
    return word + particle(word, marker)


def resolve(text: str) -> str:
    """Replace every particle marker in `text` by the form that fits the text before it."""
    if "(" not in text:
        return text
    return _MARKER.sub(lambda m: particle(text[:m.start()], m.group()), text)
