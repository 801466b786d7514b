"""The batch page's runnable code: the lesson's loop with the page's sizes and seed.

Its printout is exactly the page's log once the loop has run to the end.
"""

from __future__ import annotations

from i18n import t
from lesson.matrix import DATA_STREAM


def batch_code(seed: int, n_features: int, n_data: int, batch_size: int, drop_last: bool,
               lang: str = "en") -> str:
    """Code that draws the page's X, feeds it through one neuron in batches and prints shapes;
    its comments in `lang`."""
    def c(key: str) -> str:
        return t(lang, f"code.comment_{key}")

    if drop_last:
        count = (f"n_batch = n_data // batch_size  # {c('dropped')}\n"
                 'print(f"n_batch = n_data // batch_size = {n_data} // {batch_size} = '
                 '{n_batch}")')
    else:
        count = (f"n_batch = math.ceil(n_data / batch_size)  # {c('shorter')}\n"
                 'print(f"n_batch = ceil(n_data / batch_size) = ceil({n_data} / {batch_size}) '
                 '= {n_batch}")')
    return f"""\
import math

import numpy as np

from neuron import ArtificialNeuron, iter_batches

n_data, batch_size, n_features = {n_data}, {batch_size}, {n_features}
# {c("data")}
rng = np.random.default_rng([{seed}, {DATA_STREAM}])
data_X = np.round(rng.standard_normal((n_features, n_data)), 2)
neuron = ArtificialNeuron(rng={seed})  # {c("drawn_once")}

{count}
for batch in iter_batches(data_X, batch_size, drop_last={drop_last!r}):
    a = neuron.forward(batch.X)  # {c("batch")}
    print(batch.X.shape, a.shape)
"""
