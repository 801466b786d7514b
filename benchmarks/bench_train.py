"""How much does neuron.train cost on top of the same loop written inline in plain numpy?

Run:  python benchmarks/bench_train.py [--repeats N]

Both train a sigmoid neuron with binary cross-entropy on 1,000 two-feature samples, 100
epochs, batches of 32 (32 batches an epoch, the last one 8 samples short), shuffled with a
seed, and record what a History holds (loss, accuracy, w, b, dw, db and the batch indices of
every step, the mean loss of every epoch):

- ``train``  -- ``neuron.train(model, X, y, ...)``: argument checks once, then its loop
  (overflow checks every step, the loss and activation looked up in their registries);
- ``inline`` -- the same arithmetic typed out in one function, no checks, no lookups.

Both are timed in turn within each repeat, in CPU time of this process (``time.process_time``:
on a shared machine, time spent waiting for a CPU is not counted), so a burst of load hits them
alike; the ratio is taken per repeat, then the median (the ratio of the best times is
printed too). Target: train / inline <= 1.2.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from neuron import ArtificialNeuron, train
from neuron.activations import sigmoid

N_SAMPLES, EPOCHS, BATCH, LR = 1000, 100, 32, 0.1


def data() -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(0)
    X = np.concatenate([rng.normal(-1, 1, (2, 500)), rng.normal(1, 1, (2, 500))], axis=1)
    return X, np.repeat([0.0, 1.0], 500)


def with_train(X: np.ndarray, y: np.ndarray) -> np.ndarray:
    model = ArtificialNeuron(w=[0.1, -0.2], b=0.0)
    history = train(model, X, y, lr=LR, batch_size=BATCH, epochs=EPOCHS, rng=1)
    return history.w


def inline(X: np.ndarray, y: np.ndarray) -> np.ndarray:
    """The same loop in plain numpy: same arithmetic, same records, nothing checked."""
    n = X.shape[1]
    Y = y.reshape(-1, 1)
    positive = Y >= 0.5
    w, b = np.array([[0.1], [-0.2]]), 0.0
    starts = range(0, n, BATCH)
    total = EPOCHS * len(starts)
    W, B = np.empty((total + 1, 2)), np.empty(total + 1)
    losses, accuracy, DW, DB = (
        np.empty(total),
        np.empty(total),
        np.empty((total, 2)),
        np.empty(total),
    )
    epoch_of, batches, epoch_loss = np.empty(total, np.int64), [], []
    generator = np.random.default_rng(1)
    k = 0
    with np.errstate(over="ignore", under="ignore", invalid="ignore"):
        for epoch in range(EPOCHS):
            order = generator.permutation(n)
            X_epoch, Y_epoch, positive_epoch = X[:, order], Y[order], positive[order]
            for start in starts:
                stop = min(start + BATCH, n)
                idx = order[start:stop]
                xb, yb, m = X_epoch[:, start:stop], Y_epoch[start:stop], stop - start
                z = xb.T @ w + b
                a = sigmoid(z)
                loss = np.maximum(z, 0.0) - yb * z + np.log1p(np.exp(-np.abs(z)))
                dz = a - yb
                dw = xb @ dz / m
                db = float(dz.sum()) / m
                W[k], B[k], DW[k], DB[k] = w[:, 0], b, dw[:, 0], db
                losses[k] = float(loss.sum()) / m
                accuracy[k] = np.count_nonzero((a >= 0.5) == positive_epoch[start:stop]) / m
                epoch_of[k] = epoch
                batches.append(idx)
                w, b, k = w - LR * dw, b - LR * db, k + 1
            epoch_loss.append(float(losses[k - len(starts) : k].mean()))
    W[k], B[k] = w[:, 0], b
    return W


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=9)
    args = parser.parse_args()
    X, y = data()
    np.testing.assert_allclose(with_train(X, y), inline(X, y), rtol=1e-12, atol=1e-15)
    times: dict[str, list[float]] = {"train": [], "inline": []}
    ratios = []
    for _ in range(args.repeats):
        for name, function in (("train", with_train), ("inline", inline)):
            start = time.process_time()
            function(X, y)
            times[name].append(time.process_time() - start)
        ratios.append(times["train"][-1] / times["inline"][-1])
    steps = EPOCHS * len(range(0, N_SAMPLES, BATCH))
    print(
        f"{N_SAMPLES} samples x {EPOCHS} epochs, batch {BATCH}: {steps} steps; CPU time, "
        f"{args.repeats} interleaved repeats (cpus: {os.cpu_count()})"
    )
    for name, values in times.items():
        best, median = min(values), statistics.median(values)
        print(
            f"  {name:<7} best {best * 1e3:7.1f} ms ({best / steps * 1e6:5.1f} us/step)"
            f"   median {median * 1e3:7.1f} ms"
        )
    print(
        f"  ratio train / inline: median of per-repeat ratios {statistics.median(ratios):.3f}, "
        f"of the best times {min(times['train']) / min(times['inline']):.3f}   (target <= 1.2)"
    )


if __name__ == "__main__":
    main()
