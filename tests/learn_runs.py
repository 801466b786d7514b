"""Training runs for the Learn figures' tests: real ones from `neuron.train`, and long ones
shaped like a History without the time it takes to train them."""

from __future__ import annotations

import numpy as np

from neuron import ArtificialNeuron, History, train


def run(X, y, *, lr=0.5, batch_size=8, epochs=5, seed=0, w0=None, b0=0.0) -> History:
    """Mini-batch gradient descent with BCE on a sigmoid neuron starting at (w0, b0)."""
    w = np.zeros(X.shape[0]) if w0 is None else np.asarray(w0, dtype=float)
    model = ArtificialNeuron(w=w.reshape(-1, 1), b=b0)
    return train(model, X, y, loss="bce", lr=lr, batch_size=batch_size, epochs=epochs,
                 rng=seed)


def history(w, b, *, loss=None, batches=None, epoch=None, epoch_loss=None,
            stopped=None) -> History:
    """A History with the given parameters per step; the rest filled in consistently."""
    w, b = np.asarray(w, dtype=float), np.asarray(b, dtype=float)
    n_steps = len(b) - 1
    loss = np.ones(n_steps) if loss is None else np.asarray(loss, dtype=float)
    epoch = np.zeros(n_steps, dtype=int) if epoch is None else np.asarray(epoch)
    epoch_loss = (np.array([loss.mean()]) if epoch_loss is None
                  else np.asarray(epoch_loss, dtype=float))
    batches = [np.arange(1)] * n_steps if batches is None else batches
    return History(w=w, b=b, loss=loss, accuracy=np.ones(n_steps), batches=batches,
                   epoch=epoch, epoch_loss=epoch_loss, dw=np.diff(w, axis=0), db=np.diff(b),
                   stopped=stopped, stopped_at=n_steps if stopped else None)


def synthetic(n_samples, batch_size, epochs, n_features, seed=0) -> History:
    """A long run's shape without running it: random-walk parameters, shuffled batches."""
    rng = np.random.default_rng(seed)
    per_epoch = -(-n_samples // batch_size)
    batches = [order[start:start + batch_size]
               for order in (rng.permutation(n_samples) for _ in range(epochs))
               for start in range(0, n_samples, batch_size)]
    steps = per_epoch * epochs
    loss = np.exp(-np.arange(steps) / steps * 5) + rng.uniform(0, 0.3, steps)
    return history(np.cumsum(rng.normal(0, 0.01, (steps + 1, n_features)), axis=0),
                   np.cumsum(rng.normal(0, 0.01, steps + 1)), loss=loss, batches=batches,
                   epoch=np.repeat(np.arange(epochs), per_epoch),
                   epoch_loss=loss.reshape(epochs, per_epoch).mean(axis=1))
