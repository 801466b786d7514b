"""Comments inside the code panels' runnable code (the code itself is Python, not translated)."""

STRINGS = {
    "code.comment_trace": "z and a, computed once",
    "code.comment_x": "one sample: shape (l_I, 1) = {shape}",
    "code.comment_lazy": "w, b drawn on the first forward pass",
    "code.comment_first_draw": "the first draw of w and b",
    "code.comment_resets": "'reset parameters' pressed {n}×",
    "code.comment_passes": "forward passes",
    "code.comment_bug": "the bug: new parameters on every forward pass",
    "code.comment_X": "(l_I, N): one sample per column",
    "code.comment_Z": "Z = X.T @ w + b, A = g(Z)",
    "code.comment_sample": "one sample = one column of X = one vector neuron",
    "code.comment_rounding": "equal up to rounding: numpy may add the products of a batch in "
    "another order",
    "code.comment_rows": "scikit-learn / PyTorch keep samples in rows: their X is our X.T, "
    "shape {shape}",
    "code.comment_dropped": "the samples left over are dropped",
    "code.comment_shorter": "a last, shorter batch",
    "code.comment_data": "The data: one sample per column, shape (n_features, n_data), as on "
    "the page.",
    "code.comment_drawn_once": "w and b are drawn on the first batch, then kept",
    "code.comment_batch": "batch.X is data_X[:, batch.start:batch.stop]",
}
