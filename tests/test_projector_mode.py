"""Projector mode: `present=true` in the link, a toggle in the sidebar, kept across pages."""

import pytest

from tests.helpers import app, notices
from ui import style


def test_present_in_the_link_turns_the_toggle_on_and_stays_in_the_link():
    at = app({"present": "true"}, page="pages/scalar.py")
    assert not at.exception
    assert at.toggle(key="present").value is True
    assert at.query_params["present"] == "true"
    at.switch_page("pages/batch.py").run()
    assert at.toggle(key="present").value is True and at.query_params["present"] == "true"


def test_turning_it_off_takes_it_out_of_the_link():
    at = app({"present": "true"}, page="pages/vector.py")
    at.toggle(key="present").set_value(False).run()
    assert not at.exception
    assert "present" not in at.query_params
    at.toggle(key="present").set_value(True).run()
    assert at.query_params["present"] == "true"


@pytest.mark.parametrize("given", ["yes", "1", "<b>x</b>"])
def test_a_bad_value_gets_a_notice_and_normal_mode(given):
    at = app({"present": given})  # the notice shows on the session's first run
    assert not at.exception
    assert at.toggle(key="present").value is False
    [notice] = notices(at)
    assert f"`present={given}`" in notice and "using false instead" in notice
    assert "present" not in at.query_params


def test_the_styles_are_constant_strings_of_style_tags_only():
    # A style-only st.html goes to Streamlit's event container: it takes no room on the page.
    for css in (style.BASE, style.PRESENT):
        assert css.startswith("<style>") and css.endswith("</style>")
        assert css.count("<style>") == 1 and "<script" not in css
