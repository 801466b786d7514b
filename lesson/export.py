"""The numbers a page shows, as files to download: JSON (loads back into numpy in one line)
and CSV (one number a row, for a spreadsheet). Pure: no Streamlit.

    >>> import json, numpy as np
    >>> X = np.array(json.load(open("neuron-lab_matrix_seed0.json"))["X"])   # shape (4, 6)

Arrays keep the lesson's shapes (a sample is a column: ``X`` is ``(n_features, n_samples)``,
``Z`` and ``A`` are ``(n_samples, 1)``); the JSON also lists every shape under ``"shapes"``.
Floats are written in full (``repr``), so the file holds exactly the numbers the page used.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from lesson.batch import Loop
from lesson.controls import BoolControl
from lesson.learn import LearnRun
from neuron import Trace

APP = "neuron-lab"
# Each lesson page's "Download" box, open or closed in the URL like its other boxes.
BOXES = {"scalar": BoolControl("export", default=False),
         "vector": BoolControl("v_export", default=False),
         "matrix": BoolControl("m_export", default=False),
         "batch": BoolControl("bl_export", default=False),
         "learn": BoolControl("ln_export", default=False)}
SVG = BoolControl("fig_svg", default=False)  # the charts' camera saves SVG instead of PNG
CONVENTION = ("A sample is a column: X has shape (n_features, n_samples); z and a have shape "
              "(n_samples, 1). scikit-learn and PyTorch put samples in rows: use X.T there.")


@dataclass(frozen=True)
class Export:
    """One page's numbers: its `settings` (names and plain values, e.g. the activation) and
    its `arrays` (each a float ndarray of any shape, a 0-d array for a single number)."""

    page: str
    seed: int
    settings: dict[str, Any] = field(default_factory=dict)
    arrays: dict[str, np.ndarray] = field(default_factory=dict)

    def file_name(self, extension: str) -> str:
        """``neuron-lab_<page>_seed<seed>.<extension>``."""
        return f"{APP}_{self.page}_seed{self.seed}.{extension}"


def from_trace(page: str, seed: int, trace: Trace, settings: dict[str, Any] | None = None, *,
               names: tuple[str, str, str, str] = ("x", "z", "a", "w"),
               extra: dict[str, Any] | None = None) -> Export:
    """A page's export from the forward pass it shows: input, w, b, z, a (named as on the
    page, e.g. ``("X", "Z", "A", "w")`` on the matrix page), then `extra` arrays."""
    x_name, z_name, a_name, w_name = names
    arrays = {x_name: trace.x, w_name: trace.w, "b": trace.b, z_name: trace.z,
              a_name: trace.a}
    arrays |= extra or {}
    return Export(page, seed, {"activation": trace.activation, **(settings or {})},
                  {name: np.asarray(value, dtype=np.float64) for name, value in arrays.items()})


def to_json(export: Export) -> str:
    """The export as JSON: page, seed, settings, then each array as nested lists, then
    their shapes and the column convention."""
    document: dict[str, Any] = {"app": APP, "page": export.page, "seed": export.seed}
    document |= export.settings
    document |= {name: array.tolist() for name, array in export.arrays.items()}
    document["shapes"] = {name: list(array.shape) for name, array in export.arrays.items()}
    document["convention"] = CONVENTION
    # One top-level entry a line, each array on its line: readable, and short.
    lines = (f"{json.dumps(key)}: {json.dumps(value, ensure_ascii=False, allow_nan=False)}"
             for key, value in document.items())
    return "{\n " + ",\n ".join(lines) + "\n}\n"


def to_csv(export: Export) -> str:
    """The export as CSV, one value a row: ``name,row,column,value``. Settings and single
    numbers leave `row` and `column` empty; a vector ``(n,)`` fills `row` only."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["name", "row", "column", "value"])
    for name, value in {"page": export.page, "seed": export.seed, **export.settings}.items():
        writer.writerow([name, "", "", _plain(value)])
    for name, array in export.arrays.items():
        if array.ndim == 0:
            writer.writerow([name, "", "", repr(float(array))])
        elif array.ndim == 1:
            writer.writerows([name, i, "", repr(float(v))] for i, v in enumerate(array))
        else:
            writer.writerows([name, i, j, repr(float(array[i, j]))]
                             for i in range(array.shape[0]) for j in range(array.shape[1]))
    return out.getvalue()


def _plain(value: Any) -> str:
    """A setting as CSV text: ``true``/``false`` for booleans, as in the URL."""
    return str(value).lower() if isinstance(value, bool) else str(value)


def from_loop(seed: int, loop: Loop, step: int) -> Export:
    """The batch page's export: the data ``X (n_features, n_data)``, the neuron's w and b
    (drawn on batch 0 and kept), ``A (n_used, 1)`` of every batch in order, and the batch the
    page shows (``X_batch``, ``Z_batch``, ``A_batch``). No batch: X alone."""
    c = loop.counts
    settings = {"n_data": c.n_data, "batch_size": c.batch_size, "drop_last": c.drop_last,
                "n_batches": c.n_batches, "step": step}
    arrays: dict[str, np.ndarray] = {"X": loop.X}
    if loop.steps:
        first, shown = loop.steps[0].trace, loop.steps[step].trace
        settings = {"activation": first.activation, **settings}
        arrays |= {"w": first.w, "b": first.b,
                   "A": np.concatenate([s.trace.a for s in loop.steps]),
                   "X_batch": shown.x, "Z_batch": shown.z, "A_batch": shown.a}
    return Export("batch", seed, settings,
                  {name: np.asarray(value, dtype=np.float64) for name, value in arrays.items()})


def from_learn(seed: int, result: LearnRun) -> Export:
    """The learn page's export: the data ``X (n_features, n_samples)`` and labels
    ``y (n_samples, 1)``, then the run, one row a step: ``w_history (n_steps + 1,
    n_features)`` and ``b_history (n_steps + 1,)`` (row k: before step k; the last row: the
    final parameters), ``loss`` and ``accuracy (n_steps,)`` of each step's batch before its
    update, and each step's ``epoch``."""
    s, h = result.settings, result.history
    settings = {"data": result.data.name, "activation": s.activation, "loss": result.loss,
                "learning_rate": float(s.lr), "batch_size": result.batch_size,
                "epochs": result.epochs, "start": s.start, "drop_last": s.drop_last,
                "bug": s.bug, "n_steps": h.n_steps}
    if result.final_loss is not None:
        settings |= {"final_loss": result.final_loss, "final_accuracy": result.final_accuracy}
    arrays = {"X": result.data.X, "y": result.data.y, "w_history": h.w, "b_history": h.b,
              "loss": h.loss, "accuracy": h.accuracy, "epoch": h.epoch}
    return Export("learn", seed, settings,
                  {name: np.asarray(value, dtype=np.float64) for name, value in arrays.items()})
