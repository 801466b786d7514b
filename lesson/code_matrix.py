"""The matrix page's code panel: runnable code reproducing X, the neuron and one sample."""

from __future__ import annotations

from i18n import t
from lesson.matrix import DATA_STREAM
from lesson.numbers import INPUT_DIGITS, OUTPUT_DIGITS


def matrix_code(seed: int, n_features: int, n_samples: int, activation: str, sample: int,
                lang: str = "en") -> str:
    """Code that draws the page's X, runs the neuron on it, and prints sample `sample`; its
    comments in `lang`."""
    def c(key: str, **values: object) -> str:
        return t(lang, f"code.comment_{key}", **values)

    return f"""\
import numpy as np

from neuron import ArtificialNeuron

rng = np.random.default_rng([{seed}, {DATA_STREAM}])
X = np.round(rng.standard_normal(({n_features}, {n_samples})), 2)  # {c("X")}
neuron = ArtificialNeuron(activation={activation!r}, rng={seed})
trace = neuron.forward_trace(X)  # {c("Z")}
print("X.T", X.T.shape, "@ w", trace.w.shape, "-> Z", trace.z.shape, "-> A", trace.a.shape)

i = {sample}  # {c("sample")}
print(f"z_{{i}} = {{trace.z[i, 0]:.{INPUT_DIGITS}g}}")
print(f"a_{{i}} = {{trace.a[i, 0]:.{OUTPUT_DIGITS}g}}")
# {c("rounding")}
print("same as alone:", np.isclose(neuron.forward(X[:, i])[0, 0], trace.a[i, 0], rtol=1e-12))
# {c("rows", shape=(n_samples, n_features))}
"""
