"""Rerun time and chart bytes of the vector and matrix pages at their largest sizes.

    python benchmarks/bench_pages.py [--runs 15]

Each scenario runs the app from its entry point (Streamlit's AppTest, no browser), then reruns
it `--runs` times and reports the median *server* time of a rerun: the time Streamlit spends
executing the script (entry point + page), measured around Streamlit's own script call, so
AppTest's polling does not count. The baseline is an empty page of this app (registered in its
navigation: entry point, navigation, sidebar; see benchmarks/common.py); the target is a ratio
of at most 3. The home page is shown for reference.
"chart bytes" is the size of every Plotly spec a rerun sends (what the browser downloads).
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from streamlit.testing.v1 import AppTest  # noqa: E402

from benchmarks.common import register_empty_page, time_scripts  # noqa: E402

_durations = time_scripts()

SCENARIOS = {
    "home page (app shell)": ("pages/home.py", {}),
    "vector, l_I=32, 50 passes, bug on": (
        "pages/vector.py", {"v_features": "32", "v_passes": "50", "v_bug": "true"}),
    "matrix, l_I=64, N=256": ("pages/matrix.py", {"m_features": "64", "m_samples": "256"}),
}


def time_reruns(at: AppTest, runs: int) -> float:
    _durations.clear()
    for _ in range(runs):
        at.run()
        assert not at.exception, at.exception
    return statistics.median(_durations)


def chart_bytes(at: AppTest) -> int:
    return sum(len(chart.proto.spec) for chart in at.get("plotly_chart"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs

    empty_path = register_empty_page()
    empty = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=60)
    empty.run()
    empty.switch_page(empty_path).run()
    baseline = time_reruns(empty, runs)
    print(f"{'scenario':40} {'median rerun':>13} {'ratio':>6} {'chart bytes':>12}")
    print(f"{'empty page of this app (baseline)':40} {baseline * 1000:10.1f} ms {1.0:6.1f} "
          f"{0:12,d}")
    for name, (page, query) in SCENARIOS.items():
        at = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=60)
        for key, value in query.items():
            at.query_params[key] = value
        at.run()
        at.switch_page(page).run()
        seconds = time_reruns(at, runs)
        print(f"{name:40} {seconds * 1000:10.1f} ms {seconds / baseline:6.1f} "
              f"{chart_bytes(at):12,d}")


if __name__ == "__main__":
    main()
