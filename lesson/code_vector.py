"""The vector page's code panel: runnable code that replays the page's presses."""

from __future__ import annotations

import numpy as np

from lesson.numbers import INPUT_DIGITS, OUTPUT_DIGITS


def vector_code(x: np.ndarray, activation: str, seed: int, resets: int, passes: int,
                bug: bool) -> str:
    """Code that rebuilds the vector page's neuron and prints its shapes, w, z and a."""
    values = ", ".join(repr(float(v)) for v in x)
    resets_line = ("neuron.forward(x)  # the first draw of w and b\n"
                   f"for _ in range({resets}):  # 'reset parameters' pressed {resets}×\n"
                   "    neuron.reset_parameters()\n") if resets else ""
    bug_line = ("    if neuron.is_initialized:  # the bug: new parameters on every forward\n"
                "        neuron.reset_parameters()\n") if bug else ""
    return f"""\
import numpy as np

from neuron import ArtificialNeuron

x = np.array([{values}]).reshape(-1, 1)  # one sample: shape (l_I, 1) = {(len(x), 1)}
neuron = ArtificialNeuron(activation={activation!r}, rng={seed})  # w, b drawn on first forward
{resets_line}for _ in range({passes}):  # 'forward' passes
{bug_line}    trace = neuron.forward_trace(x)

print("x.T", x.T.shape, "@ w", trace.w.shape, "-> z", trace.z.shape, "-> a", trace.a.shape)
print("w =", np.array2string(trace.w.ravel(), precision={INPUT_DIGITS}))
print(f"z = {{trace.z[0, 0]:.{INPUT_DIGITS}g}}")
print(f"a = {{trace.a[0, 0]:.{OUTPUT_DIGITS}g}}")
"""
