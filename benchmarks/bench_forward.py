"""How much does ArtificialNeuron.forward cost on top of the bare numpy computation?

Run:  python benchmarks/bench_forward.py

For each input shape it times, per call (median of several timeit repeats):

- ``forward``  -- ``neuron.forward(X)``: validation, lazy-init check, affine step, finiteness
  check on z, activation;
- ``bare``     -- the same numerical work with no checks: ``sigmoid(X.T @ w + b)`` using the
  same overflow-free sigmoid from :mod:`neuron.activations`;
- ``naive``    -- the textbook one-liner ``1 / (1 + np.exp(-(X.T @ w + b)))`` for reference
  (it can overflow for large negative z, so it is not what the neuron computes).

Targets: forward/bare <= 1.5 at (20, 8) and <= 1.05 at (1000, 10000).
"""

from __future__ import annotations

import os
import sys
import timeit
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from neuron import ArtificialNeuron
from neuron.activations import sigmoid

SHAPES = [(), (20, 8), (20, 100), (1000, 10000)]
REPEATS = 15


def calls_per_run(function, seconds: float = 0.05) -> int:
    """How many calls of `function` take about `seconds`."""
    number, elapsed = timeit.Timer(function).autorange()  # autorange aims at >= 0.2 s
    return max(1, round(number * seconds / elapsed))


def bench(shape: tuple[int, ...]) -> dict[str, float]:
    """Median seconds per call of forward, bare and naive, and the median forward/bare ratio.

    The three are timed in turn within each repeat, so a burst of load from other
    processes hits all of them alike; the ratio is taken per repeat, then the median.
    """
    X = np.random.default_rng(0).standard_normal(shape)
    neuron = ArtificialNeuron(rng=1)
    neuron.forward(X)  # draw the parameters outside the timing
    w, b = neuron.w, neuron.b
    if shape == ():  # scalar neuron: elementwise x * w + b

        def bare():
            return sigmoid(X * w + b)

        def naive():
            return 1 / (1 + np.exp(-(X * w + b)))
    else:

        def bare():
            return sigmoid(X.T @ w + b)

        def naive():
            return 1 / (1 + np.exp(-(X.T @ w + b)))

    def forward():
        return neuron.forward(X)

    np.testing.assert_array_equal(forward(), bare())  # same work, same result
    functions = {"forward": forward, "bare": bare, "naive": naive}
    numbers = {name: calls_per_run(f) for name, f in functions.items()}
    runs: dict[str, list[float]] = {name: [] for name in functions}
    for _ in range(REPEATS):
        for name, function in functions.items():
            runs[name].append(timeit.timeit(function, number=numbers[name]) / numbers[name])
    result = {name: float(np.median(times)) for name, times in runs.items()}
    result["fwd/bare"] = float(np.median(np.divide(runs["forward"], runs["bare"])))
    result["fwd/naive"] = float(np.median(np.divide(runs["forward"], runs["naive"])))
    return result


def main() -> None:
    print(
        f"numpy {np.__version__}, OPENBLAS_CORETYPE={os.environ.get('OPENBLAS_CORETYPE')}, "
        f"{os.cpu_count()} CPUs, median of {REPEATS} interleaved repeats"
    )
    header = ["shape", "forward", "bare", "naive", "fwd/bare", "fwd/naive"]
    print("".join(f"{h:>14}" for h in header))
    for shape in SHAPES:
        r = bench(shape)
        label = "() scalar" if shape == () else str(shape)
        times = "".join(f"{r[k] * 1e6:>12.2f}us" for k in ("forward", "bare", "naive"))
        print(f"{label:>14}{times}{r['fwd/bare']:>14.3f}{r['fwd/naive']:>14.3f}")


if __name__ == "__main__":
    main()
