"""A History-shaped training run in plain numpy, for figure tests that must not depend on how
`neuron.train` is written (full-batch or mini-batch gradient descent, BCE and a sigmoid)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True, eq=False)
class FakeHistory:
    w: np.ndarray  # (n_steps + 1, n_features)
    b: np.ndarray  # (n_steps + 1,)
    loss: np.ndarray  # (n_steps,)
    accuracy: np.ndarray
    batches: list[np.ndarray]
    epoch: np.ndarray
    epoch_loss: np.ndarray
    dw: np.ndarray
    db: np.ndarray
    stopped: str | None = None
    stopped_at: int | None = None

    @property
    def n_steps(self) -> int:
        return len(self.loss)


def run(X, y, *, lr=0.5, batch_size=8, epochs=5, seed=0, w0=None, b0=0.0) -> FakeHistory:
    """Mini-batch gradient descent on a sigmoid neuron with BCE, recorded step by step."""
    rng = np.random.default_rng(seed)
    n_features, n = X.shape
    w = np.zeros(n_features) if w0 is None else np.asarray(w0, dtype=float)
    b = float(b0)
    W, B, L, A, batches, E, DW, DB, EL = [], [], [], [], [], [], [], [], []
    for epoch in range(epochs):
        order = rng.permutation(n)
        losses = []
        for start in range(0, n, batch_size):
            idx = order[start:start + batch_size]
            xb, yb = X[:, idx], y[idx, 0]
            z = w @ xb + b
            a = 1 / (1 + np.exp(-z))
            loss = float(np.mean(np.logaddexp(0, z) - yb * z))
            dz = a - yb
            dw, db = xb @ dz / len(idx), float(dz.mean())
            W.append(w.copy()), B.append(b), L.append(loss), A.append(np.mean((a >= .5) == yb))
            batches.append(idx), E.append(epoch), DW.append(dw), DB.append(db)
            losses.append(loss)
            w, b = w - lr * dw, b - lr * db
        EL.append(np.mean(losses))
    W.append(w.copy()), B.append(b)
    return FakeHistory(np.array(W), np.array(B), np.array(L), np.array(A), batches,
                       np.array(E), np.array(EL), np.array(DW).reshape(-1, n_features),
                       np.array(DB))
