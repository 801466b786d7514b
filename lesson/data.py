"""The random numbers each page draws, all from the sidebar's seed through `neuron`."""

from __future__ import annotations

from neuron import ArtificialNeuron


def random_scalar_parameters(seed: int, draw: int) -> tuple[float, float]:
    """The `draw`-th (0-based) random (w, b) of a scalar neuron seeded with `seed`.

    Draw 0 is the neuron's own lazy initialisation on its first `forward`; each next draw is
    a `reset_parameters()`: exactly what pressing "random parameters" again would give.
    """
    neuron = ArtificialNeuron(rng=seed)
    neuron.forward(0.0)
    for _ in range(draw):
        neuron.reset_parameters()
    return float(neuron.w), float(neuron.b)
