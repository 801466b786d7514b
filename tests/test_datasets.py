"""The Learn page's data: toy sets from the seed, and CSV uploads that never crash the page."""

import warnings

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lesson.datasets import (
    DATASETS,
    LINE_THRESHOLD,
    MAX_BYTES,
    CsvProblem,
    Dataset,
    make_dataset,
    parse_csv,
)

CORNERS = {(0.0, 0.0), (0.0, 1.0), (1.0, 0.0), (1.0, 1.0)}
TRUTH = {"and": lambda p, q: p and q, "or": lambda p, q: p or q, "xor": lambda p, q: p != q}


# --- toy sets ------------------------------------------------------------------------------

@pytest.mark.parametrize("name", DATASETS)
def test_every_set_follows_the_column_convention_with_both_classes(name):
    data = make_dataset(name, 37, 0.4, seed=5)
    assert data.name == name
    assert data.X.shape == ((1, 37) if name == "line1d" else (2, 37))
    assert data.y.shape == (37, 1) and data.X.dtype == data.y.dtype == np.float64
    assert set(np.unique(data.y)) == {0.0, 1.0}
    assert np.isfinite(data.X).all()


@pytest.mark.parametrize("name", DATASETS)
def test_the_same_seed_gives_the_same_samples_and_another_seed_others(name):
    first, again = make_dataset(name, 50, 0.3, 1), make_dataset(name, 50, 0.3, 1)
    np.testing.assert_array_equal(first.X, again.X)
    np.testing.assert_array_equal(first.y, again.y)
    assert not np.array_equal(first.X, make_dataset(name, 50, 0.3, 2).X)


@pytest.mark.parametrize("name", ["blobs", "overlap", "line1d"])
def test_classes_come_in_equal_numbers_in_random_order(name):
    y = make_dataset(name, 101, 0.5, 0).y[:, 0]
    assert y.sum() in (50, 51)
    assert not np.array_equal(y, np.arange(101) % 2)  # shuffled, not alternating


@pytest.mark.parametrize("name", ["and", "or", "xor"])
def test_without_noise_the_gates_are_their_truth_tables_with_every_corner_equally_often(name):
    data = make_dataset(name, 40, 0.0, 3)
    points = [tuple(column) for column in data.X.T]
    assert set(points) == CORNERS
    assert all(points.count(corner) == 10 for corner in CORNERS)
    for (p, q), label in zip(points, data.y[:, 0], strict=True):
        assert label == float(TRUTH[name](bool(p), bool(q)))
    assert data.y.sum() == {"and": 10, "or": 30, "xor": 20}[name]


def test_without_noise_the_blobs_sit_on_their_centres():
    far, near = make_dataset("blobs", 10, 0.0, 0), make_dataset("overlap", 10, 0.0, 0)
    sign = np.where(far.y[:, 0] == 1, 1.0, -1.0)
    np.testing.assert_array_equal(far.X, np.vstack([1.5 * sign, 1.5 * sign]))
    sign = np.where(near.y[:, 0] == 1, 1.0, -1.0)
    np.testing.assert_array_equal(near.X, np.vstack([0.5 * sign, 0.5 * sign]))


def test_noise_is_the_standard_deviation_of_the_jitter():
    data = make_dataset("blobs", 4000, 0.5, 0)
    centre = np.where(data.y[:, 0] == 1, 1.5, -1.5)
    jitter = data.X - centre
    np.testing.assert_allclose(jitter.std(axis=1), [0.5, 0.5], atol=0.02)
    np.testing.assert_allclose(jitter.mean(axis=1), [0.0, 0.0], atol=0.03)


def test_blobs_are_separated_by_a_line_and_the_overlapping_ones_are_not():
    # The line x1 + x2 = 0 halfway between the centres. Overlap: centres 2·0.5·√2 = 1.41 apart,
    # σ = 0.5, so the best line errs on Φ(-1.41) ≈ 7.9 % of the samples.
    def accuracy(data):
        return np.mean((data.X.sum(axis=0) > 0) == (data.y[:, 0] == 1))

    assert accuracy(make_dataset("blobs", 1000, 0.5, 0)) == 1.0
    assert 0.89 < accuracy(make_dataset("overlap", 1000, 0.5, 0)) < 0.95


def test_line1d_puts_class_0_left_and_class_1_right_of_the_threshold():
    clean = make_dataset("line1d", 200, 0.0, 0)
    x, y = clean.X[0], clean.y[:, 0]
    assert x[y == 0].max() <= LINE_THRESHOLD <= x[y == 1].min()
    assert x.min() >= LINE_THRESHOLD - 3 and x.max() <= LINE_THRESHOLD + 3
    noisy = make_dataset("line1d", 200, 1.0, 0)
    x, y = noisy.X[0], noisy.y[:, 0]
    assert x[y == 0].max() > LINE_THRESHOLD  # noise carries some across
    assert 0.7 < np.mean((x > LINE_THRESHOLD) == (y == 1)) < 1.0


@pytest.mark.parametrize(("args", "error", "match"), [
    (("spiral", 10, 0.1), ValueError, "among"),
    (("blobs", 3, 0.1), ValueError, "n_samples >= 4"),
    (("blobs", 10.0, 0.1), TypeError, "int"),
    (("blobs", True, 0.1), TypeError, "int"),
    (("blobs", 10, -0.1), ValueError, "noise >= 0"),
    (("blobs", 10, float("nan")), ValueError, "finite"),
    (("blobs", 10, "0.1"), TypeError, "number"),
])
def test_bad_arguments_say_what_was_expected(args, error, match):
    with pytest.raises(error, match=match):
        make_dataset(*args, seed=0)


# --- CSV uploads ---------------------------------------------------------------------------

def parse(text: str, **limits) -> Dataset | CsvProblem:
    return parse_csv(text.encode(), **limits)


def problem(code, row=None, column=None, detail=""):
    return CsvProblem(code, row, column, detail)


@pytest.mark.parametrize("text", [
    "x1,x2,y\n0.5,-2,0\n3,4e-1,1\n",  # header
    "0.5,-2,0\n3,4e-1,1\n",  # no header
    "\ufeffx1,x2,y\r\n0.5,-2,0\r\n\r\n3,4e-1,1.0\r\n",  # BOM, Windows lines, a blank line
    " x1 , x2 , y \n 0.5 , -2 , 0.0\n3, .4 ,1e0",  # spaces, no final newline
])
def test_a_good_file_gives_its_samples_as_columns(text):
    data = parse(text)
    assert isinstance(data, Dataset) and data.name == "csv"
    np.testing.assert_array_equal(data.X, [[0.5, 3.0], [-2.0, 0.4]])
    np.testing.assert_array_equal(data.y, [[0.0], [1.0]])


def test_negative_zero_label_is_class_0():
    data = parse("1,1,-0\n2,2,1\n")
    assert str(data.y[0, 0]) == "0.0"


@pytest.mark.parametrize(("text", "expected"), [
    ("1,2\n3,4\n", problem("columns", 1, None, "2")),
    ("x1,x2,y\n1,2,0\n1,2,1,9\n", problem("columns", 3, None, "4")),
    ("1;2;0\n", problem("columns", 1, None, "1")),  # semicolons are not separators
    ("1,2,0\n3,abc,1\n", problem("not_a_number", 2, "x2", "abc")),
    ("a,b,label\n1,2,0\n1,,1\n", problem("not_a_number", 3, "b", "")),
    ("a,b,label\n1,2,0\na,b,label\n", problem("not_a_number", 3, "a", "a")),  # a 2nd header
    ("1,2,0\nx,2,1\n", problem("not_a_number", 2, "x1", "x")),
    ("1,2,0\n3,nan,1\n", problem("not_finite", 2, "x2", "nan")),
    ("1,2,0\n-Infinity,2,1\n", problem("not_finite", 2, "x1", "-Infinity")),
    ("1,2,0\n1e400,2,1\n", problem("not_finite", 2, "x1", "1e400")),
    ("a,b,label\n1,2,0\n1,2,5\n", problem("label", 3, "label", "5")),
    ("1,2,0\n1,2,yes\n", problem("label", 2, "y", "yes")),
    ("1,2,0\n1,2,0.5\n", problem("label", 2, "y", "0.5")),
    ("1,2,0\n1,2,nan\n", problem("label", 2, "y", "nan")),
    ("1,2,0\n1,2,\n", problem("label", 2, "y", "")),
    ("", problem("empty")),
    ("\n  \n,,\n", problem("empty")),
    ("\ufeff", problem("empty")),
    ("x1,x2,y\n", problem("too_few_rows", None, None, "0")),
    ("x1,x2,y\n1,2,1\n", problem("too_few_rows", None, None, "1")),
    ("1,2,1\n3,4,1\n5,6,1\n", problem("one_class", None, "y", "1")),
    ("p,q,r\n1,2,0\n3,4,0.0\n", problem("one_class", None, "r", "0")),
])
def test_a_bad_file_names_the_problem_the_row_and_the_column(text, expected):
    assert parse(text) == expected


def test_a_long_cell_is_cut_in_the_problem():
    found = parse("1,2,0\n" + "z" * 500 + ",2,1\n")
    assert found.code == "not_a_number" and found.row == 2
    assert len(found.detail) == 40 and found.detail == "z" * 39 + "…"


def test_not_utf8_names_the_line_of_the_first_bad_byte():
    data = "x1,x2,y\n1,2,0\ncafé,2,1\n".encode("latin-1")
    assert parse_csv(data) == problem("not_utf8", 3, None, str(data.index(b"\xe9")))
    assert parse_csv(b"\xff\xfe1\x002\x00").code == "not_utf8"  # UTF-16


def test_up_to_max_rows_samples_and_not_one_more():
    rows = "".join(f"{k},{-k},{k % 2}\n" for k in range(5000))
    data = parse("x1,x2,y\n" + rows)
    assert data.X.shape == (2, 5000) and data.y.sum() == 2500
    assert data.X[0, 4999] == 4999.0 and data.X[1, 4999] == -4999.0
    assert parse("x1,x2,y\n" + rows + "1,1,1\n") == problem("too_many_rows", 5002, None, "5000")
    assert parse("1,1,0\n0,0,1\n2,2,1\n", max_rows=2) == problem("too_many_rows", 3, None, "2")


def test_a_file_over_the_byte_limit_is_refused_before_it_is_read():
    big = b"0,0,0\n" * (MAX_BYTES // 6 + 1)
    assert parse_csv(big) == problem("too_big", None, None, str(len(big)))
    assert parse_csv(b"\xff" * (MAX_BYTES + 1)).code == "too_big"
    assert parse_csv(b"1,2,0\n3,4,1\n", max_bytes=5) == problem("too_big", None, None, "12")


def test_a_field_too_long_for_the_csv_module_is_malformed_not_a_crash():
    found = parse('1,2,0\n"' + "9" * 200_000 + '",2,1\n')
    assert found.code == "malformed" and found.row == 2


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.binary(max_size=300),
                 st.text(alphabet="01.,-e\n\r\"x yn;\ufeffé", max_size=300).map(str.encode)))
def test_any_bytes_give_a_data_set_or_a_problem_and_never_a_warning(data):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        found = parse_csv(data)
    assert isinstance(found, Dataset | CsvProblem)
    if isinstance(found, Dataset):
        assert found.X.shape[0] == 2 and found.X.shape[1] == found.y.shape[0] >= 2
        assert np.isfinite(found.X).all() and set(np.unique(found.y)) == {0.0, 1.0}
    else:
        assert found.row is None or found.row >= 1
