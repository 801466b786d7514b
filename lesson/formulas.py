"""The formulas of the scalar neuron with the current numbers filled in (LaTeX strings)."""

from __future__ import annotations

import numpy as np

from lesson.numbers import DERIVATIVE_DIGITS, fmt, fmt_near, fmt_out, fmt_signed, power_text
from neuron import ACTIVATIONS

# How each activation is written in a formula (language-neutral symbols).
ACTIVATION_SYMBOLS: dict[str, str] = {
    "sigmoid": r"\sigma",
    "tanh": r"\tanh",
    "relu": r"\operatorname{ReLU}",
    "leaky_relu": r"\operatorname{LeakyReLU}",
    "identity": r"\operatorname{id}",
}

# The same, as plain text for chart labels.
ACTIVATION_NAMES: dict[str, str] = {
    "sigmoid": "σ",
    "tanh": "tanh",
    "relu": "ReLU",
    "leaky_relu": "LeakyReLU",
    "identity": "id",
}


def affine_formula(x: float, w: float, b: float, z: float) -> str:
    """``z = x·w + b``, then ``= 3·5 + (−1)``, then ``= 14``: one step per line, so the
    substitution is seen before the result (and the formula fits a narrow column)."""
    return (
        r"\begin{aligned} z &= x \cdot w + b \\ "
        rf"&= {_operand(x)} \cdot {_operand(w)} + {_operand(b)} \\ "
        rf"&= {tex_number(fmt(z))} \end{{aligned}}"
    )


def activation_formula(activation: str, z: float, a: float, index: int | None = None) -> str:
    """``a = σ(z) = σ(14)``, then ``= 0.99999917`` on the next line; with `index` i the
    symbols carry it (``a_i = σ(z_i)``), for one sample of a matrix."""
    g = ACTIVATION_SYMBOLS[activation]
    sub = "" if index is None else f"_{{{index}}}"
    return (
        rf"\begin{{aligned}} a{sub} &= {g}(z{sub}) = {g}({tex_number(fmt(z))}) \\ "
        rf"&= {output_tex(activation, z, a)} \end{{aligned}}"
    )


def near_bound(activation: str, z: float, a: float) -> tuple[int, float] | None:
    """(1 or −1, distance) when the sigmoid or tanh output rounds to ±1 at 8 digits but is
    not ±1; None otherwise. The distance is computed without cancellation (1 − σ(z) = σ(−z),
    1 − tanh|z| = 2σ(−2|z|)), so it is right even where a itself is stored as exactly 1.0."""
    text = fmt_out(a)
    if text not in ("1", "-1") or activation not in ("sigmoid", "tanh"):
        return None
    sigmoid = ACTIVATIONS["sigmoid"].fn
    z = float(z)
    if activation == "sigmoid":
        gap = float(sigmoid(np.float64(-z)))
    else:
        gap = 2.0 * float(sigmoid(np.float64(-2.0 * abs(z))))
    return (1 if text == "1" else -1, gap) if gap > 0 else None


def output_text(activation: str, z: float, a: float) -> str:
    """The output a = g(z) for the reader, 8 significant digits: ``0.99999917``; where the
    sigmoid or tanh is so flat that this rounds to 1, how far from 1: ``1 − 1.3·10⁻¹⁴``."""
    near = near_bound(activation, z, a)
    return fmt_near(*near) if near else power_text(fmt_out(a))


def output_tex(activation: str, z: float, a: float) -> str:
    """`output_text` for LaTeX: ``1 - 1.3 \\times 10^{-14}``."""
    near = near_bound(activation, z, a)
    if near is None:
        return tex_number(fmt_out(a))
    bound, gap = near
    return f"{bound} {'-' if bound > 0 else '+'} {tex_number(fmt(gap, DERIVATIVE_DIGITS))}"


def _operand(value: float) -> str:
    """A number after an operator: negative ones in parentheses, e-notation as a power."""
    text = fmt_signed(value)
    return f"({tex_number(text[1:-1])})" if text.startswith("(") else tex_number(text)


def tex_number(text: str) -> str:
    """A formatted number for LaTeX: ``6.9e-06`` is written ``6.9 \\times 10^{-6}``."""
    mantissa, e, exponent = text.partition("e")
    return rf"{mantissa} \times 10^{{{int(exponent)}}}" if e else text
