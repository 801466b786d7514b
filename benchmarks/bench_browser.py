"""In a real browser: keypress on a slider → rerun drawn, and the bytes the server sends.

    python benchmarks/bench_browser.py [--presses 20]

Starts `streamlit run` and a headless Chromium as the browser tests do
(tests/browser/harness.py). On each page, focuses one slider and presses the right arrow key
(every press a value not seen before: Streamlit's message cache would send a repeated chart
as a short reference only, and the bytes would look smaller than a reader's first visit to a
value); each press is timed from the key event until the browser has received the server's
`script_finished` ("→ run finished": the server's share, plus the websocket) and until the
page has drawn the result ("→ drawn"). Bytes are the payloads of the websocket messages the
server sent during that rerun.
Prints medians; asserts nothing.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser import harness  # noqa: E402
from ui.navigation import LESSON_PAGES  # noqa: E402

URL = {page.name: page.url_path for page in LESSON_PAGES if page.ready}
# (page, slider key, what the slider changes)
SCENARIOS = [
    ("scalar", "w", "w: formulas, graph, two line charts"),
    ("vector", "v_features", "l_I: every heatmap changes size"),
    ("matrix", "m_samples", "N: X, Z and A heatmaps change size"),
    ("batch", "bl_batch", "batch size: the whole animation is rebuilt"),
]


def measure(page, key: str, presses: int) -> tuple[list[float], list[float], list[int],
                                                 list[int]]:
    """Seconds to the run's end, seconds to drawn, bytes and websocket messages of each of
    `presses` reruns."""
    traffic = harness.traffic(page)
    page.locator(f".st-key-{key} input[type=range]").focus()
    finished, seconds, sizes, frames = [], [], [], []
    for _ in range(presses):
        bytes_before, frames_before = traffic.bytes, traffic.frames
        start = time.perf_counter()
        with harness.rerun(page):
            page.keyboard.press("ArrowRight")
        seconds.append(time.perf_counter() - start)
        finished.append(traffic.last_finished_at - start)
        sizes.append(traffic.bytes - bytes_before)
        frames.append(traffic.frames - frames_before)
    harness.assert_no_exception(page)
    return finished, seconds, sizes, frames


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--presses", type=int, default=20)
    presses = parser.parse_args().presses

    print(f"{presses} key presses per slider; medians (min–max)")
    print(f"{'page':8} {'slider':11} {'→ run finished':>15} {'press → drawn':>22} "
          f"{'bytes / rerun':>24} {'msgs':>5}  what changes")
    log = harness.ARTIFACTS / "streamlit-bench.log"
    with harness.app_server(log) as server, harness.chromium() as browser:
        context = browser.new_context(viewport={"width": 1400, "height": 900})
        page = context.new_page()
        harness.open_page(page, server.url)  # the entry point first, as a reader would
        for name, key, what in SCENARIOS:
            if name not in URL:
                continue
            harness.open_page(page, f"{server.url}/{URL[name]}?lang=en")
            finished, seconds, sizes, frames = measure(page, key, presses)
            ms = [s * 1000 for s in seconds]
            print(f"{name:8} {key:11} {statistics.median(finished) * 1000:12.0f} ms "
                  f"{statistics.median(ms):7.0f} ms ({min(ms):4.0f}–"
                  f"{max(ms):4.0f}) {statistics.median(sizes):9,.0f} B "
                  f"({min(sizes):,}–{max(sizes):,}) {statistics.median(frames):5.0f}  {what}")
        context.close()


if __name__ == "__main__":
    main()
