"""Server time of one slider change on the scalar page, against an empty page.

    python benchmarks/bench_scalar_rerun.py [--runs 40] [--cached-scripts]

Both apps run in Streamlit's AppTest (no browser), in the same process, interleaved run by run
so that machine noise hits both alike. Each scalar rerun moves the `w` slider to a new value.
"Script time" is the time Streamlit spends executing the script (measured around its own
script call, so AppTest's polling does not count); "wall time" is the whole `AppTest.run()`.
Target (issue 3): median script-time ratio scalar / empty ≤ 2. Prints numbers, asserts nothing.

AppTest compiles every script again on every run (a fresh ScriptCache each time), and while a
`pages/` folder exists it also takes Streamlit's legacy path, so the page starts the shell
itself (`ui.shell`). A server compiles each script once. `--cached-scripts` gives AppTest one
shared ScriptCache, as a server has, to show what is left of a rerun without the compiling.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from streamlit.testing.v1 import AppTest  # noqa: E402

from benchmarks.common import (  # noqa: E402
    arguments,
    open_app,
    register_empty_page,
    time_scripts,
)
from lesson import scalar as spec  # noqa: E402

_script_times = time_scripts()

# The smallest page that still sends something to the browser.
EMPTY_PAGE = """\
import streamlit as st
st.title("empty")
"""
# What every page of the app pays: page config, notices, language and the sidebar.
SHELL_ONLY = """\
import streamlit as st
from ui import notices
from ui.sidebar import current_language, sidebar
st.set_page_config(page_title="Neuron Lab", layout="wide")
notices.start_run()
sidebar(current_language())
st.title("empty")
"""
NAMES = ("empty page", "empty page in the app's shell", "empty page of this app",
         "scalar page, w slider moved")



def timed_run(run) -> tuple[float, float]:
    """(script time, wall time) of one call of `run`, in seconds."""
    _script_times.clear()
    start = time.perf_counter()
    at = run()
    wall = time.perf_counter() - start
    assert not at.exception, at.exception
    return sum(_script_times), wall


def main() -> None:
    args = arguments(__doc__, runs=40)
    runs = args.runs

    empty = AppTest.from_string(EMPTY_PAGE, default_timeout=60)
    empty.run()
    shell = AppTest.from_string(SHELL_ONLY, default_timeout=60)
    shell.run()
    app_empty = open_app(register_empty_page())
    scalar = open_app("pages/scalar.py")
    # Warm-up: imports, caches and the first figure build are not what a slider move costs.
    for _ in range(3):
        empty.run()
        shell.run()
        app_empty.run()
        scalar.slider(key=spec.W.key).set_value(4.0).run()

    # A different w each time (a real change), on the slider's grid.
    values = [round(v, 2) for v in np.linspace(spec.W.lo + 1, spec.W.hi - 1, runs)]
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in NAMES}
    for value in values:
        times[NAMES[0]].append(timed_run(empty.run))
        times[NAMES[1]].append(timed_run(shell.run))
        times[NAMES[2]].append(timed_run(app_empty.run))
        times[NAMES[3]].append(timed_run(scalar.slider(key=spec.W.key).set_value(value).run))

    medians = {name: (statistics.median(t[0] for t in runs_),
                      statistics.median(t[1] for t in runs_)) for name, runs_ in times.items()}
    cached = ", scripts compiled once" if args.cached_scripts else ""
    print(f"{runs} reruns each, medians (interleaved, same process{cached})")
    print(f"{'':46} {'script time':>12} {'wall time':>12}")
    for name, (script, wall) in medians.items():
        print(f"{name:46} {script * 1000:9.1f} ms {wall * 1000:9.1f} ms")
    scalar_script, scalar_wall = medians[NAMES[3]]
    for baseline in NAMES[:3]:
        script, wall = medians[baseline]
        print(f"{'ratio scalar / ' + baseline:46} {scalar_script / script:10.1f} x "
              f"{scalar_wall / wall:10.1f} x")
    print("target (issue 3): ratio ≤ 2")


if __name__ == "__main__":
    main()
