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
printed too. Prints numbers, asserts nothing.
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
    active_sessions,
    cpu_seconds,
    rss_mb,
)
from tests.browser import harness  # noqa: E402

# The slider each page's students move (a control every reader of that page moves).
CONTROLS = {"scalar": "w", "vector": "v_features", "matrix": "m_samples",
            "batch": "bl_batch", "learn": "lr_epochs"}
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


# ---------------------------------------------------------------- modes


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


def soak(args, page: str) -> None:
    target = targets([page], False, CONTROLS)[0]
    with serve(target, args.url) as server:
        async def run() -> None:
            await warm_up(server, target)
            tally = Tally()
            students = await open_all(server, target, 30, tally)
            seconds = args.minutes * 60
            until = time.perf_counter() + seconds
            max_moves = args.moves // 30 if args.moves else None
            task = asyncio.gather(*(s.attend(until, 1.0, max_moves) for s in students),
                                  return_exceptions=True)
            samples = []
            start = time.perf_counter()
            while not task.done():
                samples.append((time.perf_counter() - start, rss_mb(server.pid)))
                await asyncio.wait([task], timeout=args.minutes * 60 / 40)
            for result in task.result():
                if isinstance(result, BaseException):
                    tally.errors.append(repr(result))
            await close_all(students)
            warm = [rss for t, rss in samples if t >= samples[-1][0] * 0.2]
            growth = (warm[-1] - warm[0]) / warm[0] if len(warm) > 1 else float("nan")
            print(f"soak, {page}: 30 students, {tally.moves} moves in "
                  f"{samples[-1][0] / 60:.1f} min; errors {len(tally.errors)}, dropped "
                  f"{tally.dropped}; p50 {ms(percentile(tally.latencies, .5))}, p95 "
                  f"{ms(percentile(tally.latencies, .95))}; RSS after warm-up (first 20 %) "
                  f"{warm[0]:.0f} → {warm[-1]:.0f} MB ({growth:+.1%}); max "
                  f"{max(r for _, r in samples):.0f} MB")
            print("RSS samples (min, MB): " + ", ".join(
                f"{t / 60:.1f}: {r:.0f}" for t, r in samples[::max(1, len(samples) // 12)]))
            for error in tally.errors[:5]:
                print("  error:", error[:200])
        asyncio.run(run())


def close(args, page: str) -> None:
    target = targets([page], False, CONTROLS)[0]
    extra = ("--server.disconnectedSessionTTL", str(args.ttl))
    with serve(target, args.url, extra) as server:
        async def run() -> None:
            await warm_up(server, target)
            await asyncio.sleep(args.ttl + 2)  # the warm-up's stored session expires too
            await probe_sweep(server, target)
            idle = rss_mb(server.pid)
            print(f"close, {page}: 60 students move 10 s, then close their tabs "
                  f"(server.disconnectedSessionTTL = {args.ttl} s); twice, so that the "
                  f"second class shows whether the first one's memory is used again")
            for wave in (1, 2):
                tally = Tally()
                students = await open_all(server, target, 60, tally, seed=wave * 100)
                await attend_all(students, 10)
                full = rss_mb(server.pid)
                ids = [s.session_id for s in students]
                await close_all(students)
                await asyncio.sleep(1)
                active = active_sessions(server.url)
                await asyncio.sleep(args.ttl + 2)
                # A session is resumable until the TTL: reconnecting with its id brings it
                # back. After the TTL the server starts a new one; that disconnect also
                # sweeps the expired sessions out (Streamlit expires them on a write).
                resumed = await probe_sweep(server, target, reconnect_to=ids[0])
                await asyncio.sleep(2)
                after = rss_mb(server.pid)
                print(f"  class {wave}: RSS idle {idle:.0f} MB, with 60 sessions {full:.0f} MB; "
                      f"active sessions 1 s after closing: {active}; errors {len(tally.errors)}"
                      f"; after the TTL a closed tab's session id "
                      f"{'was RESUMED (still stored)' if resumed else 'got a new session (gone)'}"
                      f"; RSS {after:.0f} MB = {(after - idle) / idle:+.1%} of idle")
        asyncio.run(run())


async def probe_sweep(server: Server, target: Target, reconnect_to: str = "") -> bool:
    """Open and close one tab (optionally resuming `reconnect_to`); True if resumed."""
    tally = Tally()
    student = Student(server.url + target.path, target.key, tally, seed=99)
    await student.open(reconnect_to=reconnect_to)
    resumed = bool(reconnect_to) and student.session_id == reconnect_to
    await student.close()
    return resumed


def overload(args, page: str) -> None:
    target = targets([page], False, CONTROLS)[0]
    with serve(target, args.url) as server:
        async def run() -> None:
            await warm_up(server, target)
            phases = []
            for label, n, seconds in (("10 students", 10, 15), ("200 students", 200, 30),
                                      ("10 students again", 10, 15)):
                tally = Tally()
                students = await open_all(server, target, n, tally, seed=len(phases) * 1000)
                await attend_all(students, seconds)
                exceptions = sum(len(s.exception_texts) for s in students)
                await close_all(students)
                phases.append(label)
                healthy = health(server.url)
                print(f"overload, {page}, {label}: {tally.moves} moves, first load p50 "
                      f"{ms(statistics.median(tally.first_loads or [float('nan')]))}, p50 "
                      f"{ms(percentile(tally.latencies, .5))}, p95 "
                      f"{ms(percentile(tally.latencies, .95))}, max "
                      f"{ms(max(tally.latencies, default=float('nan')))}; errors "
                      f"{len(tally.errors)}, exception pages {exceptions}, dropped "
                      f"{tally.dropped}; server healthy: {healthy}", flush=True)
                for error in tally.errors[:3]:
                    print("  error:", error[:200])
        asyncio.run(run())


def health(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=5) as response:
            return response.status == 200
    except OSError:
        return False


def robust(args, page: str) -> None:
    """30 ordinary students; then the same with three bad ones beside them."""
    from streamlit.proto.BackMsg_pb2 import BackMsg

    target = targets([page], False, CONTROLS)[0]
    with serve(target, args.url) as server:
        async def garbage(until: float, counts: dict) -> None:
            # Bytes that are no BackMsg, then a text frame: the server closes the socket
            # each time (1002, or a TypeError logged); the student opens a new tab.
            payloads = [b"\xff\x00garbage" * 50, "text frame", b"\x0a\xff\xff\xff\xff\x0f"]
            while time.perf_counter() < until:
                student = Student(server.url + target.path, target.key, Tally(), seed=7)
                try:
                    await student.open()
                    await student.send_raw(payloads[counts["garbage"] % len(payloads)])
                    counts["garbage"] += 1
                    await asyncio.sleep(0.2)
                except Exception:
                    counts["garbage_refused"] += 1
                await student.close()

        async def huge(until: float, counts: dict) -> None:
            # A rerun whose widget state carries a huge value (a 900 KB string, under the
            # 1 MB widget-state limit), then one of 1e308, as a slider value.
            student = Student(server.url + target.path, target.key, Tally(), seed=8)
            await student.open()
            while time.perf_counter() < until:
                message = BackMsg()
                message.rerun_script.query_string = student.query_string
                message.rerun_script.page_script_hash = student.page_script_hash
                state = message.rerun_script.widget_states.widgets.add()
                state.id = student.widget.id
                if counts["huge"] % 2:
                    state.double_array_value.data.append(1e308)
                else:
                    state.string_value = "9" * 900_000
                try:
                    await student.send_raw(message.SerializeToString())
                    counts["huge"] += 1
                except Exception:
                    counts["huge_refused"] += 1
                    break
                await asyncio.sleep(1)
            await student.close()

        async def run() -> None:
            await warm_up(server, target)
            for label in ("30 students", "30 students + garbage, huge values, 50 moves/s"):
                tally = Tally()
                students = await open_all(server, target, 30, tally)
                counts = {"garbage": 0, "garbage_refused": 0, "huge": 0, "huge_refused": 0}
                until = time.perf_counter() + args.seconds
                extra = []
                fast_tally = Tally()
                if "garbage" in label:
                    fast = await open_all(server, target, 1, fast_tally, seed=500)
                    extra = [garbage(until, counts), huge(until, counts),
                             attend_all(fast, args.seconds, interval_s=0.02)]
                cpu0 = cpu_seconds(server.pid)
                await asyncio.gather(attend_all(students, args.seconds), *extra)
                cpu = cpu_seconds(server.pid) - cpu0
                exceptions = sum(len(s.exception_texts) for s in students)
                await close_all(students)
                print(f"robust, {page}, {label}: the 30: p50 "
                      f"{ms(percentile(tally.latencies, .5))}, p95 "
                      f"{ms(percentile(tally.latencies, .95))}, max "
                      f"{ms(max(tally.latencies, default=float('nan')))}, errors "
                      f"{len(tally.errors)}, exception pages {exceptions}; server CPU "
                      f"{cpu / args.seconds:.0%}; healthy {health(server.url)}"
                      + (f"; garbage frames {counts['garbage']}, huge values "
                         f"{counts['huge']} (refused {counts['huge_refused']}), fast "
                         f"student {fast_tally.moves} moves, dropped {fast_tally.dropped}"
                         if "garbage" in label else ""), flush=True)
                for error in tally.errors[:3]:
                    print("  error:", error[:200])
        asyncio.run(run())


IN_PAGE_CLOCK = """(() => {
  const Native = window.WebSocket;
  window.__neuronLab = {sent: [], received: []};
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args);  // listening before Streamlit does: the time a message is dispatched
      this.addEventListener("message", () => window.__neuronLab.received.push(
        performance.now()));
    }
    send(data) { window.__neuronLab.sent.push(performance.now()); return super.send(data); }
  };
})();"""


def chromium(args, page: str) -> None:
    """One student, in Chromium and simulated, the same slider. Both are timed from the
    rerun request leaving the client to the run's end arriving: in Chromium by the page's
    own clock (`performance.now()` when its websocket sends, and when it dispatches the
    message that ends the run; which message that is, Playwright's copy of the frames
    tells), in the simulation by the student's. Chromium's time before it sends (key press,
    React) is printed apart."""
    key = CONTROLS[page]
    target = targets([page], False, CONTROLS)[0]
    with serve(target, args.url) as server:
        asyncio.run(warm_up(server, target))
        with harness.chromium() as browser:
            context = browser.new_context(viewport={"width": 1400, "height": 900})
            context.add_init_script(IN_PAGE_CLOCK)
            tab = context.new_page()
            finished: list[bool] = []  # per frame received, in order: does it end a run?
            tab.on("websocket", lambda socket: socket.on(
                "framereceived", lambda payload: finished.append(
                    harness.is_run_finished(payload))))
            harness.open_page(tab, f"{server.url}{target.path}")
            traffic = harness.traffic(tab)
            tab.locator(f".st-key-{key} input[type=range]").focus()
            real, before, sends, runs = [], [], [], []
            idle0, idle_start = cpu_seconds(server.pid), time.perf_counter()
            tab.wait_for_timeout(5000)  # the server's CPU with an idle tab open
            idle_rate = (cpu_seconds(server.pid) - idle0) / (time.perf_counter() - idle_start)
            cpu0, bytes0, start = cpu_seconds(server.pid), traffic.bytes, time.perf_counter()
            for _ in range(args.presses):
                frames_before = len(finished)
                sent_before = len(tab.evaluate("window.__neuronLab.sent"))
                pressed = tab.evaluate("performance.now()")
                with harness.rerun(tab):
                    tab.keyboard.press("ArrowRight")
                clock = tab.evaluate("window.__neuronLab")
                end = finished.index(True, frames_before)
                real.append((clock["received"][end] - clock["sent"][-1]) / 1000)
                before.append((clock["sent"][-1] - pressed) / 1000)
                sends.append(len(clock["sent"]) - sent_before)
                runs.append(sum(finished[frames_before:]))
            real_cpu = (cpu_seconds(server.pid) - cpu0
                        - idle_rate * (time.perf_counter() - start)) / args.presses
            real_bytes = (traffic.bytes - bytes0) / args.presses
            harness.assert_no_exception(tab)
            context.close()

        async def simulated() -> list[float]:
            tally = Tally()
            [student] = await open_all(server, target, 1, tally)
            cpu0, bytes0, start = cpu_seconds(server.pid), student.bytes, time.perf_counter()
            for _ in range(args.presses):
                await student.move()
                await student.attend(time.perf_counter(), max_moves=0)
            busy = cpu_seconds(server.pid) - cpu0 - idle_rate * (time.perf_counter() - start)
            per_move = (busy / args.presses,
                        (student.bytes - bytes0) / args.presses)
            await student.close()
            return tally.latencies, per_move

        latencies, (fake_cpu, fake_bytes) = asyncio.run(simulated())
        fake = statistics.median(latencies)
    print(f"one student, {page}, slider {key}, {args.presses} moves, medians: Chromium rerun "
          f"request sent → run finished {ms(statistics.median(real))} (key press → sent "
          f"{ms(statistics.median(before))}); simulated student {ms(fake)}; simulated / "
          f"Chromium {fake / statistics.median(real):.2f}. Server CPU per move, less the "
          f"idle server's ({idle_rate:.1%} of a core): Chromium "
          f"{ms(real_cpu)}, simulated {ms(fake_cpu)}; bytes received per move: Chromium "
          f"{real_bytes:,.0f}, simulated {fake_bytes:,.0f}; Chromium messages sent per press "
          f"{statistics.median(sends):.0f}, runs finished {statistics.median(runs):.0f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", default="scalar,vector,matrix,batch",
                        help="comma-separated lesson pages (the first is used by the modes)")
    parser.add_argument("--students", default="1,10,30,60,100",
                        type=lambda text: [int(n) for n in text.split(",")])
    parser.add_argument("--seconds", type=float, default=20.0, help="moving time per row")
    parser.add_argument("--no-floor", action="store_true", help="skip the floor skeletons")
    parser.add_argument("--control", action="append", default=[], metavar="PAGE=KEY",
                        help="move another slider on a page (e.g. learn=lr_epochs)")
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
            globals()[name](args, pages[0])
            return
    table(args, pages)


if __name__ == "__main__":
    main()
