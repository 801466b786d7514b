"""scripts/serve_class.sh: a class on three replicas behind HAProxy survives losing one.

90 simulated students (benchmarks/students.py, Streamlit's own websocket protocol) open the
scalar page through HAProxy and move its `w` slider once a second. One replica is killed
mid-run. Its students' connections drop; like a browser they reconnect, land on another
replica (the sticky cookie names a dead one, HAProxy redispatches) and get their page back
from the URL alone (the slider where they left it). The other students see no error, and
HAProxy's health check takes the killed replica out of rotation. Latency is not asserted
here: `python benchmarks/bench_class.py --replicas 3` prints it.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import threading
import time

import pytest

from benchmarks.replicas import COOKIE, serve_class
from benchmarks.students import Student, Tally

pytestmark = pytest.mark.replicas

STUDENTS = 90
SECONDS = 14  # of moves; the replica dies after KILL_AT
KILL_AT = 4
REPLICAS = 3


def replica_of(student: Student) -> str:
    """The replica HAProxy's cookie pins this student to."""
    for part in student.cookie.split("; "):
        name, _, value = part.partition("=")
        if name == COOKIE:
            return value
    return ""


@pytest.fixture
def balancer(tmp_path):
    if shutil.which("haproxy") is None:
        if os.environ.get("CI"):
            pytest.fail("CI is set and haproxy is missing (apt-get install haproxy)")
        pytest.skip("haproxy is not installed (apt-get install haproxy)")
    with serve_class(REPLICAS, tmp_path) as running:
        yield running


def test_a_killed_replica_costs_its_students_a_reconnect_and_nothing_else(balancer):
    async def lesson() -> tuple[list[Student], list[Tally], dict[str, str], float]:
        tallies = [Tally() for _ in range(STUDENTS)]
        students = [Student(f"{balancer.url}/scalar?lang=en", "w", tally, seed=i,
                            reconnect=True) for i, tally in enumerate(tallies)]
        await asyncio.gather(*(s.open() for s in students))
        first = {id(s): replica_of(s) for s in students}
        until = time.perf_counter() + SECONDS
        moving = asyncio.gather(*(s.attend(until) for s in students))
        await asyncio.sleep(KILL_AT)
        balancer.kill_replica(1)
        took = await asyncio.to_thread(
            balancer.wait_until, lambda status: status.get("replica1") != "UP", 15,
            "HAProxy takes the killed replica out of rotation")
        await moving
        await asyncio.gather(*(s.close() for s in students))
        return students, tallies, first, took

    students, tallies, first, took = _run_in_own_thread(lesson())
    assert sorted(set(first.values())) == ["replica1", "replica2", "replica3"]

    killed = [(s, t) for s, t in zip(students, tallies, strict=True)
              if first[id(s)] == "replica1"]
    others = [(s, t) for s, t in zip(students, tallies, strict=True)
              if first[id(s)] != "replica1"]
    assert killed and others
    for student, tally in others:
        assert tally.errors == [] and student.reconnects == 0, (first[id(student)],
                                                                tally.errors[:3])
        assert len(tally.latencies) >= SECONDS - 3  # every move got its run
    for student, tally in killed:
        # Reconnected once, to a live replica, with the slider restored from the URL (a
        # wrong value would be an error in the tally), and kept moving afterwards. The live
        # replica is another one, or replica1 itself once serve_class.sh has restarted it
        # and HAProxy's check has seen it up again (on a quiet machine that takes < 2 s).
        assert tally.errors == [], tally.errors[:3]
        assert student.reconnects == 1
        assert replica_of(student) in {"replica1", "replica2", "replica3"}
        assert len(tally.latencies) >= SECONDS - KILL_AT - 3
    assert took < 15


def _run_in_own_thread(coroutine):
    """`asyncio.run` in a thread of its own: in the whole suite, Playwright's sync API keeps an
    event loop running in the main thread, where `asyncio.run` refuses to start another."""
    result: dict[str, object] = {}

    def target() -> None:
        try:
            result["value"] = asyncio.run(coroutine)
        except BaseException as error:  # re-raised in the test's thread below
            result["error"] = error

    thread = threading.Thread(target=target, name="class")
    thread.start()
    thread.join()
    if "error" in result:
        raise result["error"]
    return result["value"]
