"""Let the server's small messages leave at once: TCP_NODELAY on every connection.

A run's messages go out one by one (new session, the elements, "finished"). Streamlit 1.67
binds its listening socket itself, with protocol number 0, and asyncio turns Nagle's
algorithm off only on sockets whose protocol is `IPPROTO_TCP`; so the server's connections
keep it on, and every small write after the first waits for the browser's acknowledgement,
which Linux delays by 40 ms. Every slider move took 40 ms longer than its work
(`benchmarks/bench_class.py`, one student: a one-slider app 44 → 6 ms, the scalar page
50 → 17 ms from sending the move to the run's end). Connections accepted before the first
script run (the very first tab of a fresh server) keep the old setting.
"""

from __future__ import annotations

import asyncio.base_events
import socket


def _set_nodelay(sock: socket.socket) -> None:
    if sock.family in (socket.AF_INET, socket.AF_INET6) and sock.type == socket.SOCK_STREAM:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


def no_delay() -> None:
    """Turn Nagle's algorithm off on every TCP connection asyncio sets up from now on."""
    asyncio.base_events._set_nodelay = _set_nodelay
