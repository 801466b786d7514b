"""How numbers are written on screen and in the code panel (one place, so both agree).

Inputs and `z` get 6 significant digits, activations 8: `z = 14`, `a = 0.99999917`.
"""

from __future__ import annotations

import numpy as np

INPUT_DIGITS = 6
OUTPUT_DIGITS = 8


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
