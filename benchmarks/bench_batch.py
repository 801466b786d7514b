"""How heavy is the batch page's animation, and how long does the server take to build it?

Run:  python benchmarks/bench_batch.py

For each size it prints:

- ``frames``     -- frames in the animation (one per batch);
- ``fig bytes``  -- ``len(figure.to_json())`` of the animated figure (what Plotly.js receives);
- ``wire bytes`` -- the chart's spec as the app actually sends it (AppTest proto), in bytes;
- ``build ms``   -- the loop through the neuron plus the figure (median of 5);
- ``page ms``    -- a whole rerun of the page from the entry point (AppTest, median of 3).

Target: under 1 MB for the largest sizes (n_data=500, n_features=64, batch_size=1: 500 frames).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from streamlit.testing.v1 import AppTest

from figures.batch import BatchText, batch_figure
from i18n import translator
from lesson import batch as spec

ROOT = Path(__file__).resolve().parents[1]
SIZES = [  # (n_data, batch_size, n_features, drop_last)
    (100, 8, 20, True),  # the lesson
    (100, 8, 20, False),
    (500, 500, 64, True),
    (500, 7, 64, False),
    (500, 1, 64, True),  # the largest animation
]


def build(n_data: int, batch_size: int, n_features: int, drop_last: bool) -> str:
    tr = translator("ko")  # Korean titles: the longest strings
    loop = spec.run_loop(0, n_features, n_data, batch_size, drop_last)
    words = {f: tr(f"batch.{f}") for f in ("ledger_title", "current_title", "play", "pause",
                                          "slider_prefix", "sample", "sample_axis", "feature",
                                          "dropped")}
    text = BatchText(x_title=tr("batch.x_title", nf=n_features, nd=n_data),
                     collected_title=tr("batch.collected_title", n=loop.counts.n_used),
                     remainder_note="…", batch=tr("batch.word"),
                     frame_titles=tuple(s.title for s in loop.steps), **words)
    figure = batch_figure(loop.X, [(s.start, s.stop) for s in loop.steps],
                          [s.trace.a for s in loop.steps], step=0, frame_ms=500, text=text)
    return figure.to_json()


def page(n_data: int, batch_size: int, n_features: int, drop_last: bool) -> tuple[float, int]:
    times, size = [], 0
    for _ in range(3):
        at = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=60)
        at.query_params.update({"bl_n_data": str(n_data), "bl_batch": str(batch_size),
                                "bl_features": str(n_features),
                                "bl_drop_last": str(drop_last).lower()})
        at.run()
        at.switch_page("pages/batch.py")
        start = time.perf_counter()
        at.run()
        times.append(time.perf_counter() - start)
        assert not at.exception, at.exception
        spec_json = next(e.proto.spec for e in at.get("plotly_chart")
                         if "bl_animation" in e.proto.id)
        size = len(spec_json.encode())
    return statistics.median(times) * 1000, size


def main() -> None:
    print(f"{'n_data':>6} {'batch':>5} {'feat':>4} {'drop':>5} {'frames':>6} {'fig bytes':>10} "
          f"{'wire bytes':>10} {'build ms':>9} {'page ms':>8}")
    for n_data, batch_size, n_features, drop_last in SIZES:
        builds = []
        for _ in range(5):
            start = time.perf_counter()
            payload = build(n_data, batch_size, n_features, drop_last)
            builds.append(time.perf_counter() - start)
        page_ms, wire = page(n_data, batch_size, n_features, drop_last)
        frames = spec.counts(n_data, batch_size, drop_last).n_batches
        print(f"{n_data:>6} {batch_size:>5} {n_features:>4} {drop_last!s:>5} {frames:>6} "
              f"{len(payload):>10,} {wire:>10,} {statistics.median(builds) * 1000:>9.0f} "
              f"{page_ms:>8.0f}")


if __name__ == "__main__":
    main()
