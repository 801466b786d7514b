"""Notices about URL values that were changed, collected during a run and shown once.

A notice quotes what the reader's link (or typing) held as `setting`: ``key=value`` in inline
code, built by `lesson.plain_text.markdown_code`, so that no value is ever read as Markdown.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lesson.controls import BoolControl, ChoiceControl, FloatControl, IntControl, UrlProblem
from lesson.numbers import fmt
from lesson.plain_text import markdown_code
from ui.run_memo import this_run

_KEY = "_url_problems"
QUOTE_LIMIT = 40  # characters of a value quoted in a notice; longer ones end with "…"


def start_run() -> None:
    """Forget the notices collected so far in this run (each run starts with none)."""
    this_run()[_KEY] = []


def _notices() -> list:
    """This run's notices: kept for the run only, so a fragment's run starts with none."""
    return this_run().setdefault(_KEY, [])


@dataclass(frozen=True)
class TextNotice:
    """A free-form notice: a catalogue key and the values of its placeholders."""

    key: str
    values: dict[str, object] = field(default_factory=dict)


def setting(key: str, given: str) -> str:
    """``key=given`` as inline code, `given` cut after `QUOTE_LIMIT` characters: the
    `{setting}` of every notice."""
    if len(given) > QUOTE_LIMIT:
        given = given[:QUOTE_LIMIT] + "…"
    return markdown_code(f"{key}={given}")


def add(problem: UrlProblem) -> None:
    _notices().append(problem)


def add_text(key: str, /, **values: object) -> None:
    """Add the notice `key` of the catalogue (e.g. a typed value the page could not use)."""
    _notices().append(TextNotice(key, values))


def message(problem: UrlProblem | TextNotice, tr) -> str:
    """One translated sentence saying what was given, why it was refused, what is used."""
    if isinstance(problem, TextNotice):
        return tr(problem.key, **problem.values)
    control = problem.control
    extra: dict[str, object] = {}
    if isinstance(control, IntControl):  # whole numbers in full: 4294967295, not 4.29e+09
        extra = {"lo": str(control.lo), "hi": str(control.hi)}
    if isinstance(control, FloatControl):
        extra = {"lo": fmt(control.lo), "hi": fmt(control.hi)}
    if isinstance(control, ChoiceControl):
        extra = {"options": ", ".join(control.options)}
    if isinstance(control, BoolControl):
        extra = {"options": "true, false"}
    if isinstance(problem.used, bool):  # a bool is an int too: say "false", not "0"
        used = str(problem.used).lower()
    elif isinstance(problem.used, int | float):
        used = fmt(problem.used)
    else:
        used = problem.used
    return tr(f"notice.{problem.reason}", setting=setting(problem.key, problem.given), used=used,
              **extra)


def render(container, tr) -> None:
    """Show this run's notices (if any) in `container`, one warning box."""
    problems: list[UrlProblem | TextNotice] = _notices()
    if problems:
        lines = "\n".join(f"- {message(p, tr)}" for p in problems)
        container.warning(f"{tr('notice.title')}\n{lines}", icon="⚠️")
