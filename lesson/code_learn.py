"""The Learn page's runnable code: the page's data, neuron and training run, with numpy and
the `neuron` package. It prints the final w, b, loss and accuracy exactly as the page does."""

from __future__ import annotations

from lesson import learn

_PRINT = """\
# The same numbers as the page (6 significant digits).
grads = neuron.gradients(X, y, loss={loss!r})  # the whole data set, final w and b
accuracy = np.mean((grads.a >= 0.5) == (y >= 0.5))
print("steps:", history.n_steps)
print("w =", ", ".join(f"{{v:.6g}}" for v in neuron.w.ravel()))
print("b =", f"{{float(neuron.b):.6g}}")
print("loss =", f"{{grads.loss:.6g}}")
print("accuracy =", f"{{accuracy * 100:.3g}} %")
"""


def _data(settings: learn.Settings) -> str:
    if settings.data == learn.OWN_DATA:
        return """\
# Your file: a header row, then x1,x2,label per row. One sample per column of X.
rows = np.loadtxt("your_data.csv", delimiter=",", skiprows=1, ndmin=2)
X = rows[:, :2].T  # (2, n_samples)
y = rows[:, 2:3]  # (n_samples, 1), labels 0 or 1
"""
    return f"""\
data = make_dataset({settings.data!r}, n_samples={settings.n_samples}, noise={settings.noise!r}, \
seed={settings.seed})
X, y = data.X, data.y  # X: (n_features, n_samples), one sample per column; y: (n_samples, 1)
"""


def _neuron(settings: learn.Settings) -> str:
    g = settings.activation
    if settings.start == "random":
        return (f"neuron = ArtificialNeuron(activation={g!r}, rng={settings.seed})"
                "  # w, b drawn on the first step\n")
    value = 0.0 if settings.start == "zeros" else learn.SATURATED
    return (f"neuron = ArtificialNeuron(w=np.full((X.shape[0], 1), {value!r}), b={value!r}, "
            f"activation={g!r})\n")


def learn_code(result: learn.LearnRun) -> str:
    """Code that trains the page's neuron on the page's data and prints its final numbers."""
    settings, loss = result.settings, result.loss
    full = ("  # the full batch: every sample"
            if result.batch_size == result.data.X.shape[1] else "")
    bug = ("    reinit_each_step=True,  # the lesson's bug: w, b drawn anew before every step\n"
           if settings.bug else "")
    own = settings.data == learn.OWN_DATA
    imports = "" if own else "from lesson.datasets import make_dataset\n"
    return f"""\
import numpy as np

{imports}from neuron import ArtificialNeuron, train

{_data(settings)}{_neuron(settings)}history = train(
    neuron, X, y, loss={loss!r}, lr={float(settings.lr)!r}, epochs={result.epochs},
    batch_size={result.batch_size},{full}
    shuffle=True, drop_last={settings.drop_last!r},
    rng=np.random.default_rng([{settings.seed}, {learn.SHUFFLE_STREAM}]),  # shuffling
{bug})
{_PRINT.format(loss=loss)}"""
