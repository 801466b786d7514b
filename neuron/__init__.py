"""Neuron Lab's model: one artificial neuron in pure numpy."""

from neuron.activations import ACTIVATIONS, Activation, get_activation

__all__ = ["ACTIVATIONS", "Activation", "get_activation"]
