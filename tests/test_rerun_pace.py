"""A session's reruns are paced (ui/rerun_pace.py): a burst of requests runs once, with the
latest values and every button press of the burst; a request alone runs at once."""

from streamlit.proto.ClientState_pb2 import ClientState
from streamlit.runtime.app_session import AppSessionState

from ui import rerun_pace
from ui.rerun_pace import GAP_S


class Clock:
    def __init__(self) -> None:
        self.now = 100.0
        self.timers: list[tuple[float, object]] = []  # (due time, callback)

    def __call__(self) -> float:
        return self.now

    def call_later(self, delay, callback):
        self.timers.append((self.now + delay, callback))
        return object()

    def advance(self, seconds: float) -> None:
        """Let `seconds` pass, firing every timer that falls due on the way."""
        until = self.now + seconds
        while True:
            due = sorted((t for t in self.timers if t[0] <= until), key=lambda t: t[0])
            if not due:
                break
            self.timers.remove(due[0])
            self.now = due[0][0]
            due[0][1]()
        self.now = until


class Session:
    def __init__(self) -> None:
        self._state = AppSessionState.APP_NOT_RUNNING
        self.runs: list[ClientState | None] = []


def move(value: float, *, fragment: str = "f1", press: str = "") -> ClientState:
    state = ClientState(fragment_id=fragment, query_string=f"w={value}")
    slider = state.widget_states.widgets.add(id="slider-w")
    slider.double_array_value.data.append(value)
    if press:
        state.widget_states.widgets.add(id=press, trigger_value=True)
    return state


def paced_session():
    clock = Clock()
    session = Session()
    pace = rerun_pace.Pace(session, lambda s, state: s.runs.append(state), clock=clock,
                           call_later=clock.call_later)
    return clock, session, pace


def test_a_burst_runs_once_with_the_latest_value_and_every_press():
    clock, session, pace = paced_session()
    pace.request(move(1.0))
    assert len(session.runs) == 1  # the first request runs at once
    session._state = AppSessionState.APP_IS_RUNNING
    for i in range(50):  # fifty requests in 50 ms, one of them a button press
        clock.advance(0.001)
        pace.request(move(2.0 + i, press="button-next" if i == 10 else ""))
    clock.advance(0.2)
    assert len(session.runs) == 1  # held while the first run is still running
    session._state = AppSessionState.APP_NOT_RUNNING
    clock.advance(0.05)
    assert len(session.runs) == 2
    held = session.runs[1]
    values = {w.id: w for w in held.widget_states.widgets}
    assert values["slider-w"].double_array_value.data[:] == [51.0]
    assert values["button-next"].trigger_value is True
    assert held.query_string == "w=51.0" and held.fragment_id == "f1"
    clock.advance(5)
    assert len(session.runs) == 2  # nothing more was held


def test_requests_closer_than_the_gap_wait_for_it():
    clock, session, pace = paced_session()
    pace.request(move(1.0))
    clock.advance(0.01)  # the run ended at once, but the next request comes too soon
    pace.request(move(2.0))
    assert len(session.runs) == 1
    clock.advance(GAP_S - 0.02)
    assert len(session.runs) == 1
    clock.advance(0.02)
    assert [r.query_string for r in session.runs] == ["w=1.0", "w=2.0"]


def test_a_reader_moving_once_a_second_never_waits():
    clock, session, pace = paced_session()
    for i in range(5):
        pace.request(move(float(i)))
        assert len(session.runs) == i + 1
        clock.advance(1.0)


def test_held_reruns_of_two_fragments_become_one_run_of_the_whole_app():
    clock, session, pace = paced_session()
    pace.request(move(1.0))
    pace.request(move(2.0, fragment="f1"))
    pace.request(move(3.0, fragment="f2"))
    clock.advance(GAP_S)
    assert len(session.runs) == 2 and session.runs[1].fragment_id == ""


def test_a_session_shut_down_drops_what_it_held():
    clock, session, pace = paced_session()
    pace.request(move(1.0))
    pace.request(move(2.0))
    session._state = AppSessionState.SHUTDOWN_REQUESTED
    clock.advance(1.0)
    assert len(session.runs) == 1
