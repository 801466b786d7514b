"""Neuron Lab's model: one artificial neuron in pure numpy (no Streamlit, no Plotly).

Column convention: a sample is a column. A batch ``X`` has shape ``(n_features, n_samples)``
and the neuron's output has shape ``(n_samples, 1)``; labels ``y`` have shape
``(n_samples, 1)``. scikit-learn and PyTorch put samples in rows instead; pass ``X.T`` to move
between the two.

- :mod:`neuron.activations` -- activation functions and their derivatives, by name
- :mod:`neuron.neuron` -- :class:`ArtificialNeuron`: forward pass, gradients, update step
- :mod:`neuron.trace` -- :class:`Trace`, the intermediate values of one forward pass
- :mod:`neuron.losses` -- loss functions and their derivatives, by name
- :mod:`neuron.backward` -- :class:`Gradients`, every term of one backward pass
- :mod:`neuron.batching` -- cutting a data set into mini-batches
- :mod:`neuron.training` -- :func:`train`, mini-batch gradient descent, and its :class:`History`
"""

from neuron.activations import ACTIVATIONS, Activation, get_activation
from neuron.backward import Gradients
from neuron.batching import Batch, batch_ranges, iter_batches, n_batches
from neuron.losses import LOSSES, Loss, get_loss
from neuron.neuron import ArtificialNeuron
from neuron.trace import Trace
from neuron.training import History, train

__all__ = [
    "ACTIVATIONS",
    "LOSSES",
    "Activation",
    "ArtificialNeuron",
    "Batch",
    "Gradients",
    "History",
    "Loss",
    "Trace",
    "batch_ranges",
    "get_activation",
    "get_loss",
    "iter_batches",
    "n_batches",
    "train",
]
