"""The shell: every registered page loads, the sidebar works, bad links get notices."""

import re

import pytest
from streamlit.testing.v1 import AppTest

from tests.helpers import ENTRY_POINT, app, notices
from ui.navigation import LESSON_PAGES

HANGUL = re.compile(r"[\uac00-\ud7a3]")
READY = ["pages/home.py", *(page.path for page in LESSON_PAGES if page.ready)]


@pytest.mark.parametrize("page", READY)
@pytest.mark.parametrize("lang", ["en", "ko"])
def test_every_registered_page_loads_without_exception(page, lang):
    at = app({"lang": lang}, page=page)
    assert not at.exception
    assert at.title, f"{page} has no title"
    assert notices(at) == []


def test_home_links_every_ready_page():
    at = app()
    assert not at.exception
    links = [link.proto.page for link in at.get("page_link")]
    ready = [page for page in LESSON_PAGES if page.ready]
    assert len(links) == len(ready)


def test_korean_from_the_url():
    at = app({"lang": "ko"})
    assert at.title[0].value == "뉴런 랩: 인공 뉴런 하나는 어떻게 계산할까"
    assert at.session_state["lang"] == "ko"
    assert at.query_params["lang"] == ["ko"] or at.query_params["lang"] == "ko"
    assert all(HANGUL.search(m.value) for m in at.markdown[:1])


def test_unknown_language_falls_back_with_a_notice():
    at = app({"lang": "xx"})
    assert not at.exception
    assert at.session_state["lang"] == "en"
    [notice] = notices(at)
    assert "`lang=xx`" in notice and "en" in notice


@pytest.mark.parametrize(
    ("seed", "used"),
    # inf and 1e400 made Streamlit's own number-input URL parsing raise OverflowError
    [("-1", 0), (str(10**30), 0), ("abc", 0), ("2.5", 2), ("inf", 0), ("1e400", 0),
     ("-inf", 0), ("nan", 0)],
)
def test_bad_seed_gets_a_notice_that_says_which_seed_is_used(seed, used):
    at = app({"seed": seed})
    assert not at.exception
    assert at.number_input(key="seed").value == used
    [notice] = notices(at)
    assert f"`seed={seed}`" in notice and f"using {used} instead" in notice
    assert at.query_params.get("seed") == (None if used == 0 else str(used))  # link mended
    page = app({"seed": seed}, page="pages/vector.py")  # and every page works with it
    assert not page.exception


def test_the_seed_stays_in_the_link_and_across_pages():
    at = app({"seed": "7"}, page="pages/scalar.py")
    at.number_input(key="seed").set_value(12).run()
    assert at.query_params["seed"] == "12"
    at.switch_page("pages/matrix.py").run()
    assert at.number_input(key="seed").value == 12 and at.query_params["seed"] == "12"
    at.number_input(key="seed").set_value(0).run()
    assert "seed" not in at.query_params  # the default stays out of the link


@pytest.mark.parametrize(
    ("page", "key", "given", "used"),
    [("pages/matrix.py", "m_samples", "7.9", 7), ("pages/batch.py", "bl_features", "2.5", 2)],
)
def test_fractional_integer_slider_value_is_cut_and_the_notice_says_so(page, key, given, used):
    at = app({key: given}, page=page)
    assert not at.exception
    assert at.slider(key=key).value == used
    assert any(f"`{key}={given}` is not a whole number; using {used} instead" in n
               for n in notices(at))


def test_integer_ranges_are_written_in_full_in_notices():
    [notice] = notices(app({"seed": "-1"}))
    assert "outside 0 … 4294967295" in notice


def test_a_fractional_counter_in_the_url_is_used_as_the_notice_says():
    at = app({"v_passes": "3.7"}, page="pages/vector.py")
    assert not at.exception
    assert any("`v_passes=3.7` is not a whole number; using 3 instead" in n for n in notices(at))
    assert "Forward passes: 3." in " ".join(c.value for c in at.caption)


def _source_links(at) -> list[str]:
    return [button.proto.url for button in at.get("link_button")
            if button.proto.label == "Source code on GitHub"]


def test_source_button_is_hidden_without_an_address(monkeypatch):
    monkeypatch.delenv("NEURON_LAB_SOURCE_URL", raising=False)
    at = app({"lang": "en"})
    assert not at.exception
    assert _source_links(at) == []  # never a link to an address that may not exist


def test_source_button_links_to_the_configured_address(monkeypatch):
    monkeypatch.setenv("NEURON_LAB_SOURCE_URL", "https://example.org/me/neuron-lab")
    assert _source_links(app({"lang": "en"})) == ["https://example.org/me/neuron-lab"]
    at = AppTest.from_file(ENTRY_POINT, default_timeout=60)
    at.secrets["source_url"] = "https://example.org/school/fork"  # a secret comes first
    at.query_params["lang"] = "en"
    at.run()
    assert _source_links(at) == ["https://example.org/school/fork"]
