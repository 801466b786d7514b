"""The server-side tuning a class needs, applied once per process, each part optional.

Five changes make one Streamlit process hold a class (issue 14, `benchmarks/README.md`):
TCP_NODELAY on its sockets (`ui.server_sockets`), one event-loop wake-up per batch of a
run's messages (`ui.server_wakeups`), each session's reruns paced (`ui.rerun_pace`), a
class's freed memory returned (`ui.memory`) and the objects of startup kept out of the
garbage collector's walks (`ui.gc_freeze`). The first three replace private parts of
Streamlit 1.67 and asyncio, which a later release may rename or change. So each is checked
before it is applied, and one that cannot be applied is skipped with a warning in the
server's log: the app then runs as plain Streamlit does, slower under load but correct.
Never an error page because a private name moved.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable

_LOGGER = logging.getLogger(__name__)

# (module in ui/, the function that applies it)
PARTS: tuple[tuple[str, str], ...] = (
    ("server_sockets", "no_delay"),
    ("server_wakeups", "batch_wakeups"),
    ("rerun_pace", "pace_reruns"),
    ("memory", "return_freed_memory"),
    ("gc_freeze", "freeze_startup_objects"),
)

applied: dict[str, bool] = {}  # part → whether it took effect (filled on the first call)


def apply(parts: tuple[tuple[str, str], ...] = PARTS,
          importer: Callable[[str], object] = importlib.import_module) -> dict[str, bool]:
    """Apply every part not tried yet in this process; which ones took effect."""
    for module_name, function_name in parts:
        if module_name in applied:
            continue
        try:
            getattr(importer(f"ui.{module_name}"), function_name)()
        except Exception:  # an import or a patch that no longer fits this Streamlit
            applied[module_name] = False
            _LOGGER.warning("Neuron Lab: server tuning %r skipped; the app runs without it.",
                            module_name, exc_info=True)
        else:
            applied[module_name] = True
    return applied
