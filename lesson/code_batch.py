"""The batch page's runnable code: the lesson's loop with the page's sizes and seed.

Its printout is exactly the page's log once the loop has run to the end.
"""

from __future__ import annotations

from lesson.matrix import DATA_STREAM


def batch_code(seed: int, n_features: int, n_data: int, batch_size: int, drop_last: bool) -> str:
    """Code that draws the page's X, feeds it through one neuron in batches and prints shapes."""
    if drop_last:
        count = ("n_batch = n_data // batch_size  # the samples left over are dropped\n"
                 'print(f"n_batch = n_data // batch_size = {n_data} // {batch_size} = '
                 '{n_batch}")')
    else:
        count = ("n_batch = math.ceil(n_data / batch_size)  # a last, shorter batch\n"
                 'print(f"n_batch = ceil(n_data / batch_size) = ceil({n_data} / {batch_size}) '
                 '= {n_batch}")')
    return f"""\
import math

import numpy as np

from neuron import ArtificialNeuron, iter_batches

n_data, batch_size, n_features = {n_data}, {batch_size}, {n_features}
# The data: one sample per column, shape (n_features, n_data), as on the page.
rng = np.random.default_rng([{seed}, {DATA_STREAM}])
data_X = np.round(rng.standard_normal((n_features, n_data)), 2)
neuron = ArtificialNeuron(rng={seed})  # w and b are drawn on the first batch, then kept

{count}
for batch in iter_batches(data_X, batch_size, drop_last={drop_last!r}):
    a = neuron.forward(batch.X)  # batch.X is data_X[:, batch.start:batch.stop]
    print(batch.X.shape, a.shape)
"""
