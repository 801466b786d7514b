"""Simulated students: websocket clients that speak Streamlit's own protocol, as a browser does.

A browser and a Streamlit server talk over one websocket, `/_stcore/stream`: the browser sends
`BackMsg` protobufs, the server answers with `ForwardMsg` protobufs (both come with Streamlit,
in `streamlit.proto`). What a `Student` does is what the browser's JavaScript does
(streamlit/static, `sendRerunBackMsg`), minus drawing:

- open a page: connect, then send a `rerun_script` whose client state holds the URL's query
  string and the page's path (`page_name`), with no widget states; the server answers with
  `new_session` (the session id), `navigation` (the page's script hash), the page's
  elements (`delta`s, each widget with its id, which ends with its `key=`) and
  `script_finished`;
- move a control: send a `rerun_script` with the widget's new value in `widget_states` (a
  slider sends `double_array_value`), the id of the `st.fragment` it was drawn in (the
  delta's `fragment_id`: only that fragment reruns), the page's script hash and the query
  string: the browser itself writes a bound widget's value into the URL
  (`query_param_key`), the server sets the rest (`page_info_changed`);
- keep the browser's message cache: the hashes of the big elements received (`cacheable`)
  go back with every rerun, so the server sends a repeated chart as a short reference, and a
  hash unused for more than two runs is forgotten (`maxCachedMessageAge`);
- a run cut short by a newer request ends with `FINISHED_EARLY_FOR_RERUN` (a dropped run);
  a move is done at the next run that finishes.

Like the browser, every rerun carries the current value of every widget on the page
(sliders, selectboxes, toggles, number inputs, segmented controls; buttons are triggers and
are not repeated), learnt from the deltas, plus the browser's `context_info`.
"""

from __future__ import annotations

import asyncio
import random
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed, WebSocketException

_VALUE_TYPES = {"slider", "checkbox", "number_input", "selectbox", "button_group"}
MAX_CACHED_MESSAGE_AGE = 2  # Streamlit's global.maxCachedMessageAge: runs a hash is kept
FINISHED_EARLY = ForwardMsg.FINISHED_EARLY_FOR_RERUN


@dataclass
class Tally:
    """What every student of a run reports, added up."""

    latencies: list[float] = field(default_factory=list)  # s, move sent → its run finished
    first_loads: list[float] = field(default_factory=list)  # s, connect → first run finished
    errors: list[str] = field(default_factory=list)
    dropped: int = 0  # runs the server cut short for a newer move
    moves: int = 0  # moves sent


class Student:
    """One browser tab on `url` (``http://host:port/page?query``), moving the slider `key`."""

    def __init__(self, url: str, key: str, tally: Tally, *, seed: int = 0,
                 timeout_s: float = 30.0, reconnect: bool = False) -> None:
        parts = urllib.parse.urlsplit(url)
        self.stream_url = f"ws://{parts.netloc}/_stcore/stream"
        self.page_name = parts.path.strip("/")
        self.query_string = parts.query
        self.key = key
        self.tally = tally
        self.rng = random.Random(seed)
        self.timeout_s = timeout_s
        self.reconnect = reconnect  # on a lost connection, open the page again (else: error)
        self.reconnects = 0
        self.lost = ""  # why the connection was lost, while it is
        self.cookie = ""  # what a balancer set (its sticky-session cookie), sent back
        self._closing = False
        self.session_id = ""
        self.page_script_hash = ""
        self.widget = None  # the slider's proto from the last run
        self.fragment_id = ""  # the st.fragment the slider is drawn in, if any
        self.states: dict[str, object] = {}  # widget id → its WidgetState, as the browser has it
        self.value: float | None = None
        self.cache: dict[str, int] = {}  # message hash → run count when last used
        self.runs = 0
        self.bytes = 0  # received
        self.exception_texts: list[str] = []
        self._pending: list[float] = []  # send times of reruns whose run has not finished
        self._moves: set[float] = set()  # which of them are moves (not the page's opening)
        self._finished = asyncio.Event()
        self._socket = None
        self._reader: asyncio.Task | None = None

    # ---------------------------------------------------------------- the protocol

    async def open(self, *, reconnect_to: str = "") -> float:
        """Connect and run the page once; return the seconds it took. `reconnect_to`: a
        session id to resume, as a browser does after a dropped connection."""
        start = time.perf_counter()
        # The browser's subprotocols: "streamlit", its XSRF token (checked only when the
        # request has an Origin header, which this client does not send), the session id.
        protocols = ["streamlit", "xsrf", reconnect_to] if reconnect_to else ["streamlit"]
        # No keepalive pings: a browser sends none, and on a starved machine the client's
        # own ping timeout would close connections the server still serves.
        self._socket = await connect(
            self.stream_url, subprotocols=protocols, max_size=None, open_timeout=self.timeout_s,
            ping_interval=None,
            additional_headers={"Cookie": self.cookie} if self.cookie else None)
        cookies = self._socket.response.headers.get_all("Set-Cookie")
        if cookies:
            self.cookie = "; ".join(cookie.split(";", 1)[0] for cookie in cookies)
        self.lost = ""
        self._pending.clear()
        self._reader = asyncio.create_task(self._read())
        self.page_script_hash = ""  # a new connection names the page by its path again
        await self._rerun([], start)
        await self._wait_finished(start)
        if self.widget is None:
            raise RuntimeError(f"no widget with key {self.key!r} on {self.page_name!r}")
        return time.perf_counter() - start

    async def move(self) -> None:
        """Move the slider one random-walk step and send it (without waiting for the run)."""
        lo, hi, step = self.widget.min, self.widget.max, self.widget.step or 1
        steps = round((hi - lo) / step)
        index = round((self.value - lo) / step) + self.rng.choice((-3, -2, -1, 1, 2, 3))
        index = abs(index) if index < 0 else steps - (index - steps) if index > steps else index
        self.value = round(lo + min(max(index, 0), steps) * step, 10)
        self._write_url(self.value)
        self.states[self.widget.id] = self._widget_state(self.value)
        self.tally.moves += 1
        sent = time.perf_counter()
        self._moves.add(sent)
        await self._rerun(list(self.states.values()), sent, self.fragment_id)

    def _write_url(self, value: float) -> None:
        """Put the slider's value in the query string, as the browser does for a widget
        bound to the URL (`query_param_key`); a default value leaves the URL."""
        params = [(k, v) for k, v in urllib.parse.parse_qsl(self.query_string, True)
                  if k != self.key]
        if value != self.widget.default[0]:
            params.append((self.key, str(int(value)) if value == int(value) else str(value)))
        self.query_string = urllib.parse.urlencode(params)

    def _widget_state(self, value: float):
        from streamlit.proto.WidgetStates_pb2 import WidgetState

        state = WidgetState(id=self.widget.id)
        state.double_array_value.data.append(value)
        return state

    async def _rerun(self, widget_states: list, sent: float, fragment_id: str = "") -> None:
        message = BackMsg()
        client = message.rerun_script
        client.fragment_id = fragment_id  # a widget in a fragment reruns only that
        client.query_string = self.query_string
        client.widget_states.widgets.extend(widget_states)
        if self.page_script_hash:
            client.page_script_hash = self.page_script_hash
        else:
            client.page_name = self.page_name
        client.cached_message_hashes.extend(self.cache)
        client.context_info.timezone = "UTC"
        client.context_info.locale = "en-US"
        client.context_info.url = self.stream_url.replace("ws://", "http://").replace(
            "/_stcore/stream", f"/{self.page_name}")
        client.context_info.color_scheme = "light"
        self._pending.append(sent)
        try:
            await self._socket.send(message.SerializeToString())
        except ConnectionClosed as error:  # noticed here before the reader saw it
            self.lost = f"connection lost: {type(error).__name__}: {error}"

    async def send_raw(self, payload: bytes | str) -> None:
        """Send anything at all (the robustness check's garbage)."""
        await self._socket.send(payload)

    async def _wait_finished(self, sent: float) -> None:
        deadline = sent + self.timeout_s
        while sent in self._pending:
            if self.lost:
                raise ConnectionError(self.lost)
            self._finished.clear()
            left = deadline - time.perf_counter()
            if left <= 0:
                raise TimeoutError(f"no run finished within {self.timeout_s:.0f} s")
            await asyncio.wait_for(self._finished.wait(), left)

    async def _read(self) -> None:
        reason = "the server closed the connection"
        try:
            async for payload in self._socket:
                if isinstance(payload, bytes):
                    self._receive(payload)
        except Exception as error:
            reason = f"{type(error).__name__}: {error}"
        finally:
            if not self._closing:
                self.lost = f"connection lost: {reason}"
            self._finished.set()

    def _receive(self, payload: bytes) -> None:
        self.bytes += len(payload)
        message = ForwardMsg()
        message.ParseFromString(payload)
        kind = message.WhichOneof("type")
        if message.metadata.cacheable and message.hash:
            self.cache[message.hash] = self.runs
        if kind == "ref_hash":
            self.cache[message.ref_hash] = self.runs
        elif kind == "delta" and message.delta.WhichOneof("type") == "new_element":
            element = message.delta.new_element
            which = element.WhichOneof("type")
            if which == "exception":
                text = f"exception shown: {element.exception.type}: {element.exception.message}"
                self.exception_texts.append(text)
                self.tally.errors.append(text)
            self._learn_state(which, getattr(element, which))
            if which == "slider" and element.slider.id.endswith(f"-{self.key}"):
                self.widget = element.slider
                self.fragment_id = message.delta.fragment_id
                if self.value is None:
                    self.value = element.slider.value[0] if element.slider.set_value \
                        else element.slider.default[0]
        elif kind == "new_session":
            if message.new_session.initialize.session_id:
                self.session_id = message.new_session.initialize.session_id
        elif kind == "navigation":  # the page st.navigation chose
            self.page_script_hash = message.navigation.page_script_hash
        elif kind == "page_info_changed":
            self.query_string = message.page_info_changed.query_string
        elif kind == "script_finished":
            if message.script_finished == FINISHED_EARLY:
                self.tally.dropped += 1
                return
            self.runs += 1
            self.cache = {h: run for h, run in self.cache.items()
                          if self.runs - run <= MAX_CACHED_MESSAGE_AGE}
            now = time.perf_counter()
            self.tally.latencies.extend(now - sent for sent in self._pending
                                        if sent in self._moves)
            self._pending.clear()
            self._moves.clear()
            self._finished.set()

    def _learn_state(self, which: str, widget) -> None:
        """Keep a widget's value as the browser keeps it: its default when first drawn, the
        value the server set when it sets one."""
        from streamlit.proto.WidgetStates_pb2 import WidgetState

        if which not in _VALUE_TYPES or (widget.id in self.states and not widget.set_value):
            return
        state = WidgetState(id=widget.id)
        if which == "slider" and widget.options:  # a select_slider: its labels
            state.string_array_value.data.extend(
                widget.raw_value if widget.set_value
                else [widget.options[int(i)] for i in widget.default])
        elif which == "slider":
            state.double_array_value.data.extend(widget.value if widget.set_value
                                                 else widget.default)
        elif which == "checkbox":
            state.bool_value = widget.value if widget.set_value else widget.default
        elif which == "number_input":
            value = widget.value if widget.set_value else widget.default
            if widget.data_type == widget.INT:
                state.int_value = int(value)
            else:
                state.double_value = value
        elif which == "selectbox":
            if widget.set_value or not widget.options:
                state.string_value = widget.raw_value
            else:
                state.string_value = widget.options[widget.default]
        elif which == "button_group":
            state.string_array_value.data.extend(
                widget.raw_values if widget.set_value
                else [widget.options[i].content for i in widget.default])
        self.states[widget.id] = state

    async def close(self) -> None:
        """Close the tab."""
        self._closing = True
        if self._socket is not None:
            await self._socket.close()
        if self._reader is not None:
            await asyncio.gather(self._reader, return_exceptions=True)

    # ---------------------------------------------------------------- a class period

    async def attend(self, until: float, interval_s: float = 1.0,
                     max_moves: int | None = None) -> None:
        """Move once every `interval_s` (±20 % jitter) until `until` (perf_counter time) or
        `max_moves`; then wait for the last move's run."""
        moves = 0
        next_at = time.perf_counter() + self.rng.uniform(0, interval_s)
        while next_at < until and (max_moves is None or moves < max_moves):
            await asyncio.sleep(max(0.0, next_at - time.perf_counter()))
            if self.lost:
                await self._handle_loss()
            await self.move()
            moves += 1
            next_at += interval_s * self.rng.uniform(0.8, 1.2)
        if self._pending:
            try:
                await self._wait_finished(self._pending[-1])
            except ConnectionError:
                await self._handle_loss()

    async def _handle_loss(self) -> None:
        """A lost connection is an error, unless this student reconnects as a browser
        does: then it opens the page again from its URL (no widget states, as a reloaded
        tab), on whatever server the balancer picks, and checks its slider came back."""
        if not self.reconnect:
            self.tally.errors.append(self.lost)
            raise ConnectionError(self.lost)
        lost_value, self.value = self.value, None
        self.states.clear()
        for attempt in range(20):
            try:
                await self.open(reconnect_to=self.session_id)
                break
            except (OSError, TimeoutError, RuntimeError, WebSocketException) as error:
                # refused, or a balancer's 503 before its health check saw the replica go
                if attempt == 19:
                    self.tally.errors.append(f"reconnect failed: {error}")
                    raise
                await asyncio.sleep(0.5)
        self.reconnects += 1
        if self.value != lost_value:
            self.tally.errors.append(f"page not restored from the URL: {self.key} = "
                                     f"{self.value}, was {lost_value}")


# -------------------------------------------------------------------- the server, from outside

CLOCK_TICKS = 100  # os.sysconf("SC_CLK_TCK") on Linux


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of process `pid` (all its threads), from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def rss_mb(pid: int) -> float:
    """Resident memory of process `pid`, MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for process {pid}")


def active_sessions(base_url: str) -> int:
    """Sessions with an open websocket, from Streamlit's own /_stcore/metrics."""
    import urllib.request

    with urllib.request.urlopen(f"{base_url}/_stcore/metrics?families=active_sessions",
                                timeout=10) as response:
        text = response.read().decode()
    for line in text.splitlines():
        if line.startswith("active_sessions"):
            return int(float(line.split()[-1]))
    return 0
