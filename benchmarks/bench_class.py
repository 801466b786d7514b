"""A whole class at once: simulated students against a real `streamlit run`, over real sockets.

    python benchmarks/bench_class.py [--pages scalar,batch] [--students 1,10,30,60,100]
                                     [--seconds 20] [--no-floor]
    python benchmarks/bench_class.py --soak [--minutes 20 | --moves 20000]
    python benchmarks/bench_class.py --close [--ttl 120]
    python benchmarks/bench_class.py --overload
    python benchmarks/bench_class.py --robust
    python benchmarks/bench_class.py --chromium
    python benchmarks/bench_class.py --replicas 3 --students 90 --no-floor
    python benchmarks/bench_class.py --url http://127.0.0.1:8080 ...   (a running server)

Each student (`benchmarks/students.py`) opens a page by its URL, waits for the first run to
end, then moves one slider once a second (±20 % jitter) and times each move from sending it
to the server's "run finished". One fresh server per page and class size, warmed up by one
student first. Per page and class size it prints a markdown row: first load (median, max),
move latency p50 / p95 / max, errors, dropped runs (cut short by a newer move), the
server's CPU per move (from /proc: the whole process, all threads, divided by the moves),
its RSS with the class connected and the growth per session. Each lesson page is followed
by its bare skeleton from `bench_floor.py` (served by `floor_app.py`), and the ratio of the
CPU per move. The simulated students share this machine with the server: their own CPU is
printed too. The other modes are in `class_checks.py`. Prints numbers, asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import statistics
import sys
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_floor import PAGE_SKELETONS  # noqa: E402
from benchmarks.students import (  # noqa: E402
    Student,
    Tally,
    cpu_seconds,
    rss_mb,
)
from tests.browser import harness  # noqa: E402

# The slider each page's students move (a control every reader of that page moves).
CONTROLS = {"scalar": "w", "vector": "v_features", "matrix": "m_samples",
            "batch": "bl_batch", "learn": "ln_epochs"}
SKELETON_URL = "bench-bench_variant_page"
LOG = harness.ARTIFACTS / "streamlit-class.log"


@dataclass(frozen=True)
class Target:
    name: str  # "scalar", or "scalar floor"
    app: str  # the script `streamlit run` starts
    path: str  # URL path and query after the server's address
    key: str  # the slider to move


def targets(pages: list[str], floor: bool, controls: dict[str, str]) -> list[Target]:
    found = []
    for page in pages:
        found.append(Target(page, "streamlit_app.py", f"/{page}?lang=en", controls[page]))
        if floor and page in PAGE_SKELETONS:
            variant, key = PAGE_SKELETONS[page]
            query = urllib.parse.urlencode({"bench_variant": variant, "lang": "en"})
            found.append(Target(f"{page} floor", "benchmarks/floor_app.py",
                                f"/{SKELETON_URL}?{query}", key))
    return found


@dataclass
class Server:
    url: str
    pid: int | None  # None: a server this script did not start (no CPU or RSS)
    replicas: object = None  # a `benchmarks.replicas.Balancer`, with --replicas


def server_cpu(server: Server) -> float:
    """CPU seconds of the server, or of all its replicas."""
    if server.replicas is not None:
        count = len(server.replicas.status())
        return sum(cpu_seconds(server.replicas.replica_pid(i)) for i in range(1, count + 1))
    return cpu_seconds(server.pid) if server.pid else float("nan")


def server_rss(server: Server) -> float:
    if server.replicas is not None:
        count = len(server.replicas.status())
        return sum(rss_mb(server.replicas.replica_pid(i)) for i in range(1, count + 1))
    return rss_mb(server.pid) if server.pid else float("nan")


REPLICAS = 0  # --replicas: serve through scripts/serve_class.sh with this many


@contextlib.contextmanager
def serve(target: Target, given_url: str | None, extra: tuple[str, ...] = ()):
    if given_url:
        yield Server(given_url.rstrip("/"), None)
        return
    if REPLICAS and target.app == "streamlit_app.py":
        import tempfile

        from benchmarks.replicas import serve_class

        with tempfile.TemporaryDirectory() as run_dir, \
                serve_class(REPLICAS, Path(run_dir)) as balancer:
            yield Server(balancer.url, None, balancer)
        return
    server = harness.start_server(LOG, app=target.app, extra_args=extra)
    try:
        yield Server(server.url, server.process.pid)
    finally:
        harness.stop_server(server)


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


# ---------------------------------------------------------------- one class period


async def open_all(server: Server, target: Target, n: int, tally: Tally,
                   seed: int = 0) -> list[Student]:
    """N students open the page at the same moment; those that fail are reported."""
    students = [Student(server.url + target.path, target.key, tally, seed=seed + i)
                for i in range(n)]
    results = await asyncio.gather(*(s.open() for s in students), return_exceptions=True)
    opened = []
    for student, result in zip(students, results, strict=True):
        if isinstance(result, BaseException):
            tally.errors.append(f"open: {type(result).__name__}: {result}")
            await student.close()
        else:
            tally.first_loads.append(result)
            opened.append(student)
    return opened


async def attend_all(students: list[Student], seconds: float, interval_s: float = 1.0,
                     max_moves: int | None = None) -> None:
    until = time.perf_counter() + seconds
    results = await asyncio.gather(
        *(s.attend(until, interval_s, max_moves) for s in students), return_exceptions=True)
    for result in results:
        if isinstance(result, BaseException):
            students[0].tally.errors.append(f"move: {type(result).__name__}: {result}")


async def close_all(students: list[Student]) -> None:
    await asyncio.gather(*(s.close() for s in students), return_exceptions=True)


async def warm_up(server: Server, target: Target) -> None:
    """One student opens the page and moves a few times (imports, caches, first compile)."""
    tally = Tally()
    [student] = await open_all(server, target, 1, tally, seed=10_000) or [None]
    if student is not None:
        await student.attend(time.perf_counter() + 3, interval_s=0.3)
        await student.close()
    if tally.errors:
        raise RuntimeError(f"warm-up of {target.name} failed: {tally.errors[:3]}")


async def period(server: Server, target: Target, n: int, seconds: float) -> dict:
    """Warm up, then N students open the page together and move for `seconds`."""
    await warm_up(server, target)
    await asyncio.sleep(0.5)
    idle = server_rss(server)
    tally = Tally()
    students = await open_all(server, target, n, tally)
    cpu0 = server_cpu(server)
    client0 = time.process_time()
    moves0 = tally.moves
    await attend_all(students, seconds)
    moves = tally.moves - moves0
    cpu = server_cpu(server) - cpu0
    client = time.process_time() - client0
    rss = server_rss(server)
    exceptions = sum(len(s.exception_texts) for s in students)
    await close_all(students)
    return {
        "page": target.name + (f" ({REPLICAS} replicas)" if server.replicas else ""),
        "n": n, "moves": moves,
        "load_p50": statistics.median(tally.first_loads) if tally.first_loads else float("nan"),
        "load_max": max(tally.first_loads, default=float("nan")),
        "p50": percentile(tally.latencies, 0.5), "p95": percentile(tally.latencies, 0.95),
        "max": max(tally.latencies, default=float("nan")),
        "errors": len(tally.errors), "error_sample": tally.errors[:3],
        "exceptions": exceptions, "dropped": tally.dropped,
        "cpu_ms": cpu / max(moves, 1) * 1000, "cpu_share": cpu / seconds,
        "client_share": client / seconds,
        "rss": rss, "rss_idle": idle, "rss_per_session": (rss - idle) / max(n, 1),
    }


# ---------------------------------------------------------------- output

HEADER = ("| page | N | moves | first load p50 / max | p50 | p95 | max | errors | dropped "
          "| CPU / move | server CPU | students' CPU | RSS | RSS / session | page ÷ floor |\n"
          "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- "
          "| --- | --- |")


def ms(seconds: float) -> str:
    return "–" if seconds != seconds else f"{seconds * 1000:,.0f} ms"


def row(r: dict, page_over_floor: float | None = None) -> str:
    """A table row; on a floor's row, the page's CPU per move over the floor's."""
    ratio = f"{page_over_floor:.2f}" if page_over_floor else "–"
    return (f"| {r['page']} | {r['n']} | {r['moves']} | {ms(r['load_p50'])} / "
            f"{ms(r['load_max'])} | {ms(r['p50'])} | {ms(r['p95'])} | {ms(r['max'])} | "
            f"{r['errors']} | {r['dropped']} | {r['cpu_ms']:.1f} ms | {r['cpu_share']:.0%} | "
            f"{r['client_share']:.0%} | {r['rss']:.0f} MB | {r['rss_per_session']:.2f} MB "
            f"| {ratio} |")


def machine() -> str:
    import os
    import platform

    import streamlit

    load = os.getloadavg()[0]
    return (f"{os.cpu_count()} CPUs, Python {platform.python_version()}, Streamlit "
            f"{streamlit.__version__}, load average {load:.1f} at the start")


def table(args, pages: list[str]) -> None:
    print(f"{machine()}; {args.seconds:.0f} s of moves per row, one move per student "
          f"per second\n")
    print(HEADER, flush=True)
    cpu: dict[tuple[str, int], float] = {}  # (target name, N) → CPU ms per move
    for target in targets(pages, not args.no_floor, CONTROLS):
        for n in args.students:
            with serve(target, args.url) as server:
                r = asyncio.run(period(server, target, n, args.seconds))
            cpu[target.name, n] = r["cpu_ms"]
            page = cpu.get((target.name.removesuffix(" floor"), n))
            is_floor = target.name.endswith(" floor")
            print(row(r, page / r["cpu_ms"] if is_floor and page and r["cpu_ms"] else None),
                  flush=True)
            for sample in r["error_sample"]:
                print(f"<!-- {target.name} N={n}: {sample[:200]} -->")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", default="scalar,vector,matrix,batch,learn",
                        help="comma-separated lesson pages (the first is used by the modes)")
    parser.add_argument("--students", default="1,10,30,60,100",
                        type=lambda text: [int(n) for n in text.split(",")])
    parser.add_argument("--seconds", type=float, default=20.0, help="moving time per row")
    parser.add_argument("--no-floor", action="store_true", help="skip the floor skeletons")
    parser.add_argument("--control", action="append", default=[], metavar="PAGE=KEY",
                        help="move another slider on a page (e.g. learn=ln_samples)")
    parser.add_argument("--url", help="use a running server (or a balancer) at this URL")
    parser.add_argument("--replicas", type=int, default=0,
                        help="serve the pages with scripts/serve_class.sh and this many "
                             "replicas (CPU and RSS are their sums)")
    mode = parser.add_mutually_exclusive_group()
    for name in ("soak", "close", "overload", "robust", "chromium"):
        mode.add_argument(f"--{name}", action="store_true")
    parser.add_argument("--minutes", type=float, default=20.0, help="soak length")
    parser.add_argument("--moves", type=int, help="soak: stop after this many moves")
    parser.add_argument("--ttl", type=int, default=120,
                        help="close: server.disconnectedSessionTTL (Streamlit's default 120)")
    parser.add_argument("--presses", type=int, default=20, help="chromium: moves to time")
    args = parser.parse_args()
    CONTROLS.update(dict(item.split("=", 1) for item in args.control))
    global REPLICAS
    REPLICAS = args.replicas
    pages = args.pages.split(",")
    for name in ("soak", "close", "overload", "robust", "chromium"):
        if getattr(args, name):
            from benchmarks import class_checks

            getattr(class_checks, name)(args, pages[0])
            return
    table(args, pages)


if __name__ == "__main__":
    # Run as the module `benchmarks.bench_class`, the one `class_checks` imports, so the
    # options set below (CONTROLS, REPLICAS) are the ones every part sees.
    from benchmarks.bench_class import main as module_main

    module_main()
