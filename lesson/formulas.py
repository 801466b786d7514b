"""The formulas of the scalar neuron with the current numbers filled in (LaTeX strings)."""

from __future__ import annotations

from lesson.numbers import fmt, fmt_out, fmt_signed

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
        rf"&= {tex_number(fmt_out(a))} \end{{aligned}}"
    )


def _operand(value: float) -> str:
    """A number after an operator: negative ones in parentheses, e-notation as a power."""
    text = fmt_signed(value)
    return f"({tex_number(text[1:-1])})" if text.startswith("(") else tex_number(text)


def tex_number(text: str) -> str:
    """A formatted number for LaTeX: ``6.9e-06`` is written ``6.9 \\times 10^{-6}``."""
    mantissa, e, exponent = text.partition("e")
    return rf"{mantissa} \times 10^{{{int(exponent)}}}" if e else text
