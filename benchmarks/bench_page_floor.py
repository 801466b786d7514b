"""Each lesson page against its floor skeleton, one slider move per rerun, in one process.

    python benchmarks/bench_page_floor.py [--pages scalar,vector,matrix,batch] [--runs 30]

The same comparison as `bench_class.py`'s "page ÷ floor", without a server: AppTest runs the
app from its entry point (scripts compiled once, as a server does), on the page and on its
skeleton from `bench_floor.py`, moving the slider the class benchmark moves (one step up, one
down, in turn) before every rerun, interleaved run by run. What is timed is the CPU time of
the thread that runs the script (`time.thread_time`), so other jobs on a shared machine
count far less than in wall-clock timings. AppTest reruns the whole app where a server reruns
only the page's fragment, so the ratios here are a little lower than a server's. Prints
medians, asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_class import CONTROLS  # noqa: E402
from benchmarks.bench_floor import PAGE_SKELETONS, VARIANTS  # noqa: E402
from benchmarks.common import (  # noqa: E402
    VARIANT_QUERY,
    open_app,
    register_variant_page,
    share_one_script_cache,
    time_scripts,
)


def move(at, key: str, run: int) -> None:
    """One step of the slider `key`: up on even runs, down on odd ones (within its range)."""
    slider = at.slider(key=key)
    step = slider.step or 1
    up = slider.value + step <= slider.max
    down = slider.value - step >= slider.min
    slider.set_value(slider.value + step if (run % 2 == 0 and up) or not down
                     else slider.value - step)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", default="scalar,vector,matrix,batch")
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    share_one_script_cache()
    durations = time_scripts(clock=time.thread_time)
    path = register_variant_page(VARIANTS)
    apps = {}
    for page in args.pages.split(","):
        apps[page] = open_app(f"pages/{page}.py", {"lang": "en"}), CONTROLS[page]
        variant, key = PAGE_SKELETONS[page]
        apps[f"{page} floor"] = open_app(path, {VARIANT_QUERY: variant, "lang": "en"}), key
    times: dict[str, list[float]] = {name: [] for name in apps}
    for run in range(-3, args.runs):  # three warm-up runs
        for name, (at, key) in apps.items():
            move(at, key, run)
            durations.clear()
            at.run()
            assert not at.exception, at.exception
            if run >= 0:
                times[name].append(sum(durations))
    median = {name: statistics.median(values) * 1000 for name, values in times.items()}
    print(f"{args.runs} reruns each, median CPU time of the script thread (load average "
          f"{os.getloadavg()[0]:.1f})")
    for page in args.pages.split(","):
        print(f"{page:8} {median[page]:6.2f} ms   floor {median[page + ' floor']:6.2f} ms   "
              f"page ÷ floor {median[page] / median[page + ' floor']:.2f}")


if __name__ == "__main__":
    main()
