"""Korean particles after numbers and names: the form must fit every value a placeholder holds."""

import pytest

from i18n import t
from i18n.particles import attach, ending, particle, resolve

# How each number is read, written out by hand, and whether that reading ends in a consonant
# (받침) and in ㄹ: 영 일 이 삼 사 오 육 칠 팔 구 십 …
READINGS = {
    0: "영", 1: "일", 2: "이", 3: "삼", 4: "사", 5: "오", 6: "육", 7: "칠", 8: "팔", 9: "구",
    10: "십", 11: "십일", 12: "십이", 13: "십삼", 14: "십사", 15: "십오", 16: "십육",
    17: "십칠", 18: "십팔", 19: "십구", 20: "이십", 100: "백", 101: "백일", 110: "백십",
    1000: "천", 10000: "만", 100000: "십만", 100000000: "억", 1000000000000: "조",
}


def _by_hangul(reading: str, marker: str) -> str:
    """The expected particle, from the reading's last syllable (computed independently of
    `i18n.particles`: batchim = (code − 0xAC00) mod 28)."""
    batchim = (ord(reading[-1]) - 0xAC00) % 28
    consonant, vowel = {"은(는)": ("은", "는"), "이(가)": ("이", "가"), "을(를)": ("을", "를"),
                        "과(와)": ("과", "와"), "(으)로": ("으로", "로")}[marker]
    if batchim == 0 or (batchim == 8 and marker == "(으)로"):
        return vowel
    return consonant


MARKERS = ("은(는)", "이(가)", "을(를)", "과(와)", "(으)로")


@pytest.mark.parametrize("number", sorted(READINGS))
@pytest.mark.parametrize("marker", MARKERS)
def test_whole_numbers_take_the_particle_of_their_reading(number, marker):
    assert particle(str(number), marker) == _by_hangul(READINGS[number], marker)


@pytest.mark.parametrize(("text", "expected"), [
    ("1", "1로"), ("7", "7로"), ("8", "8로"), ("0", "0으로"), ("3", "3으로"), ("6", "6으로"),
    ("2", "2로"), ("10", "10으로"), ("100", "100으로"), ("1000", "1000으로"),
])
def test_euro_after_numbers(text, expected):
    assert attach(text, "(으)로") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # decimals and negatives by the last digit: 영 점 오, 마이너스 삼, 일 점 영
    ("0.5", "0.5는"), ("-3", "-3은"), ("−10", "−10은"), ("2.0", "2.0은"), ("-0.25", "-0.25는"),
    ("0.99999917", "0.99999917은"), ("1.5", "1.5는"), ("-7", "-7은"), ("0.1", "0.1은"),
    # a power is read with 승 (10의 마이너스 십사 승); subscripts as digits (엑스 이)
    ("1.3·10⁻¹⁴", "1.3·10⁻¹⁴은"), ("x₂", "x₂는"),
    # Latin letters by their English names: 더블유, 비, 엑스, 엘, 엠, 엔, 알, 아이
    ("w", "w는"), ("b", "b는"), ("x", "x는"), ("l", "l은"), ("m", "m은"), ("n", "n은"),
    ("r", "r은"), ("l_I", "l_I는"), ("URL", "URL은"),
    # marks around a word are not read
    ("`w`", "`w`는"), ("**2**", "**2**는"), ("(l_I×1)", "(l_I×1)은"),
    # Hangul by its batchim; the sigmoid's symbol σ (시그마)
    ("시드", "시드는"), ("샘플", "샘플은"), ("시그모이드 σ", "시그모이드 σ는"),
    ("relu", "relu는"), ("step", "step은"),
])
def test_topic_particle_after_values_and_names(text, expected):
    assert attach(text, "은(는)") == expected


def test_unreadable_text_keeps_the_neutral_marker():
    assert ending("🙂") is None
    assert attach("🙂", "이(가)") == "🙂이(가)"
    assert attach("", "은(는)") == "은(는)"


def test_resolve_fits_every_marker_in_a_sentence():
    assert resolve("배치 크기를 8에서 1(으)로, 시드 0(으)로 바꾸고 x = 2이(가) 되며 "
                   "`w`은(는) 그대로") == ("배치 크기를 8에서 1로, 시드 0으로 바꾸고 x = 2가 "
                                         "되며 `w`는 그대로")
    assert resolve("no marker (here)") == "no marker (here)"


@pytest.mark.parametrize("seed", [0, 1, 2, 3, 6, 7, 8, 10, 16, 100, 1000])
def test_the_korean_catalogue_fits_the_particle_to_the_value(seed):
    text = t("ko", "vector.x_from_seed", seed=seed)
    expected = "로" if seed in (1, 2, 7, 8) else "으로"
    assert text.startswith(f"시드 {seed}{expected} N(0, 1)에서")


@pytest.mark.parametrize(("old", "n", "expected"), [
    (8, 1, "배치 크기를 8에서 1로 줄였습니다"), (30, 20, "배치 크기를 30에서 20으로 줄였습니다"),
    (9, 3, "배치 크기를 9에서 3으로 줄였습니다"), (12, 7, "배치 크기를 12에서 7로 줄였습니다"),
])
def test_the_clamped_batch_size_reads_right(old, n, expected):
    assert t("ko", "batch.clamped", old=old, n=n).startswith(expected)


def test_english_is_left_alone():
    assert t("en", "batch.clamped", old=8, n=1) == (
        "The batch size was 8, more than n_data = 1; it is now 1.")
