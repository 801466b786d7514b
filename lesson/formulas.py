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
    """``z = x·w + b = 3·5 + (−1) = 14``."""
    return (
        rf"z = x \cdot w + b = {fmt_signed(x)} \cdot {fmt_signed(w)} + {fmt_signed(b)}"
        rf" = {fmt(z)}"
    )


def activation_formula(activation: str, z: float, a: float) -> str:
    """``a = σ(z) = σ(14) = 0.99999917``."""
    g = ACTIVATION_SYMBOLS[activation]
    return rf"a = {g}(z) = {g}({fmt(z)}) = {fmt_out(a)}"
