"""The "Share with the class" panel builds the teacher's link and its QR code."""

from __future__ import annotations

import base64
import re

import numpy as np
import pytest

from figures.qr import QUIET_ZONE, qr_code, qr_svg
from i18n import t
from lesson.classroom import PAGE_KEYS, app_root, read_share_url, share_query, share_url
from tests.helpers import app


def svg_modules(svg: str) -> np.ndarray:
    """The dark modules drawn by a segno SVG (one unit a module): its path read back."""
    size = int(re.search(r'viewBox="0 0 (\d+) \d+"', svg).group(1))
    path = re.search(r'class="qrline"[^>]* d="([^"]+)"', svg).group(1)
    grid = np.zeros((size, size), dtype=bool)
    x = y = 0.0
    for command, a, b in re.findall(r"([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?", path):
        if command == "M":
            x, y = float(a), float(b)
        elif command == "m":
            x, y = x + float(a), y + float(b)
        else:  # h: a horizontal run of dark modules on row y - 0.5
            grid[int(y - 0.5), int(x):int(x + float(a))] = True
            x += float(a)
    return grid


def qr_in(at) -> str:
    """The SVG of the panel's QR code (an <img> with a base64 data URI)."""
    (body,) = [e.proto.body for e in at.get("html") if 'class="classroom-qr"' in e.proto.body]
    uri = re.search(r'src="data:image/svg\+xml;base64,([^"]+)"', body).group(1)
    return base64.b64decode(uri).decode()


def test_share_url_round_trips_through_read_share_url():
    query = share_query({"w": "2", "prompt": "old", "lang": "ko", "hide": "x", "present": "true",
                         "embed": "true"}, lang="en",
                        hide=["b", "try"], lock=["activation", "b"],
                        prompt="Make **a** ≈ 0.5 & <b>, then w = 2 #1 ?")
    link = share_url("https://neuron.example/app", "scalar", query)
    assert link.startswith("https://neuron.example/app/scalar?w=2&lang=en&hide=b,try&"
                           "lock=activation&prompt=Make%20")
    assert read_share_url(link) == ("app/scalar", {
        "w": "2", "lang": "en", "hide": "b,try", "lock": "activation",
        "prompt": "Make **a** ≈ 0.5 & <b>, then w = 2 #1 ?"})


def test_app_root_drops_the_page_and_the_query():
    assert app_root("https://x.streamlit.app/scalar", "scalar") == "https://x.streamlit.app"
    assert app_root("http://h:8501/base/matrix/", "matrix") == "http://h:8501/base"
    assert app_root("http://h:8501/", "") == "http://h:8501"


@pytest.mark.parametrize("text", ["http://localhost:8501/scalar?lang=ko&prompt=%ED%95%9C",
                                  "x" * 600])
def test_the_svg_draws_exactly_segnos_code_with_a_quiet_zone(text):
    svg = qr_svg(text)
    code = qr_code(text)
    expected = np.pad(np.array(code.matrix, dtype=bool), QUIET_ZONE)
    np.testing.assert_array_equal(svg_modules(svg), expected)
    assert '<path fill="#fff"' in svg  # white behind the code, in a dark theme too


def test_the_panel_builds_the_link_of_the_current_page_and_its_qr_code():
    at = app({"w": "2", "seed": "7"}, page="pages/scalar.py")
    at.button(key="share_open").click().run()
    at.multiselect(key="share_hide").set_value(["b", "try"]).run()
    at.multiselect(key="share_lock").set_value(["activation", "seed"]).run()
    prompt = "Make a ≈ 0.5 with w = 2 **now** <b>"
    at.text_area(key="share_prompt").set_value(prompt).run()
    at.segmented_control(key="share_lang").set_value("ko").run()
    assert not at.exception
    (link,) = [c.value for c in at.code]
    path, query = read_share_url(link)
    assert link.startswith("http://localhost:8501/scalar?")
    assert (path, query) == ("scalar", {"w": "2", "seed": "7", "lang": "ko", "hide": "b,try",
                                        "lock": "activation,seed", "prompt": prompt})
    svg = qr_in(at)
    assert svg.startswith('<svg xmlns="http://www.w3.org/2000/svg" viewBox=')  # standalone
    expected = np.pad(np.array(qr_code(link).matrix, dtype=bool), QUIET_ZONE)
    np.testing.assert_array_equal(svg_modules(svg), expected)
    at.toggle(key="share_large").set_value(True).run()  # its size: see the browser test
    assert not at.exception and qr_in(at) == svg

    # The link opens the page it describes.
    opened = app(query, page="pages/scalar.py")
    (body,) = [e.proto.body for e in opened.get("html")
               if "classroom-prompt" in e.proto.body and not e.proto.body.startswith("<style>")]
    assert body.endswith(">Make a ≈ 0.5 with w = 2 **now** &lt;b&gt;</p>")
    assert "b" not in {s.key for s in opened.slider}
    assert opened.selectbox(key="activation").disabled
    assert opened.number_input(key="seed").disabled
    assert opened.title[0].value.startswith("스칼라 뉴런")


def test_the_panel_offers_only_the_pages_own_keys():
    at = app(page="pages/matrix.py")
    at.button(key="share_open").click().run()
    keys = PAGE_KEYS["matrix"]
    labels = {**keys.controls, **keys.boxes}
    assert at.multiselect(key="share_hide").options == [
        f"{t('en', labels[key]).replace('$', '')} ({key})" for key in keys.all]
    assert at.multiselect(key="share_hide").options[0] == "number of features l_I (m_features)"
    assert keys.all == ("m_features", "m_samples", "m_sample", "m_activation", "seed", "m_try",
                        "m_code", "m_export")
    assert at.multiselect(key="share_lock").options[-1] == "Random seed (seed)"


def test_the_panel_starts_from_the_links_own_task_hide_and_lock():
    query = {"w": "2", "b": "0", "prompt": "Find a = 0.5", "hide": "b,nope", "lock": "activation,b"}
    at = app(query, page="pages/scalar.py")
    at.button(key="share_open").click().run()
    assert not at.exception
    assert at.text_area(key="share_prompt").value == "Find a = 0.5"
    assert at.multiselect(key="share_hide").value == ["b"]  # unknown keys dropped
    assert at.multiselect(key="share_lock").value == ["activation"]  # b is hidden already
    (link,) = [c.value for c in at.code]
    assert read_share_url(link) == ("scalar", {"w": "2", "b": "0", "lang": "en", "hide": "b",
                                               "lock": "activation", "prompt": "Find a = 0.5"})
