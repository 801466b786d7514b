"""Neuron Lab's model: one artificial neuron in pure numpy (no Streamlit, no Plotly).

Column convention: a sample is a column. A batch ``X`` has shape ``(n_features, n_samples)``
and the neuron's output has shape ``(n_samples, 1)``. scikit-learn and PyTorch put samples in
rows instead; pass ``X.T`` to move between the two.

- :mod:`neuron.activations` -- activation functions and their derivatives, by name
- :mod:`neuron.neuron` -- :class:`ArtificialNeuron`
- :mod:`neuron.trace` -- :class:`Trace`, the intermediate values of one forward pass
- :mod:`neuron.batching` -- cutting a data set into mini-batches
"""

from neuron.activations import ACTIVATIONS, Activation, get_activation
from neuron.batching import Batch, batch_ranges, iter_batches, n_batches
from neuron.neuron import ArtificialNeuron
from neuron.trace import Trace

__all__ = [
    "ACTIVATIONS",
    "Activation",
    "ArtificialNeuron",
    "Batch",
    "Trace",
    "batch_ranges",
    "get_activation",
    "iter_batches",
    "n_batches",
]
