"""Data for the Learn page: small labelled toy sets drawn from the seed, and CSV uploads.

Column convention, as everywhere in the lesson: a sample is a column, so ``X`` has shape
(n_features, n_samples) and the labels ``y`` shape (n_samples, 1), each 0. or 1.
(scikit-learn and PyTorch put samples in rows: transpose to use them there.)

The toy sets (``noise`` is the standard deviation of the Gaussian jitter added to every
sample, so ``noise=0`` gives the clean pattern):

- ``blobs``: two round clouds far apart (class 0 around (-1.5, -1.5), class 1 around
  (1.5, 1.5)): one straight line separates them unless the noise is large;
- ``overlap``: the same clouds close together (around ∓(0.5, 0.5)): no line separates them;
- ``and``, ``or``, ``xor``: the four corners of the unit square, labelled by the logic gate
  (``xor`` is the honest limit of one neuron: no line separates its classes);
- ``line1d``: one feature; class 0 spread evenly left of ``LINE_THRESHOLD``, class 1 right of
  it (a scalar neuron learns where to put its step).

Every set has both classes (the blobs and ``line1d`` in equal numbers ±1, the gates every
corner equally often) and its samples in random order.

Uploads: `parse_csv` reads a CSV file of two numeric feature columns and a 0/1 label column;
a bad file gives a `CsvProblem` naming what is wrong and where, never an exception.
"""

from __future__ import annotations

import csv
import io
import math
import numbers
from dataclasses import dataclass

import numpy as np

DATASETS = ("blobs", "overlap", "and", "or", "xor", "line1d")  # option values (URL)
DATA_STREAM = 3  # samples come from default_rng([seed, DATA_STREAM]); the neuron uses `seed`
MIN_SAMPLES = 4  # the smallest set that holds every corner of the logic gates
LINE_THRESHOLD = 1.0  # line1d: where class 0 ends and class 1 begins
LINE_HALF_WIDTH = 3.0  # line1d: each class spreads this far from the threshold
BLOB_CENTRE = {"blobs": 1.5, "overlap": 0.5}  # class 1 at (c, c), class 0 at (-c, -c)
GATES = {"and": np.logical_and, "or": np.logical_or, "xor": np.logical_xor}


@dataclass(frozen=True, eq=False)
class Dataset:
    """Labelled samples.

    name : a value of `DATASETS`, or ``"csv"`` for an upload
    X : ndarray of shape (n_features, n_samples), n_features 2 (1 for ``line1d``)
    y : ndarray of shape (n_samples, 1), every value 0. or 1.
    """

    name: str
    X: np.ndarray
    y: np.ndarray


def make_dataset(name: str, n_samples: int, noise: float, seed: int) -> Dataset:
    """The toy set `name` with `n_samples` samples, jittered by `noise`, drawn from `seed`.

    The same arguments give the same samples: they come from
    ``np.random.default_rng([seed, DATA_STREAM])``.
    """
    _check(name, n_samples, noise)
    rng = np.random.default_rng([seed, DATA_STREAM])
    labels = np.arange(n_samples) % 2  # both classes, in equal numbers
    if name == "line1d":
        side = np.where(labels == 1, 1.0, -1.0)
        X = (LINE_THRESHOLD + side * rng.uniform(0.0, LINE_HALF_WIDTH, n_samples))[None, :]
    elif name in GATES:
        # Every corner equally often (class balance then follows the gate's truth table).
        corners = np.array([[0, 0], [1, 1], [0, 1], [1, 0]], dtype=float)
        picked = corners[np.arange(n_samples) % 4]
        labels = GATES[name](picked[:, 0], picked[:, 1]).astype(int)
        X = picked.T.copy()
    else:
        centre = BLOB_CENTRE[name]
        X = np.where(labels == 1, centre, -centre) * np.ones((2, 1))
    X = X + noise * rng.standard_normal(X.shape)
    order = rng.permutation(n_samples)
    return Dataset(name, X[:, order], labels[order].astype(float)[:, None])


def _check(name: object, n_samples: object, noise: object) -> None:
    if name not in DATASETS:
        raise ValueError(f"Expected a data set name among {DATASETS}, got {name!r}.")
    if not isinstance(n_samples, numbers.Integral) or isinstance(n_samples, bool):
        raise TypeError(f"Expected n_samples as an int, got {type(n_samples).__name__}.")
    if n_samples < MIN_SAMPLES:
        raise ValueError(f"Expected n_samples >= {MIN_SAMPLES} (every class and corner "
                         f"present), got {n_samples}.")
    if not isinstance(noise, numbers.Real) or isinstance(noise, bool):
        raise TypeError(f"Expected noise as a number, got {type(noise).__name__}.")
    if not (np.isfinite(noise) and noise >= 0):
        raise ValueError(f"Expected a finite noise >= 0 (a standard deviation), got {noise}.")


# ---------------------------------------------------------------------------------------------
# Uploads

MAX_ROWS = 5000  # samples in an upload
MAX_BYTES = 1_000_000  # ~5,000 rows of three long numbers, with room to spare
DEFAULT_COLUMNS = ("x1", "x2", "y")  # the columns' names when the file has no header
DETAIL_CHARS = 40  # a cell quoted in a problem's detail is cut to this many characters


@dataclass(frozen=True)
class CsvProblem:
    """Why an upload was refused, for a message the page translates.

    code : what is wrong, one of "too_big" (more than `MAX_BYTES`), "not_utf8", "empty"
        (nothing but blank lines), "malformed" (the csv module could not read it), "columns"
        (a row without exactly 3 cells), "not_a_number" (a feature cell), "not_finite"
        (nan or inf in a feature cell, or a number too large for a float), "label" (a label
        other than 0 or 1), "too_many_rows" (more than `max_rows` samples), "too_few_rows"
        (fewer than 2 samples), "one_class" (every label the same)
    row : the line of the file, counted from 1 as a spreadsheet does (the header is line 1),
        or None when the problem is the whole file
    column : the column's name (from the header, else "x1", "x2", "y"), or None
    detail : one untranslated fact for the message: the offending cell (cut to `DETAIL_CHARS`
        characters; user text, show it as plain text) for "not_a_number", "not_finite",
        "label"; the file's size in bytes for "too_big"; the bad byte's offset for "not_utf8";
        the number of cells for "columns"; the limit for "too_many_rows"; the number of samples
        for "too_few_rows"; the only label ("0" or "1") for "one_class"; the csv module's
        message for "malformed"; "" for "empty"
    """

    code: str
    row: int | None
    column: str | None
    detail: str


def parse_csv(data: bytes, *, max_rows: int = MAX_ROWS,
              max_bytes: int = MAX_BYTES) -> Dataset | CsvProblem:
    """The samples of an uploaded CSV file, or the first problem found in it.

    The file: UTF-8 (a byte-order mark is fine), comma-separated, three columns: two numeric
    features and a 0/1 label (``0``, ``1``, ``0.0`` and ``1.0`` are all fine). A first row whose
    three cells are all not numbers is a header (e.g. ``x1,x2,y``); its names are used in
    problems. Blank lines are skipped; spaces around cells are ignored.

    Returns a `Dataset` named "csv" with X of shape (2, n_samples) and y of shape
    (n_samples, 1), or a `CsvProblem`. Never raises and never warns.
    """
    if len(data) > max_bytes:
        return CsvProblem("too_big", None, None, str(len(data)))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        row = data.count(b"\n", 0, error.start) + 1
        return CsvProblem("not_utf8", row, None, str(error.start))
    reader = csv.reader(io.StringIO(text, newline=""))
    names, features, labels = DEFAULT_COLUMNS, [], []
    try:
        for cells in reader:
            cells = [cell.strip() for cell in cells]
            if not any(cells):
                continue
            row = reader.line_num
            if len(cells) != len(DEFAULT_COLUMNS):
                return CsvProblem("columns", row, None, str(len(cells)))
            if not labels and names is DEFAULT_COLUMNS and _is_header(cells):
                names = tuple(_cut(cell) or default
                              for cell, default in zip(cells, names, strict=True))
                continue
            if len(labels) == max_rows:
                return CsvProblem("too_many_rows", row, None, str(max_rows))
            problem = _read_row(cells, row, names, features, labels)
            if problem is not None:
                return problem
    except csv.Error as error:
        return CsvProblem("malformed", reader.line_num or None, None, _cut(str(error)))
    if not labels and names is DEFAULT_COLUMNS:
        return CsvProblem("empty", None, None, "")
    if len(labels) < 2:
        return CsvProblem("too_few_rows", None, None, str(len(labels)))
    if len(set(labels)) < 2:
        return CsvProblem("one_class", None, names[2], f"{labels[0]:g}")
    return Dataset("csv", np.array(features, dtype=float).T,
                   np.array(labels, dtype=float)[:, None])


def _read_row(cells: list[str], row: int, names: tuple[str, ...], features: list,
              labels: list) -> CsvProblem | None:
    """Append the row's two features and label; or say what is wrong with it."""
    values = []
    for cell, name in zip(cells[:2], names, strict=False):
        value = _number(cell)
        if value is None:
            return CsvProblem("not_a_number", row, name, _cut(cell))
        if not math.isfinite(value):
            return CsvProblem("not_finite", row, name, _cut(cell))
        values.append(value)
    label = _number(cells[2])
    if label not in (0.0, 1.0):  # None and nan are neither
        return CsvProblem("label", row, names[2], _cut(cells[2]))
    features.append(values)
    labels.append(1.0 if label == 1.0 else 0.0)  # not -0.0
    return None


def _number(cell: str) -> float | None:
    try:
        return float(cell)
    except ValueError:
        return None


def _is_header(cells: list[str]) -> bool:
    return all(_number(cell) is None for cell in cells)


def _cut(text: str) -> str:
    return text if len(text) <= DETAIL_CHARS else text[:DETAIL_CHARS - 1] + "…"
