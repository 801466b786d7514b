"""The runnable code each page shows: it reproduces exactly the numbers on screen.

Numbers are written with `repr`, so the code feeds the neuron the very floats the page used,
and prints with the same precision as the page (`lesson.numbers`). The comments are in the
page's language (`i18n/*/code_comments.py`); the code is the same in every language.
"""

from __future__ import annotations

from i18n import t
from lesson.numbers import INPUT_DIGITS, OUTPUT_DIGITS


def scalar_code(x: float, w: float, b: float, activation: str, lang: str = "en") -> str:
    """Code for the scalar page: one neuron with the chosen w, b, fed the chosen x; its
    comments in `lang`."""
    return f"""\
from neuron import ArtificialNeuron

neuron = ArtificialNeuron(w={float(w)!r}, b={float(b)!r}, activation={activation!r})
trace = neuron.forward_trace({float(x)!r})  # {t(lang, "code.comment_trace")}

print(f"z = {{float(trace.z):.{INPUT_DIGITS}g}}")
print(f"a = {{float(trace.a):.{OUTPUT_DIGITS}g}}")
"""
