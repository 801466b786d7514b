"""Values read once per script run and then asked for many times (a teacher link's locks).

Each `st.session_state` read takes a lock and looks the key up through the widgets' ids
(a few µs); the controls of a page asked for the same locks ~30 times a run. Streamlit runs
a session's script in a thread of its own and gives every run (a fragment's too) a fresh
`ScriptRunContext.cursors` dict: a memo tied to that dict in this thread lives exactly one
run, and the next run starts with an empty one.
"""

from __future__ import annotations

import threading
from typing import Any

from streamlit.runtime.scriptrunner_utils.script_run_context import get_script_run_ctx

_local = threading.local()  # this thread's (the run's cursors, its memo)


def this_run() -> dict[str, Any]:
    """A dict that lasts for the current script run; outside a run, a new empty one."""
    ctx = get_script_run_ctx(suppress_warning=True)
    if ctx is None:
        return {}
    held = getattr(_local, "memo", None)
    if held is None or held[0] is not ctx.cursors:  # held keeps its run's dict alive
        held = _local.memo = (ctx.cursors, {})
    return held[1]
