"""The three mistakes the vector page warns about: their snippets run as they say, and the
messages quoted are numpy's own."""

from __future__ import annotations

import contextlib
import io

import numpy as np
import pytest

from lesson import pitfalls
from tests.helpers import app


def run(snippet: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(snippet, "<snippet>", "exec"), {"np": np})
    return out.getvalue()


def test_the_none_check_snippet_fails_where_it_says_and_the_fix_works():
    wrong, right = pitfalls.NONE_CHECK.split("if w is None")
    with pytest.raises(ValueError, match="truth value of an array"):
        run(wrong)
    run(wrong.split("if w == None")[0] + "if w is None" + right)  # runs without an error
    assert "ambiguous" in pitfalls.none_check_error()


def test_the_create_once_snippet_draws_once_and_keeps_a_given_w():
    namespace = {"np": np}
    exec(pitfalls.CREATE_ONCE, namespace)
    neuron = namespace["Neuron"](rng=0)
    x = np.ones((4, 1))
    first = neuron.forward(x)
    assert neuron.w.shape == (4, 1)
    drawn = neuron.w.copy()
    np.testing.assert_array_equal(neuron.forward(x), first)
    np.testing.assert_array_equal(neuron.w, drawn)  # not drawn again
    given = np.arange(4.0).reshape(4, 1)
    kept = namespace["Neuron"](w=given)
    kept.forward(x)
    assert kept.w is given


def test_the_stable_sigmoid_snippet_prints_what_it_says_without_any_warning():
    # pytest turns RuntimeWarning into an error (pyproject.toml): an overflow would fail here
    assert run(pitfalls.STABLE_SIGMOID).strip() == "[0.  0.5 1. ]"
    assert pitfalls.naive_sigmoid_overflow() == "overflow encountered in exp"


@pytest.mark.parametrize(("lang", "title"), [
    ("en", "Three mistakes to avoid"), ("ko", "피해야 할 세 가지 실수")])
def test_the_vector_page_shows_the_mistakes_with_numpys_messages(lang, title):
    at = app({"lang": lang, "v_pitfalls": "true"}, page="pages/vector.py")
    assert not at.exception
    [expander] = [e for e in at.expander if title in e.label]
    text = " ".join(md.value for md in expander.markdown)
    assert pitfalls.none_check_error() in text
    assert pitfalls.naive_sigmoid_overflow() in text
    assert [c.value.strip() for c in expander.code] == [  # st.code trims the last newline
        pitfalls.NONE_CHECK.strip(), pitfalls.CREATE_ONCE.strip(), pitfalls.STABLE_SIGMOID.strip()]
