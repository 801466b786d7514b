"""A link reproduces the screen: after any change a page makes by itself (a value lowered to
fit another), opening the page's URL shows the same values, and no notice.

Found in class: the batch size lowered to fit n_data left the URL (reopening showed 8), and a
picked sample past a shrunken N stayed in it (reopening showed a warning and sample 0).
"""

from __future__ import annotations

import json

import pytest

from tests.helpers import app, notices


def query(at, moved: dict[str, int]) -> dict[str, str]:
    """The URL's query of the app's current state, as a browser would copy it: what the app
    wrote, and the bound widgets the reader `moved` (the browser writes those; AppTest does
    not; tests/browser/test_links_browser.py checks the whole link in Chromium)."""
    link = {key: at.query_params[key][-1] if isinstance(at.query_params[key], list)
            else at.query_params[key] for key in at.query_params}
    return {**link, **{key: str(value) for key, value in moved.items()}}


def screen(at) -> dict:
    """What a reader sees that the URL must bring back: every slider, toggle and select box's
    value, every chart's data, the text and the formulas."""
    return {
        "widgets": {w.key: w.value for kind in ("slider", "toggle", "selectbox")
                    for w in at.get(kind) if w.key},
        "charts": [json.loads(c.proto.spec)["data"] for c in at.get("plotly_chart")],
        "text": [m.value for m in at.markdown] + [c.value for c in at.caption],
        "formulas": [f.value for f in at.latex],
        "code": [c.value for c in at.code],
    }


def assert_link_reproduces(at, page: str, moved: dict[str, int]) -> None:
    assert not at.exception
    link = query(at, moved)
    again = app(link, page=page)
    assert not again.exception
    assert notices(again) == [], (link, notices(again))
    seen, shown = screen(at), screen(again)
    assert shown["widgets"] == seen["widgets"], link
    assert shown["formulas"] == seen["formulas"], link
    assert shown["charts"] == seen["charts"], link
    assert shown["code"] == seen["code"], link


@pytest.mark.parametrize(("batch", "n_data"), [(60, 40), (32, 20), (8, 5), (8, 1), (60, 1)])
def test_batch_size_lowered_to_fit_n_data_stays_in_the_link(batch, n_data):
    page = "pages/batch.py"
    at = app({"lang": "en"}, page=page)
    at.slider(key="bl_batch").set_value(batch).run()
    at.slider(key="bl_n_data").set_value(n_data).run()
    assert_link_reproduces(at, page, {"bl_n_data": n_data})


@pytest.mark.parametrize(("sample", "n"), [(9, 4), (5, 3), (5, 1), (2, 2)])
def test_sample_past_a_shrunken_n_leaves_the_link(sample, n):
    page = "pages/matrix.py"
    at = app({"lang": "en", "m_samples": "10"}, page=page)
    at.slider(key="m_sample").set_value(sample).run()
    at.slider(key="m_samples").set_value(n).run()
    assert_link_reproduces(at, page, {"m_samples": n})


def test_typed_x_resized_with_the_features_stays_in_the_link():
    page = "pages/vector.py"
    at = app({"lang": "en", "v_x": "1,2,-1,0.5,3"}, page=page)
    at.slider(key="v_features").set_value(7).run()
    assert_link_reproduces(at, page, {"v_features": 7})
