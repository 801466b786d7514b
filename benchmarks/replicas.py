"""`scripts/serve_class.sh` from Python: start N replicas behind HAProxy, watch, stop.

Shared by the replica test (tests/test_serve_class.py) and `bench_class.py --replicas`.

    with serve_class(3, run_dir) as balancer:
        balancer.url                  # http://127.0.0.1:<port>
        balancer.status()             # {"replica1": "UP", ...} from HAProxy's stats socket
        balancer.kill_replica(1)      # SIGKILL; the script starts it again
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "serve_class.sh"
COOKIE = "NEURON_LAB_REPLICA"  # deploy/haproxy.cfg's sticky-session cookie


def free_ports(count: int) -> int:
    """The first of `count` consecutive TCP ports on 127.0.0.1 that nothing listens on."""
    for _ in range(50):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            first = probe.getsockname()[1]
        if first + count > 65535:
            continue
        try:
            with contextlib.ExitStack() as stack:
                for port in range(first, first + count):
                    sock = stack.enter_context(socket.socket())
                    sock.bind(("127.0.0.1", port))
            return first
        except OSError:
            continue
    raise RuntimeError(f"no {count} consecutive free ports found")


@dataclass
class Balancer:
    url: str
    run_dir: Path
    process: subprocess.Popen

    def status(self) -> dict[str, str]:
        """Each replica's state in HAProxy (UP, DOWN, ...), from its stats socket."""
        with socket.socket(socket.AF_UNIX) as sock:
            sock.settimeout(5)
            sock.connect(str(self.run_dir / "haproxy.sock"))
            sock.sendall(b"show stat\n")
            data = b""
            while chunk := sock.recv(65536):
                data += chunk
        states = {}
        for line in data.decode().splitlines():
            fields = line.split(",")
            if len(fields) > 17 and fields[0] == "streamlit" and fields[1].startswith("replica"):
                states[fields[1]] = fields[17].split()[0]
        return states

    def replica_pid(self, i: int) -> int:
        return int((self.run_dir / f"replica{i}.pid").read_text())

    def kill_replica(self, i: int) -> int:
        pid = self.replica_pid(i)
        os.kill(pid, signal.SIGKILL)
        return pid

    def wait_until(self, condition, timeout_s: float, what: str) -> float:
        """Poll `condition(status)` every 0.2 s; return the seconds it took."""
        start = time.monotonic()
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"serve_class.sh exited ({self.process.returncode})\n"
                                   + self.log_tail())
            with contextlib.suppress(OSError):
                if condition(self.status()):
                    return time.monotonic() - start
            if time.monotonic() - start > timeout_s:
                raise TimeoutError(f"{what}: not within {timeout_s:.0f} s; HAProxy says "
                                   f"{self._status_or_error()}\n" + self.log_tail())
            time.sleep(0.2)  # polling interval of HAProxy's stats, not a wait for a condition

    def _status_or_error(self) -> object:
        try:
            return self.status()
        except OSError as error:
            return error

    def log_tail(self, lines: int = 15) -> str:
        out = []
        for path in sorted(self.run_dir.glob("*.log")):
            text = path.read_text(errors="replace").splitlines()[-lines:]
            out.append(f"--- {path.name}\n" + "\n".join(text))
        return "\n".join(out)


@contextlib.contextmanager
def serve_class(replicas: int, run_dir: Path, timeout_s: float = 120.0) -> Iterator[Balancer]:
    """Run the script until every replica is UP in HAProxy; stop it all afterwards."""
    port = free_ports(1)
    first = free_ports(replicas)
    env = {**os.environ, "PORT": str(port), "FIRST_PORT": str(first), "RUN_DIR": str(run_dir)}
    log = open(run_dir / "serve_class.out", "w")  # noqa: SIM115 (closed below)
    process = subprocess.Popen(["bash", str(SCRIPT), str(replicas)], cwd=ROOT, env=env,
                               stdout=log, stderr=subprocess.STDOUT,
                               stdin=subprocess.DEVNULL, start_new_session=True)
    balancer = Balancer(f"http://127.0.0.1:{port}", run_dir, process)
    try:
        balancer.wait_until(lambda s: len(s) == replicas and set(s.values()) == {"UP"},
                            timeout_s, f"{replicas} replicas UP behind HAProxy")
        with urllib.request.urlopen(f"{balancer.url}/_stcore/health", timeout=5):
            pass
        yield balancer
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)
        # The replicas are in the script's process group; make sure none outlives it.
        for pid_file in run_dir.glob("replica*.pid"):
            with contextlib.suppress(ProcessLookupError, ValueError):
                os.kill(int(pid_file.read_text()), signal.SIGKILL)
        log.close()
