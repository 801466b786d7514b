"""Start the app with `streamlit run` and drive it with a headless Chromium (Playwright, sync).

Shared by the browser tests (`tests/browser/conftest.py`), the README screenshot
(`scripts/screenshot.py`) and the browser benchmark (`benchmarks/bench_browser.py`), so the
three start and stop the app the same way.

    with app_server(ARTIFACTS / "streamlit.log") as server, chromium() as browser:
        page = browser.new_page()
        open_page(page, server.url + "/scalar?w=2")
        with rerun(page):
            page.keyboard.press("ArrowRight")
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
SCREENSHOTS = ARTIFACTS / "screenshots"

CHROMIUM_ENV = "CHROMIUM"
DEFAULT_CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

APP_SELECTOR = "[data-testid=stApp]"
IDLE_SELECTOR = "[data-testid=stApp][data-test-script-state=notRunning]"
EXCEPTION_SELECTOR = "[data-testid=stException]"
# axe-core, from npm (tests/browser/package.json, pinned in package-lock.json; `.ci/run` runs
# `npm ci` there), injected into the page by `axe_violations`.
AXE = Path(__file__).resolve().parent / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]  # WCAG 2.2 AA
_AXE_RUN = """async (tags) => {
  const result = await axe.run(document, {runOnly: {type: 'tag', values: tags}});
  return result.violations.map((v) => ({
    id: v.id, impact: v.impact,
    nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ': ' + n.failureSummary),
  }));
}"""
# How long one rerun may take in the browser before a test gives up (ms).
RERUN_TIMEOUT_MS = 30_000


# ---------------------------------------------------------------- the server


@dataclass(frozen=True)
class Server:
    url: str  # e.g. http://127.0.0.1:8765, no trailing slash
    process: subprocess.Popen
    log_path: Path


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def log_tail(path: Path, lines: int = 40) -> str:
    try:
        text = path.read_text(errors="replace")
    except OSError:
        return f"(no log at {path})"
    return "\n".join(text.splitlines()[-lines:]) or "(log is empty)"


def start_server(log_path: Path, *, app: str = "streamlit_app.py", timeout_s: float = 60.0,
                 extra_args: tuple[str, ...] = ()) -> Server:
    """`streamlit run <app>` on a free port, in its own process group; wait until healthy.

    Output goes to `log_path`; `extra_args` are more `--option value` pairs for Streamlit.
    Raises RuntimeError with the log's tail if the server exits or is not healthy within
    `timeout_s`.
    """
    port = free_port()
    log_path.parent.mkdir(parents=True, exist_ok=True)
    command = [
        sys.executable, "-m", "streamlit", "run", app,
        "--server.headless", "true",
        "--server.address", "127.0.0.1",
        "--server.port", str(port),
        "--browser.gatherUsageStats", "false",
        # Other engineers edit the sources while tests run; the app under test must not react.
        "--server.fileWatcherType", "none",
        *extra_args,
    ]
    with open(log_path, "w") as log:
        process = subprocess.Popen(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
                                   stdin=subprocess.DEVNULL, start_new_session=True)
    server = Server(url=f"http://127.0.0.1:{port}", process=process, log_path=log_path)
    health = f"{server.url}/_stcore/health"
    deadline = time.monotonic() + timeout_s
    while True:
        if process.poll() is not None:
            raise RuntimeError(
                f"`streamlit run` exited with code {process.returncode} before it was healthy.\n"
                f"Last lines of {log_path}:\n{log_tail(log_path)}"
            )
        try:
            with urllib.request.urlopen(health, timeout=2) as response:
                if response.status == 200:
                    return server
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        if time.monotonic() > deadline:
            stop_server(server)
            raise RuntimeError(
                f"Streamlit was not healthy at {health} after {timeout_s:.0f} s.\n"
                f"Last lines of {log_path}:\n{log_tail(log_path)}"
            )
        time.sleep(0.2)  # polling interval of the health check, not a wait for a condition


def stop_server(server: Server, timeout_s: float = 10.0) -> None:
    """Stop the server's process group: SIGTERM, then SIGKILL if it does not exit."""
    if server.process.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(server.process.pid, signal.SIGTERM)
    try:
        server.process.wait(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(server.process.pid, signal.SIGKILL)
        server.process.wait(timeout=timeout_s)


@contextlib.contextmanager
def app_server(log_path: Path = ARTIFACTS / "streamlit.log",
               extra_args: tuple[str, ...] = ()) -> Iterator[Server]:
    server = start_server(log_path, extra_args=extra_args)
    try:
        yield server
    finally:
        stop_server(server)


# ---------------------------------------------------------------- the browser


def chromium_path() -> str | None:
    """The Chromium to drive: $CHROMIUM if set, else /usr/bin/chromium; None if missing."""
    candidate = os.environ.get(CHROMIUM_ENV) or DEFAULT_CHROMIUM
    if os.path.isfile(candidate) and os.access(candidate, os.X_OK):
        return candidate
    return shutil.which(candidate)


def missing_chromium_reason() -> str:
    where = os.environ.get(CHROMIUM_ENV) or DEFAULT_CHROMIUM
    return (f"no Chromium at {where}; apt-get install chromium "
            f"(or point ${CHROMIUM_ENV} at a Chromium binary)")


@contextlib.contextmanager
def chromium() -> Iterator:
    """A headless Chromium (Playwright Browser); raises RuntimeError if there is none."""
    from playwright.sync_api import sync_playwright

    path = chromium_path()
    if path is None:
        raise RuntimeError(missing_chromium_reason())
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


# ---------------------------------------------------------------- waiting for Streamlit

class Traffic:
    """What the server sent one page over its websocket: bytes, and finished script runs.

    Every message is a protobuf `ForwardMsg`; a run ends with a `script_finished` one. Counting
    those is exact, unlike watching `data-test-script-state`, whose running → notRunning flip
    React may batch away when a run is fast.
    """

    def __init__(self) -> None:
        self.bytes = 0
        self.frames = 0
        self.finished_runs = 0
        self.last_finished_at = 0.0  # time.perf_counter() when the last run's end arrived
        self.websocket = None

    def attach(self, websocket) -> None:
        self.websocket = websocket
        websocket.on("framereceived", self._count)

    def _count(self, payload: bytes | str) -> None:
        data = payload.encode() if isinstance(payload, str) else payload
        self.bytes += len(data)
        self.frames += 1
        if is_run_finished(data):
            self.finished_runs += 1
            self.last_finished_at = time.perf_counter()


def is_run_finished(payload: bytes | str) -> bool:
    """True if `payload` is a ForwardMsg saying a full script run has ended (not one cut
    short by a newer rerun request)."""
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    if isinstance(payload, str):
        return False
    message = ForwardMsg()
    try:
        message.ParseFromString(payload)
    except Exception:  # not a ForwardMsg: not ours to judge
        return False
    return (message.WhichOneof("type") == "script_finished"
            and message.script_finished != ForwardMsg.FINISHED_EARLY_FOR_RERUN)


def traffic(page) -> Traffic:
    """The `Traffic` of `page`, set up on first use (do this before `goto`)."""
    found = getattr(page, "_neuron_lab_traffic", None)
    if found is None:
        found = Traffic()
        page.on("websocket", found.attach)
        page._neuron_lab_traffic = found
    return found


_STATE = """() => ({
  state: document.querySelector('[data-testid=stApp]').getAttribute('data-test-script-state'),
  focus: document.activeElement ? document.activeElement.outerHTML.slice(0, 120) : null,
})"""
# Charts and tables load their code lazily and show grey skeletons meanwhile; a run is drawn
# when no skeleton is left and every Plotly chart has drawn its SVG.
_DRAWN = """() => !document.querySelector('[data-testid=stSkeleton]')
  && [...document.querySelectorAll('[data-testid=stPlotlyChart]')]
       .every((chart) => chart.querySelector('.main-svg'))"""
# Two animation frames: the page has handled the messages already received and re-rendered.
_TWO_FRAMES = """() => new Promise(
  (done) => requestAnimationFrame(() => requestAnimationFrame(done)))"""


def wait_idle(page, timeout_ms: int = RERUN_TIMEOUT_MS) -> None:
    """Wait until the app's script is not running and its output is drawn (after `goto`;
    after an interaction use `rerun(page)`, which also waits for that interaction's run)."""
    page.wait_for_selector(IDLE_SELECTOR, state="attached", timeout=timeout_ms)
    page.wait_for_function(_DRAWN, timeout=timeout_ms)
    page.evaluate(_TWO_FRAMES)


def open_page(page, url: str, timeout_ms: int = RERUN_TIMEOUT_MS) -> None:
    """Go to `url` and wait until the first run has finished and been drawn.

    Before the first run the state is `initial`, so `notRunning` means a run has ended.
    """
    traffic(page)
    page.goto(url, wait_until="domcontentloaded")
    wait_idle(page, timeout_ms)
    page.wait_for_selector("[data-testid=stMainBlockContainer]", timeout=timeout_ms)


@contextlib.contextmanager
def rerun(page, timeout_ms: int = RERUN_TIMEOUT_MS) -> Iterator[None]:
    """Wrap an interaction that must trigger a rerun; on exit, wait until the server has
    finished that run and the page has drawn it.

        with rerun(page):
            page.keyboard.press("ArrowRight")
    """
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    websocket = traffic(page).websocket
    if websocket is None:
        raise RuntimeError("open the page with open_page() before waiting for a rerun")
    waiter = websocket.expect_event("framereceived", predicate=is_run_finished,
                                    timeout=timeout_ms)
    waiter.__enter__()
    try:
        yield
    except BaseException as error:  # the interaction failed: stop waiting, report that
        waiter.__exit__(type(error), error, error.__traceback__)
        raise
    try:  # only a timeout of the wait itself is reported as "no run"
        waiter.__exit__(None, None, None)
    except PlaywrightTimeout as error:
        state = page.evaluate(_STATE)
        raise AssertionError(
            f"the server finished no run within {timeout_ms} ms after the interaction at "
            f"{page.url}: script state {state['state']!r}, focus on {state['focus']!r}"
        ) from error
    wait_idle(page, timeout_ms)


def exception_texts(page) -> list[str]:
    """The text of every Streamlit exception box on the page (empty when all is well)."""
    return [element.inner_text() for element in page.query_selector_all(EXCEPTION_SELECTOR)]


def axe_violations(page, axe_source: str) -> list[dict]:
    """axe-core's WCAG 2.2 AA violations on the page as it is now (empty when it passes):
    rule id, impact and up to three offending elements each. `axe_source` is the text of
    `AXE`."""
    page.add_script_tag(content=axe_source)
    return page.evaluate(_AXE_RUN, AXE_TAGS)


def assert_no_exception(page) -> None:
    texts = exception_texts(page)
    assert not texts, f"exception shown at {page.url}: {texts}"


# Streamlit scrolls inside its main section, not the document, so a "full page" screenshot
# needs a viewport as tall as that section's content.
_CONTENT_HEIGHT = """() => {
  const main = document.querySelector('[data-testid=stMain]');
  return main ? Math.ceil(main.scrollHeight) : document.documentElement.scrollHeight;
}"""


def screenshot(page, path: Path | str, *, full_page: bool = True) -> Path:
    """Save a PNG of the page (its whole length if `full_page`) and return its path.

    A bare name (no suffix) is saved as test-artifacts/screenshots/<name>.png.
    """
    path = Path(path)
    if not path.suffix:
        path = SCREENSHOTS / f"{path}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    viewport = page.viewport_size
    height = page.evaluate(_CONTENT_HEIGHT) if full_page else viewport["height"]
    if height > viewport["height"]:
        page.set_viewport_size({"width": viewport["width"], "height": height})
        page.evaluate(_TWO_FRAMES)  # let the charts lay out at the new size
    try:
        page.screenshot(path=str(path), animations="disabled")
    finally:
        if height > viewport["height"]:
            page.set_viewport_size(viewport)
    return path
