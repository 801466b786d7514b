"""Three mistakes that are easy to make when writing a neuron by hand, which `neuron/` avoids.

Each comes with a short snippet (shown on the vector page, executed by the tests) and the
message numpy itself gives, produced live so the page quotes this numpy's own words.
"""

from __future__ import annotations

import numpy as np

NONE_CHECK = """\
w = np.zeros((3, 1))
if w == None:   # compares each element with None: an array of False,
    pass        # and `if` on an array raises ValueError
if w is None:   # the question meant: is there a w yet?
    pass
"""

CREATE_ONCE = """\
class Neuron:
    def __init__(self, w=None, rng=None):
        self.w = w                       # a w you pass in is kept
        self.rng = np.random.default_rng(rng)

    def forward(self, x):
        if self.w is None:               # only while there is none yet
            self.w = self.rng.standard_normal((x.shape[0], 1))
        return x.T @ self.w
"""

STABLE_SIGMOID = """\
z = np.array([-1000.0, 0.0, 1000.0])
# 1 / (1 + np.exp(-z)) overflows at z = -1000: exp(1000) is beyond float64
e = np.exp(-np.abs(z))                   # always between 0 and 1
a = np.where(z >= 0, 1 / (1 + e), e / (1 + e))
print(a)                                 # [0.  0.5 1. ]
"""


def none_check_error() -> str:
    """What numpy says when `if` meets ``array == None``."""
    w = np.zeros((3, 1))
    try:
        if w == None:  # noqa: E711 (the mistake itself)
            pass
    except ValueError as error:
        return str(error)
    raise AssertionError("numpy decided the truth value of an array")  # pragma: no cover


def naive_sigmoid_overflow() -> str:
    """What numpy reports when the textbook sigmoid meets z = -1000 (raised as an error here,
    so no RuntimeWarning ever leaves this function)."""
    with np.errstate(over="raise"):
        try:
            1 / (1 + np.exp(-np.float64(-1000.0)))
        except FloatingPointError as error:
            return str(error)
    raise AssertionError("exp(1000) did not overflow")  # pragma: no cover
