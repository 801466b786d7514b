"""A run's messages reach the server's event loop in batches: one wake-up per batch.

Streamlit hands every element a script draws to the event loop (which sends it to the
browser) with `call_soon_threadsafe`, and each call writes a byte to the loop's wake-up pipe:
the script thread drops the interpreter lock for that write, the loop thread wakes and takes
the lock, and the script waits to get it back. With 40-80 elements a run, that hand-over was
about a fifth of the server's time per slider move (py-spy on `streamlit run` with ten
simulated students, scalar page). Here a session's callbacks are queued and the loop is woken
only when the queue was empty: while it has not yet drained the queue, later elements join it.
The callbacks run in the order they were queued, as before.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from streamlit.runtime.app_session import AppSession

_LOGGER = logging.getLogger(__name__)
_ATTRIBUTE = "_neuron_lab_batched"
_CREATING = threading.Lock()  # a session's first callbacks may come from two threads


class Batch:
    """The callbacks one session's script thread has queued for the event loop."""

    def __init__(self, loop) -> None:
        self.loop = loop
        self.lock = threading.Lock()
        self.queued: list[Callable[[], None]] = []
        self.woken = False  # a drain is scheduled on the loop and has not started yet

    def call_soon(self, callback: Callable[[], None]) -> None:
        with self.lock:
            self.queued.append(callback)
            if self.woken:
                return
            self.woken = True
        try:
            self.loop.call_soon_threadsafe(self.drain)
        except RuntimeError:  # the loop is closed (shutdown): drop, as Streamlit does
            if not self.loop.is_closed():
                raise
            with self.lock:
                self.queued.clear()
                self.woken = False

    def drain(self) -> None:
        with self.lock:
            callbacks, self.queued = self.queued, []
            self.woken = False
        for callback in callbacks:
            try:
                callback()
            except Exception:  # one failing callback must not drop the ones after it
                _LOGGER.exception("Error in a script runner event callback")


def batch_wakeups() -> None:
    """Queue every session's event-loop callbacks as above, from now on (once a process)."""
    original = AppSession._call_soon_on_event_loop
    if getattr(original, _ATTRIBUTE, False):
        return

    def call_soon(self: AppSession, callback: Callable[[], None]) -> None:
        batch = self.__dict__.get(_ATTRIBUTE)
        if batch is None:
            if getattr(self, "_event_loop", None) is None:  # not the session we know
                original(self, callback)
                return
            with _CREATING:
                batch = self.__dict__.setdefault(_ATTRIBUTE, Batch(self._event_loop))
        batch.call_soon(callback)

    setattr(call_soon, _ATTRIBUTE, True)
    AppSession._call_soon_on_event_loop = call_soon
