"""A tiny reverse-mode autograd engine on Python floats, to check the neuron's gradients.

Shaped like karpathy/micrograd: each :class:`Value` remembers the values it was made from and
a ``_backward`` closure that pushes its gradient to them; :meth:`Value.backward` runs those
closures in reverse topological order. It knows nothing of numpy or of the neuron package, so
it is an independent computation of the same derivatives.
"""

from __future__ import annotations

import math
from collections.abc import Callable


class Value:
    """A float64 number that records how it was computed."""

    def __init__(self, data: float, children: tuple[Value, ...] = ()) -> None:
        self.data = float(data)
        self.grad = 0.0
        self._children = children
        self._backward: Callable[[], None] = lambda: None

    def __repr__(self) -> str:
        return f"Value(data={self.data!r}, grad={self.grad!r})"

    # --- operations, each with its local derivative beside it ---------------------------

    def __add__(self, other: Value | float) -> Value:
        other = as_value(other)
        out = Value(self.data + other.data, (self, other))

        def _backward() -> None:
            self.grad += out.grad
            other.grad += out.grad

        out._backward = _backward
        return out

    def __mul__(self, other: Value | float) -> Value:
        other = as_value(other)
        out = Value(self.data * other.data, (self, other))

        def _backward() -> None:
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad

        out._backward = _backward
        return out

    def __neg__(self) -> Value:
        return self * -1.0

    def __sub__(self, other: Value | float) -> Value:
        return self + (-as_value(other))

    def __rsub__(self, other: float) -> Value:
        return as_value(other) + (-self)

    __radd__ = __add__
    __rmul__ = __mul__

    def __truediv__(self, other: Value | float) -> Value:
        return self * as_value(other).reciprocal()

    def __rtruediv__(self, other: float) -> Value:
        return as_value(other) * self.reciprocal()

    def reciprocal(self) -> Value:
        out = Value(1.0 / self.data, (self,))

        def _backward() -> None:
            self.grad += -out.grad / (self.data * self.data)

        out._backward = _backward
        return out

    def exp(self) -> Value:
        out = Value(math.exp(self.data), (self,))

        def _backward() -> None:
            self.grad += out.data * out.grad

        out._backward = _backward
        return out

    def log(self) -> Value:
        out = Value(math.log(self.data), (self,))

        def _backward() -> None:
            self.grad += out.grad / self.data

        out._backward = _backward
        return out

    def tanh(self) -> Value:
        out = Value(math.tanh(self.data), (self,))

        def _backward() -> None:
            self.grad += (1.0 - out.data * out.data) * out.grad

        out._backward = _backward
        return out

    def relu(self) -> Value:
        """``max(x, 0)``; derivative 0 at the kink, as the neuron's ReLU picks."""
        return self.where_positive(self, Value(0.0))

    def where_positive(self, if_positive: Value, otherwise: Value) -> Value:
        """``if_positive`` where ``self > 0``, else ``otherwise`` (gradient flows to the chosen)."""
        chosen = if_positive if self.data > 0 else otherwise
        out = Value(chosen.data, (chosen,))

        def _backward() -> None:
            chosen.grad += out.grad

        out._backward = _backward
        return out

    # --- reverse mode ---------------------------------------------------------------------

    def backward(self) -> None:
        """Set ``grad`` of every value this one depends on to d(self)/d(value)."""
        order: list[Value] = []
        seen: set[int] = set()

        def visit(value: Value) -> None:
            if id(value) not in seen:
                seen.add(id(value))
                for child in value._children:
                    visit(child)
                order.append(value)

        visit(self)
        self.grad = 1.0
        for value in reversed(order):
            value._backward()


def as_value(x: Value | float) -> Value:
    return x if isinstance(x, Value) else Value(x)


# --- the neuron's pieces written with Values --------------------------------------------------


def sigmoid(z: Value) -> Value:
    return 1.0 / (1.0 + (-z).exp())


ACTIVATIONS: dict[str, Callable[[Value], Value]] = {
    "sigmoid": sigmoid,
    "tanh": Value.tanh,
    "relu": Value.relu,
    "leaky_relu": lambda z: z.where_positive(z, z * 0.01),
    "identity": lambda z: z,
}


def bce(a: Value, y: float) -> Value:
    """``-(y log a + (1 - y) log(1 - a))``, the textbook form (fine for moderate z)."""
    return -(y * a.log() + (1.0 - y) * (1.0 - a).log())


def mse(a: Value, y: float) -> Value:
    return (a - y) * (a - y)


LOSSES: dict[str, Callable[[Value, float], Value]] = {"bce": bce, "mse": mse}
