"""Give the memory of a class that has left back to the system.

Streamlit runs each session's script in a thread of its own, and glibc's malloc gives busy
threads arenas of their own (up to eight per core): a class of 60 spreads its objects over
many arenas, and an arena with one live block left is not returned. Freed memory then stays
with the process: 60 students who had closed their tabs left the server's RSS 33 % above
idle (`benchmarks/bench_class.py --close`). So, once per process:

- at most two arenas (`mallopt(M_ARENA_MAX, 2)`; the serving scripts also set
  `MALLOC_ARENA_MAX=2`, which covers the threads started before the app's first run);
- when sessions have ended (Streamlit drops a closed tab's session after
  `server.disconnectedSessionTTL`), a full garbage collection and `malloc_trim(0)`, at most
  once per `CHECK_S`, in a background thread: a class's last sessions are freed, then their
  pages are returned to the system.

Anywhere but glibc (macOS, musl) this does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import threading
import time

M_ARENA_MAX = -8  # glibc's malloc.h
ARENAS = 2
CHECK_S = 10.0  # how often the session count is looked at
_started = threading.Event()


def _glibc():
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return libc if hasattr(libc, "malloc_trim") and hasattr(libc, "mallopt") else None
    except OSError:
        return None


def session_count() -> int:
    """Sessions the server holds (open tabs and closed ones not yet dropped)."""
    from streamlit.runtime import Runtime

    if not Runtime.exists():
        return 0
    manager = getattr(Runtime.instance(), "_session_mgr", None)
    return manager.num_sessions() if manager is not None else 0


def release(libc=None) -> None:
    """Free what unreachable objects hold, and return free heap pages to the system."""
    gc.collect()
    libc = libc or _glibc()
    if libc is not None:
        libc.malloc_trim(0)


def _watch(libc, count=session_count, sleep=time.sleep, rounds: int | None = None) -> None:
    last = count()
    while rounds is None or rounds > 0:
        sleep(CHECK_S)
        now = count()
        if now < last:
            release(libc)
        last = now
        if rounds is not None:
            rounds -= 1


def return_freed_memory() -> None:
    """Limit malloc's arenas and start the watcher, once per process (call on every run)."""
    if _started.is_set():
        return
    _started.set()
    libc = _glibc()
    if libc is None:
        return
    libc.mallopt(M_ARENA_MAX, ARENAS)
    threading.Thread(target=_watch, args=(libc,), name="neuron-lab-memory",
                     daemon=True).start()
