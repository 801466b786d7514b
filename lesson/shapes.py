"""Shape equations with live sizes, e.g. ``xᵀ (1×5) @ w (5×1) → (1×1) + b → z (1×1) → a (1×1)``.

Pure strings from numpy shapes: the pages read the shapes off the arrays the neuron returned
(`Trace`), so what is written is what numpy holds. `ui.shapes` draws them as coloured badges.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Badge:
    """One quantity in a shape equation: `kind` picks its colour (x, w, b, z, a, or None)."""

    kind: str | None
    text: str


Part = Badge | str  # a badge, or an operator between badges ("@", "+", "→")


def shape_text(shape: tuple[int, ...]) -> str:
    """``(5, 1)`` → ``"(5×1)"``; a 0-d shape (a single number) → ``"()"``."""
    return "(" + "×".join(str(n) for n in shape) + ")"


def matmul_shape(left: tuple[int, int], right: tuple[int, int]) -> tuple[int, int]:
    """The shape rule of ``@``: ``(n, k) @ (k, m) → (n, m)``; the inner sizes must agree."""
    if left[1] != right[0]:
        raise ValueError(f"cannot multiply {shape_text(left)} @ {shape_text(right)}: "
                         f"inner sizes {left[1]} and {right[0]} differ")
    return (left[0], right[1])


def affine_equation(x_name: str, x_shape, w_shape, z_name: str, z_shape, a_name: str,
                    a_shape) -> list[Part]:
    """``x_nameᵀ (…) @ w (…) → (…) + b → z (…) → a (…)`` from the arrays' shapes.

    x_shape : shape of the input as the neuron holds it, (n_features, n_samples)
    """
    xt_shape = tuple(reversed(x_shape))
    product = matmul_shape(xt_shape, tuple(w_shape))
    return [
        Badge("x", f"{x_name}ᵀ {shape_text(xt_shape)}"), "@",
        Badge("w", f"w {shape_text(tuple(w_shape))}"), "→",
        Badge(None, shape_text(product)), "+",
        Badge("b", "b"), "→",
        Badge("z", f"{z_name} {shape_text(tuple(z_shape))}"), "→",
        Badge("a", f"{a_name} {shape_text(tuple(a_shape))}"),
    ]
