"""The server settings a class depends on (`.streamlit/config.toml`), read as Streamlit reads
them: each one costs a class measurable time if it goes back to Streamlit's default."""

import tomllib
from pathlib import Path

CONFIG = Path(__file__).resolve().parent.parent / ".streamlit" / "config.toml"


def test_no_full_garbage_collection_after_every_run():
    assert tomllib.loads(CONFIG.read_text())["runner"]["postScriptGC"] is False


def test_no_file_watcher_per_session():
    server = tomllib.loads(CONFIG.read_text())["server"]
    assert server["fileWatcherType"] == "none"
    assert server["runOnSave"] is False
