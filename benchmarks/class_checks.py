"""The class benchmark's checks beyond the table: soak, closed tabs, overload, bad students,
and the simulation against a real Chromium. Run through `bench_class.py --soak` etc.; each
prints what it saw and asserts nothing.
"""

from __future__ import annotations

import asyncio
import statistics
import time
import urllib.request

from benchmarks.bench_class import (
    CONTROLS,
    Server,
    Target,
    attend_all,
    close_all,
    ms,
    open_all,
    percentile,
    serve,
    targets,
    warm_up,
)
from benchmarks.students import Student, Tally, active_sessions, cpu_seconds, rss_mb
from tests.browser import harness


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
            # Idle is a server that has served every page once (imports and caches warm),
            # with no session left: what a server looks like between two classes.
            for warm in targets(list(CONTROLS), False, CONTROLS):
                await warm_up(server, warm)
            await asyncio.sleep(args.ttl + 2)  # the warm-up's stored sessions expire too
            await probe_sweep(server, target)
            await asyncio.sleep(2)
            idle = rss_mb(server.pid)
            print(f"close, {page}: 60 students move 10 s, then close their tabs "
                  f"(server.disconnectedSessionTTL = {args.ttl} s); twice, so that the "
                  f"second class shows whether the first one's memory is used again. Idle: "
                  f"one student has opened every page once and left")
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
                swept = rss_mb(server.pid)
                await asyncio.sleep(15)  # the app's memory watcher looks every 10 s
                after = rss_mb(server.pid)
                print(f"  class {wave}: RSS idle {idle:.0f} MB, with 60 sessions {full:.0f} MB; "
                      f"active sessions 1 s after closing: {active}; errors {len(tally.errors)}"
                      f"; after the TTL a closed tab's session id "
                      f"{'was RESUMED (still stored)' if resumed else 'got a new session (gone)'}"
                      f"; RSS 2 s after the sweep {swept:.0f} MB = {(swept - idle) / idle:+.1%}"
                      f" of idle, 17 s after {after:.0f} MB = {(after - idle) / idle:+.1%}")
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
    """30 ordinary students; then the same with one client sending 50 moves a second; then
    with that one, a client sending garbage frames and one sending huge values beside them."""
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
            for label in ("30 students", "30 students + 50 moves/s",
                          "30 students + garbage, huge values, 50 moves/s"):
                tally = Tally()
                students = await open_all(server, target, 30, tally)
                counts = {"garbage": 0, "garbage_refused": 0, "huge": 0, "huge_refused": 0}
                until = time.perf_counter() + args.seconds
                extra, fast = [], []
                fast_tally = Tally()
                if "50 moves/s" in label:
                    fast = await open_all(server, target, 1, fast_tally, seed=500)
                    extra = [attend_all(fast, args.seconds, interval_s=0.02)]
                if "garbage" in label:
                    extra += [garbage(until, counts), huge(until, counts)]
                cpu0 = cpu_seconds(server.pid)
                await asyncio.gather(attend_all(students, args.seconds), *extra)
                cpu = cpu_seconds(server.pid) - cpu0
                exceptions = sum(len(s.exception_texts) for s in students)
                await close_all(students + fast)
                print(f"robust, {page}, {label}: the 30: p50 "
                      f"{ms(percentile(tally.latencies, .5))}, p95 "
                      f"{ms(percentile(tally.latencies, .95))}, max "
                      f"{ms(max(tally.latencies, default=float('nan')))}, errors "
                      f"{len(tally.errors)}, exception pages {exceptions}; server CPU "
                      f"{cpu / args.seconds:.0%}; healthy {health(server.url)}"
                      + (f"; garbage frames {counts['garbage']}, huge values "
                         f"{counts['huge']} (refused {counts['huge_refused']})"
                         if "garbage" in label else "")
                      + (f"; fast student {fast_tally.moves} moves, runs "
                         f"{fast[0].runs - 1 if fast else 0}, dropped "
                         f"{fast_tally.dropped}" if "50 moves/s" in label else ""), flush=True)
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
