"""ui/server_tuning.py: the server tuning is applied once, and a part that no longer fits
the installed Streamlit is skipped with a warning instead of breaking the app."""

import gc
import types

from streamlit.runtime.app_session import AppSession

from ui import rerun_pace, server_tuning, server_wakeups


def test_the_app_applies_every_part():
    from tests.helpers import app

    app()
    assert server_tuning.applied == dict.fromkeys(
        [name for name, _ in server_tuning.PARTS], True)
    paced = AppSession._handle_rerun_script_request
    batched = AppSession._call_soon_on_event_loop
    assert getattr(paced, rerun_pace._ATTRIBUTE, False)
    assert getattr(batched, server_wakeups._ATTRIBUTE, False)
    rerun_pace.pace_reruns()  # again (every run calls it): Streamlit's handlers wrapped once
    server_wakeups.batch_wakeups()
    assert AppSession._handle_rerun_script_request is paced
    assert AppSession._call_soon_on_event_loop is batched
    assert gc.get_freeze_count() > 10_000  # Streamlit, numpy, Plotly: out of the collector's walks


def test_a_part_that_does_not_fit_is_skipped_and_the_rest_applied(monkeypatch, caplog):
    monkeypatch.setattr(server_tuning, "applied", {})
    ran = []

    def importer(name):
        if name == "ui.moved":
            raise ImportError("cannot import name '_coalesce_widget_states'")
        if name == "ui.renamed":
            return types.SimpleNamespace(apply=lambda: (_ for _ in ()).throw(
                AttributeError("type object 'AppSession' has no attribute '_x'")))
        return types.SimpleNamespace(apply=lambda: ran.append(name))

    parts = (("moved", "apply"), ("renamed", "apply"), ("fine", "apply"))
    assert server_tuning.apply(parts, importer) == {
        "moved": False, "renamed": False, "fine": True}
    assert ran == ["ui.fine"]
    assert "'moved' skipped" in caplog.text and "'renamed' skipped" in caplog.text
    server_tuning.apply(parts, importer)  # tried once per process, not on every run
    assert ran == ["ui.fine"]


def test_pacing_and_wakeups_fall_back_to_streamlit_for_a_session_they_do_not_know(
        monkeypatch):
    """A session without the private attributes they use (`_state`, `_event_loop`) is
    handed to Streamlit's own handler, unchanged."""
    ran = []
    monkeypatch.setattr(AppSession, "_handle_rerun_script_request",
                        lambda session, client_state=None: ran.append(("rerun", client_state)))
    monkeypatch.setattr(AppSession, "_call_soon_on_event_loop",
                        lambda session, callback: ran.append(("call", callback)))
    rerun_pace.pace_reruns()
    server_wakeups.batch_wakeups()
    unknown = types.SimpleNamespace()  # none of the attributes an AppSession has
    AppSession._handle_rerun_script_request(unknown, None)
    AppSession._call_soon_on_event_loop(unknown, print)
    assert ran == [("rerun", None), ("call", print)]
