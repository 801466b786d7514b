"""The Learn page: server time per move against its floor skeleton, and its chart payload.

    python benchmarks/bench_learn.py [--runs 30] [--cached-scripts]

1. Rerun time (AppTest, the app from its entry point, median script time, interleaved run by
   run as in bench_pages.py): the Learn page at the lesson's settings, a move of the learning
   rate back and forth between two values (each run cached after the first, as when a class
   shares a link), and a step button (a fragment rerun), against the bare skeleton of the same
   elements (`bench_floor.PAGE_SKELETONS["learn"]`: 12 controls, 3 buttons, 3 formulas,
   4 two-point charts, inside the closed Try it, code and Download boxes every page has,
   and the animation's sync component). Use `--cached-scripts` for what a server pays (it
   compiles each script once); without it the page's own compile counts on every run.
   Target: ratio ≤ 1.5 (issue 14). Also the script thread's CPU time per run and its
   ratio, which a busy machine inflates much less than the wall-clock time.
2. Payload: the bytes of every chart spec the page sends, at the lesson's settings and at the
   largest ones (500 samples, batch size 1, 100 epochs: cut to 5,000 steps). Target: the
   animation ≤ 1.5 MB.
3. A cold training run (no cache) at those settings: what the first student pays.
Prints numbers, asserts nothing.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_floor import PAGE_SKELETONS, VARIANTS  # noqa: E402
from benchmarks.common import (  # noqa: E402
    VARIANT_QUERY,
    arguments,
    open_app,
    register_variant_page,
    time_scripts,
)

_durations = time_scripts()


_cpu = time_scripts(clock=time.thread_time)

EMPTY = "empty page of this app (baseline)"
PAGE = "pages/learn.py"
LEARN_FLOOR = PAGE_SKELETONS["learn"][0]  # as bench_class and bench_page_floor use
LESSON: dict[str, str] = {}
LARGEST = {"ln_samples": "500", "ln_batch": "1", "ln_epochs": "100"}
RATES = ("0.5", "0.2")  # the learning-rate move, back and forth


def chart_bytes(at) -> dict[str, int]:
    return {e.proto.id.rsplit("-", 1)[-1]: len(e.proto.spec.encode())
            for e in at.get("plotly_chart")}


def main() -> None:
    args = arguments(__doc__, runs=30)
    path = register_variant_page({name: VARIANTS[name] for name in (EMPTY, LEARN_FLOOR)})
    apps = {name: open_app(path, {VARIANT_QUERY: name}) for name in (EMPTY, LEARN_FLOOR)}
    apps["learn: rerun, lesson settings"] = open_app(PAGE, LESSON)
    apps["learn: move the learning rate"] = open_app(PAGE, LESSON)
    apps["learn: Next step (fragment)"] = open_app(PAGE, LESSON)
    apps["learn: rerun, largest settings"] = open_app(PAGE, LARGEST)
    moves = {"learn: move the learning rate": 0}

    def run(name, at) -> None:
        if name in moves:
            moves[name] += 1
            at.select_slider(key="ln_lr").set_value(RATES[moves[name] % 2]).run()
        elif "Next step" in name:
            at.button(key="ln_next" if not at.button(key="ln_next").disabled
                      else "ln_restart").click().run()
        else:
            at.run()
        assert not at.exception, at.exception

    for _ in range(3):  # warm-up: imports, caches
        for name, at in apps.items():
            run(name, at)
    times: dict[str, list[float]] = {name: [] for name in apps}
    cpu: dict[str, list[float]] = {name: [] for name in apps}
    for _ in range(args.runs):
        for name, at in apps.items():
            _durations.clear()
            _cpu.clear()
            run(name, at)
            times[name].append(sum(_durations))
            cpu[name].append(sum(_cpu))
    medians = {name: statistics.median(values) for name, values in times.items()}
    cpu_medians = {name: statistics.median(values) for name, values in cpu.items()}
    empty, floor = medians[EMPTY], medians[LEARN_FLOOR]
    cpu_floor = cpu_medians[LEARN_FLOOR]
    cached = ", scripts compiled once" if args.cached_scripts else ""
    print(f"{args.runs} reruns each, median script time (interleaved{cached}); load "
          f"average {os.getloadavg()[0]:.1f}; CPU: the script thread's CPU time")
    print(f"{'scenario':52} {'median':>9} {'÷ empty':>8} {'÷ floor':>8} {'CPU':>9} "
          f"{'÷ floor':>8}")
    for name, median in medians.items():
        print(f"{name.strip():52} {median * 1000:6.1f} ms {median / empty:8.2f} "
              f"{median / floor:8.2f} {cpu_medians[name] * 1000:6.1f} ms "
              f"{cpu_medians[name] / cpu_floor:8.2f}")

    print("\nchart bytes per run (what the browser downloads)")
    for name in ("learn: rerun, lesson settings", "learn: rerun, largest settings"):
        sizes = chart_bytes(apps[name])
        print(f"{name:40} " + ", ".join(f"{k} {v:,}" for k, v in sizes.items())
              + f"; total {sum(sizes.values()):,}")

    from lesson import landscape, learn

    settings = learn.Settings(n_samples=500, batch="1", epochs=100)
    cold = []
    for _ in range(3):
        start = time.perf_counter()
        result = learn.run(settings)
        cold.append(time.perf_counter() - start)
    print(f"\ncold training run, largest settings ({result.n_steps} steps, landscape "
          f"{landscape.GRID}×{landscape.GRID}): {statistics.median(cold) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
