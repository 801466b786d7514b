"""The runnable code each page shows: it reproduces exactly the numbers on screen.

Numbers are written with `repr`, so the code feeds the neuron the very floats the page used,
and prints with the same precision as the page (`lesson.numbers`).
"""

from __future__ import annotations

from lesson.numbers import INPUT_DIGITS, OUTPUT_DIGITS


def scalar_code(x: float, w: float, b: float, activation: str) -> str:
    """Code for the scalar page: one neuron with the chosen w, b, fed the chosen x."""
    return f"""\
from neuron import ArtificialNeuron

neuron = ArtificialNeuron(w={float(w)!r}, b={float(b)!r}, activation={activation!r})
trace = neuron.forward_trace({float(x)!r})  # z and a, computed once

print(f"z = {{float(trace.z):.{INPUT_DIGITS}g}}")
print(f"a = {{float(trace.a):.{OUTPUT_DIGITS}g}}")
"""
