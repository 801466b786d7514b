"""One step of gradient descent, written out with its numbers and shapes (LaTeX strings).

Same symbols as the earlier pages: the batch `X` (n_features × n, one sample per column), the
neuron's output `a` and the labels `y` (n × 1), the weights `w` (n_features × 1), the bias
`b`; `n` is the number of samples in this batch and `η` the learning rate.
"""

from __future__ import annotations

import numpy as np

from lesson.formulas import ACTIVATION_SYMBOLS, tex_number
from lesson.learn import Update
from lesson.numbers import fmt, fmt_signed

MAX_ROWS = 4  # rows written out in a column vector; longer ones show the first 3, ⋮, the last


def _number(value: float) -> str:
    return tex_number(fmt(value))


def _column(values: np.ndarray) -> str:
    """A column vector ``[v₁ \\\\ v₂ …]`` (at most `MAX_ROWS` rows written out)."""
    values = np.asarray(values, dtype=np.float64).ravel()
    if len(values) > MAX_ROWS:
        rows = [_number(v) for v in values[: MAX_ROWS - 1]] + [r"\vdots", _number(values[-1])]
    else:
        rows = [_number(v) for v in values]
    return r"\begin{bmatrix}" + r" \\ ".join(rows) + r"\end{bmatrix}"


def _shaped(tex: str, rows: int, columns: int) -> str:
    """`tex` with its shape written under it."""
    return rf"\underbrace{{{tex}}}_{{({rows},\,{columns})}}"


def _lines(*lines: str) -> str:
    """Equations one under the other, aligned at ``&``: each line short enough for a phone
    (one column vector or two per line)."""
    return r"\begin{aligned} " + r" \\ ".join(lines) + r" \end{aligned}"


def dz_formula(update: Update, loss: str, activation: str) -> str:
    """``∂L/∂z = a − y = […] − […] = […]`` for BCE with a sigmoid; for MSE the chain rule
    ``∂L/∂z = 2(a − y) ⊙ g′(z)``, with its result; one step per line."""
    n = len(update.indices)
    result = _shaped(_column(update.dL_dz), n, 1)
    if loss == "bce":
        return _lines(r"\frac{\partial L}{\partial z} &= a - y",
                      rf"&= {_shaped(_column(update.a), n, 1)} - "
                      rf"{_shaped(_column(update.y), n, 1)}",
                      f"&= {result}")
    g = ACTIVATION_SYMBOLS[activation]
    return _lines(rf"\frac{{\partial L}}{{\partial z}} &= 2\,(a - y) \odot {g}'(z)",
                  rf"&= 2\,\left({_column(update.a)} - {_column(update.y)}\right)",
                  rf"&\quad \odot {g}'(z)",
                  f"&= {result}")


def dw_formula(update: Update) -> str:
    """``∂L/∂w = X · ∂L/∂z / n = […]`` (n_features × 1), and ``∂L/∂b`` = the mean of ∂L/∂z;
    one step per line."""
    n_features, n = update.X.shape
    x = _shaped("X", n_features, n)
    dz = _shaped(r"\tfrac{\partial L}{\partial z}", n, 1)
    return _lines(r"\frac{\partial L}{\partial w} &= \frac{1}{n}\, X \cdot "
                  r"\frac{\partial L}{\partial z}",
                  rf"&= \frac{{1}}{{{n}}}\, {x} \cdot {dz}",
                  rf"&= {_shaped(_column(update.dw), n_features, 1)}",
                  r"\frac{\partial L}{\partial b} &= \frac{1}{n}\sum_i "
                  rf"\frac{{\partial L}}{{\partial z_i}} = {_number(update.db)}")


def step_formula(update: Update) -> str:
    """``w ← w − η·∂L/∂w = […] − 0.5·[…] = […]`` and the same for ``b``; one step per
    line."""
    n_features = len(update.w)
    eta = _number(update.lr)
    return _lines(r"w &\leftarrow w - \eta \cdot \frac{\partial L}{\partial w}",
                  rf"&= {_column(update.w)}",
                  rf"&\quad - {eta} \cdot {_column(update.dw)}",
                  rf"&= {_shaped(_column(update.w_new), n_features, 1)}",
                  r"b &\leftarrow b - \eta \cdot \frac{\partial L}{\partial b}",
                  rf"&= {_number(update.b)}",
                  rf"&\quad - {eta} \cdot {_paren(update.db)}",
                  rf"&= {_number(update.b_new)}")


def _paren(value: float) -> str:
    """A number after an operator: negative ones in parentheses."""
    text = fmt_signed(value)
    return f"({tex_number(text[1:-1])})" if text.startswith("(") else tex_number(text)
