"""The random numbers each page draws, all from the sidebar's seed through `neuron`."""

from __future__ import annotations

import numpy as np

from neuron import ArtificialNeuron

# The lesson's example input: one x from a normal distribution of mean 0 and standard
# deviation 5, fed to a neuron with random parameters.
INPUT_SCALE = 5.0


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


def random_scalar_input(seed: int, draw: int) -> float:
    """The `draw`-th (0-based) random input x ~ N(0, INPUT_SCALE²) from `seed`.

    The inputs have a stream of their own (the seed's child with spawn key 1), so they do not
    repeat the parameters' draws: with one shared stream, x would be 5·w for the same seed.
    """
    stream = np.random.default_rng(np.random.SeedSequence(seed, spawn_key=(1,)))
    return float(stream.normal(0.0, INPUT_SCALE, draw + 1)[-1])
