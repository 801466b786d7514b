"""Specifications of the app's controls, and validation of their URL values.

Every control lives in the URL under its widget key. Streamlit silently drops a bound URL
value it cannot use; the app must *say* so. `check_url_value` tells, for the raw strings
found in the URL, whether they are usable and, if not, why, so a page can show a notice.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

Reason = Literal["not_a_number", "not_finite", "out_of_range", "not_an_integer", "unknown_option"]


@dataclass(frozen=True)
class FloatControl:
    """A float slider: value in [lo, hi] on a grid of `step`."""

    key: str
    default: float
    lo: float
    hi: float
    step: float


@dataclass(frozen=True)
class IntControl:
    """An integer slider or number input: value in [lo, hi]."""

    key: str
    default: int
    lo: int
    hi: int
    step: int = 1


@dataclass(frozen=True)
class ChoiceControl:
    """A choice among fixed option values (never translated; labels are)."""

    key: str
    default: str
    options: tuple[str, ...]


@dataclass(frozen=True)
class BoolControl:
    """An on/off toggle; the URL holds ``true`` or ``false``."""

    key: str
    default: bool


Control = FloatControl | IntControl | ChoiceControl | BoolControl


@dataclass(frozen=True)
class UrlProblem:
    """A URL value that the app could not use, and the value it used instead."""

    key: str
    given: str
    reason: Reason
    used: object
    control: Control


def check_url_value(control: Control, raw: list[str]) -> UrlProblem | None:
    """Return the problem with the URL strings `raw` for `control`, or None if usable.

    `raw` is every value the URL holds for the key (a repeated key keeps the last one,
    as Streamlit does). An empty list means the key is absent: nothing to check.
    """
    if not raw:
        return None
    given = raw[-1]

    def problem(reason: Reason, used: object = control.default) -> UrlProblem:
        return UrlProblem(control.key, given, reason, used, control)

    if isinstance(control, ChoiceControl):
        return None if given in control.options else problem("unknown_option")
    if isinstance(control, BoolControl):
        return None if given.lower() in ("true", "false") else problem("unknown_option")
    try:
        number = float(given)
    except ValueError:
        return problem("not_a_number")
    if not math.isfinite(number):
        return problem("not_finite")
    if not control.lo <= number <= control.hi:
        return problem("out_of_range")
    if isinstance(control, IntControl) and not number.is_integer():
        # Streamlit keeps the whole part of an in-range number (2.5 -> 2): say so.
        return problem("not_an_integer", used=int(number))
    return None


def url_value(control: Control, raw: list[str]) -> tuple[object, UrlProblem | None]:
    """The value the URL strings `raw` give `control` (its default when absent), and the
    problem with them, if any (then the value is the one the problem names). For a control
    the page does not draw (hidden by a teacher's link), whose value still drives the page."""
    problem = check_url_value(control, raw)
    if problem is not None:
        return problem.used, problem
    if not raw:
        return control.default, None
    given = raw[-1]
    if isinstance(control, ChoiceControl):
        return given, None
    if isinstance(control, BoolControl):
        return given.lower() == "true", None
    if isinstance(control, IntControl):
        return int(float(given)), None
    return float(given), None
