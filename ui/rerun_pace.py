"""One tab cannot hog the server: a session's reruns start at most every `GAP_S` seconds.

Every slider move or key press a browser sends is a `rerun_script` request, and Streamlit
starts (or restarts) the session's script for each one at once. A client that sends fifty a
second made the server run the page fifty times a second, which cost as much as a dozen
students and slowed everyone else's moves (`benchmarks/bench_class.py --robust`). A browser
sends a burst of requests too, while a reader holds an arrow key down.

So a request that arrives while the session's script is still running, or less than `GAP_S`
after the session's last run started, is held, and only the latest one runs: when the
running script has finished and the gap has passed. Streamlit merges the held requests' widget
states as it merges queued reruns (`_coalesce_widget_states`: the newest value of each
widget, and a button press that a later request no longer carries is kept), so a held click
is never lost; held fragment reruns of different fragments become one run of the whole app.
A reader who moves a slider once a second never waits for it.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

from streamlit.proto.ClientState_pb2 import ClientState
from streamlit.runtime.app_session import AppSession, AppSessionState
from streamlit.runtime.scriptrunner_utils.script_requests import _coalesce_widget_states

GAP_S = 0.15  # shortest time between the starts of two runs of one session
POLL_S = 0.02  # while a held request waits for the running script to end
_ATTRIBUTE = "_neuron_lab_pace"


class Pace:
    """The held request of one session and when its last run started."""

    def __init__(self, session, run: Callable[[object, ClientState | None], None],
                 clock: Callable[[], float] = time.monotonic,
                 call_later: Callable | None = None) -> None:
        self.session = session
        self.run = run  # Streamlit's own handler: runs the request now
        self.clock = clock
        self.call_later = call_later  # default: the running event loop's
        self.started = float("-inf")
        self.held: ClientState | None = None
        self.timer = None

    def busy(self) -> bool:
        return (self.session._state == AppSessionState.APP_IS_RUNNING
                or self.clock() - self.started < GAP_S)

    def request(self, client_state: ClientState | None) -> None:
        """A rerun request from the browser: run it now, or hold it (the latest wins)."""
        if client_state is None or (self.held is None and not self.busy()):
            self._start(client_state)
            return
        self.held = client_state if self.held is None else merge(self.held, client_state)
        if self.timer is None:
            self._wait(max(self.started + GAP_S - self.clock(), POLL_S))

    def _wait(self, delay: float) -> None:
        later = self.call_later or asyncio.get_running_loop().call_later
        self.timer = later(delay, self._release)

    def _release(self) -> None:
        self.timer = None
        if self.held is None or self.session._state == AppSessionState.SHUTDOWN_REQUESTED:
            self.held = None
            return
        if self.busy():
            self._wait(max(self.started + GAP_S - self.clock(), POLL_S))
            return
        held, self.held = self.held, None
        self._start(held)

    def _start(self, client_state: ClientState | None) -> None:
        self.started = self.clock()
        self.run(self.session, client_state)


def merge(older: ClientState, newer: ClientState) -> ClientState:
    """One request that does what `older` then `newer` would have done."""
    merged = ClientState()
    merged.CopyFrom(newer)
    states = _coalesce_widget_states(older.widget_states, newer.widget_states)
    if states is not None:
        merged.widget_states.CopyFrom(states)
    if older.fragment_id != newer.fragment_id:
        merged.fragment_id = ""  # the whole app: it runs every fragment
    return merged


def pace_reruns() -> None:
    """Hold each session's reruns as above, from now on (applied once per process)."""
    original = AppSession._handle_rerun_script_request
    if getattr(original, _ATTRIBUTE, False):
        return

    if not hasattr(AppSessionState, "APP_IS_RUNNING"):
        raise AttributeError("AppSessionState.APP_IS_RUNNING: this Streamlit differs")

    def paced(self: AppSession, client_state: ClientState | None = None) -> None:
        pace = self.__dict__.get(_ATTRIBUTE)
        if pace is None:
            if not hasattr(self, "_state"):  # a Streamlit whose session differs: no pacing
                original(self, client_state)
                return
            pace = self.__dict__[_ATTRIBUTE] = Pace(self, original)
        pace.request(client_state)

    setattr(paced, _ATTRIBUTE, True)
    AppSession._handle_rerun_script_request = paced
