"""The vector page's code panel: runnable code that replays the page's presses."""

from __future__ import annotations

import numpy as np

from i18n import t
from lesson.numbers import INPUT_DIGITS, OUTPUT_DIGITS


def vector_code(x: np.ndarray, activation: str, seed: int, resets: int, passes: int,
                bug: bool, lang: str = "en") -> str:
    """Code that rebuilds the vector page's neuron and prints its shapes, w, z and a; its
    comments in `lang`."""
    def c(key: str, **values: object) -> str:
        return t(lang, f"code.comment_{key}", **values)

    values = ", ".join(repr(float(v)) for v in x)
    resets_line = (f"neuron.forward(x)  # {c('first_draw')}\n"
                   f"for _ in range({resets}):  # {c('resets', n=resets)}\n"
                   "    neuron.reset_parameters()\n") if resets else ""
    bug_line = (f"    if neuron.is_initialized:  # {c('bug')}\n"
                "        neuron.reset_parameters()\n") if bug else ""
    return f"""\
import numpy as np

from neuron import ArtificialNeuron

x = np.array([{values}]).reshape(-1, 1)  # {c("x", shape=(len(x), 1))}
neuron = ArtificialNeuron(activation={activation!r}, rng={seed})  # {c("lazy")}
{resets_line}for _ in range({passes}):  # {c("passes")}
{bug_line}    trace = neuron.forward_trace(x)

print("x.T", x.T.shape, "@ w", trace.w.shape, "-> z", trace.z.shape, "-> a", trace.a.shape)
print("w =", np.array2string(trace.w.ravel(), precision={INPUT_DIGITS}))
print(f"z = {{trace.z[0, 0]:.{INPUT_DIGITS}g}}")
print(f"a = {{trace.a[0, 0]:.{OUTPUT_DIGITS}g}}")
"""
