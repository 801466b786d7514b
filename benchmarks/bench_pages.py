"""Rerun time and chart bytes of the vector and matrix pages at their largest sizes.

    python benchmarks/bench_pages.py [--runs 30] [--cached-scripts]

Each scenario runs the app from its entry point (Streamlit's AppTest, no browser), then reruns
it `--runs` times, interleaved with the other scenarios run by run so that machine noise hits
them alike, and reports the median *server* time of a rerun: the time Streamlit spends
executing the script (entry point + page), measured around Streamlit's own script call, so
AppTest's polling does not count. The baseline is an empty page of this app (registered in its
navigation: entry point, navigation, sidebar; see benchmarks/common.py); the target is a ratio
of at most 3. The home page is shown for reference. AppTest compiles every script again on
every run; `--cached-scripts` compiles each once, as a server does.
"chart bytes" is the size of every Plotly spec a rerun sends (what the browser downloads).
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from streamlit.testing.v1 import AppTest  # noqa: E402

from benchmarks.common import (  # noqa: E402
    arguments,
    open_app,
    register_empty_page,
    time_scripts,
)

_durations = time_scripts()

SCENARIOS = {
    "home page (app shell)": ("pages/home.py", {}),
    "vector, l_I=32, 50 passes, bug on": (
        "pages/vector.py", {"v_features": "32", "v_passes": "50", "v_bug": "true"}),
    "matrix, l_I=64, N=256": ("pages/matrix.py", {"m_features": "64", "m_samples": "256"}),
    # Its ratio against its own floor skeleton: benchmarks/bench_learn.py.
    "learn, 5,000 steps (largest)": (
        "pages/learn.py", {"ln_samples": "500", "ln_batch": "1", "ln_epochs": "100"}),
}


def chart_bytes(at: AppTest) -> int:
    return sum(len(chart.proto.spec) for chart in at.get("plotly_chart"))


def main() -> None:
    args = arguments(__doc__, runs=30)

    empty_path = register_empty_page()
    apps = {"empty page of this app (baseline)": (empty_path, {}),
            **SCENARIOS}
    tests = {name: open_app(page, query) for name, (page, query) in apps.items()}
    for _ in range(3):  # warm-up: imports and caches are not what a rerun costs
        for at in tests.values():
            at.run()
    # Interleaved, run by run, so that machine noise hits every scenario alike.
    times: dict[str, list[float]] = {name: [] for name in tests}
    for _ in range(args.runs):
        for name, at in tests.items():
            _durations.clear()
            at.run()
            assert not at.exception, at.exception
            times[name].append(sum(_durations))
    medians = {name: statistics.median(values) for name, values in times.items()}
    baseline = medians[next(iter(apps))]
    cached = ", scripts compiled once" if args.cached_scripts else ""
    print(f"{args.runs} reruns each, median script time (interleaved{cached})")
    print(f"{'scenario':40} {'median rerun':>13} {'ratio':>6} {'chart bytes':>12}")
    for name, at in tests.items():
        print(f"{name:40} {medians[name] * 1000:10.1f} ms {medians[name] / baseline:6.1f} "
              f"{chart_bytes(at):12,d}")


if __name__ == "__main__":
    main()
