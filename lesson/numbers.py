"""How numbers are written on screen and in the code panel (one place, so both agree).

Inputs and `z` get 6 significant digits, activations 8: `z = 14`, `a = 0.99999917`; a
derivative g'(z) gets 2 (`1.3·10⁻¹⁴`), as the lesson's texts write it. `fmt` writes a number
the way Python reads it back (for links and code: ``1.3e-14``); the ``*_text`` functions write
it for a reader, with powers of ten as ``1.3·10⁻¹⁴``.
"""

from __future__ import annotations

import numpy as np

INPUT_DIGITS = 6
OUTPUT_DIGITS = 8
DERIVATIVE_DIGITS = 2
_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def fmt(value: float | np.ndarray, digits: int = INPUT_DIGITS) -> str:
    """Write a number with `digits` significant digits, no trailing zeros, `-0` as `0`."""
    text = f"{float(value):.{digits}g}"
    return "0" if text == "-0" else text


def fmt_out(value: float | np.ndarray) -> str:
    """Write an activation (the neuron's output) with 8 significant digits."""
    return fmt(value, OUTPUT_DIGITS)


def fmt_signed(value: float | np.ndarray, digits: int = INPUT_DIGITS) -> str:
    """Write a number for use after an operator: negative numbers in parentheses."""
    text = fmt(value, digits)
    return f"({text})" if text.startswith("-") else text


def power_text(text: str) -> str:
    """``1.2e-14`` as a reader writes it, ``1.2·10⁻¹⁴``; other numbers unchanged."""
    mantissa, e, exponent = text.partition("e")
    if not e:
        return text
    power = f"10{str(int(exponent)).translate(_SUPERSCRIPT)}"
    return power if mantissa == "1" else f"{mantissa}·{power}"


def fmt_text(value: float | np.ndarray, digits: int = INPUT_DIGITS) -> str:
    """A number for the reader (captions, notes, alt texts): `fmt`, powers as ``·10ⁿ``."""
    return power_text(fmt(value, digits))


def fmt_derivative(value: float | np.ndarray) -> str:
    """A derivative g'(z) for the reader, 2 significant digits: ``0.25``, ``1.3·10⁻¹⁴``."""
    return fmt_text(value, DERIVATIVE_DIGITS)


def fmt_near(bound: int, gap: float) -> str:
    """An output that rounds to `bound` (1 or −1) but is not it: ``1 − 1.3·10⁻¹⁴``."""
    sign = "−" if bound > 0 else "+"
    return f"{fmt(bound)} {sign} {fmt_text(gap, DERIVATIVE_DIGITS)}"
