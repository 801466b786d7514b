"""ui/server_wakeups.py: a session's event-loop callbacks arrive in order, in batches."""

from ui import server_wakeups


class Loop:
    def __init__(self) -> None:
        self.wakeups: list = []

    def call_soon_threadsafe(self, callback) -> None:
        self.wakeups.append(callback)

    def is_closed(self) -> bool:
        return False

    def run_once(self) -> None:
        wakeups, self.wakeups = self.wakeups, []
        for callback in wakeups:
            callback()


def test_many_callbacks_wake_the_loop_once_and_run_in_order():
    loop, ran = Loop(), []
    batch = server_wakeups.Batch(loop)
    for i in range(50):
        batch.call_soon(lambda i=i: ran.append(i))
    assert len(loop.wakeups) == 1
    loop.run_once()
    assert ran == list(range(50))
    batch.call_soon(lambda: ran.append("next run"))  # after a drain: a new wake-up
    assert len(loop.wakeups) == 1
    loop.run_once()
    assert ran[-1] == "next run"


def test_a_failing_callback_does_not_drop_the_ones_after_it(caplog):
    loop, ran = Loop(), []
    batch = server_wakeups.Batch(loop)
    batch.call_soon(lambda: ran.append(1))
    batch.call_soon(lambda: 1 / 0)
    batch.call_soon(lambda: ran.append(3))
    loop.run_once()
    assert ran == [1, 3]
    assert "ZeroDivisionError" in caplog.text
