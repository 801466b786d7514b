"""Every package the app imports is named in requirements.txt (what Community Cloud installs).

`ui/vector_editor.py` once imported pandas, which only came along as Streamlit's own
dependency: one Streamlit release dropping it would have broken the vector page.
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP = ["streamlit_app.py", "neuron", "lesson", "figures", "ui", "pages", "i18n"]
# Import names that differ from the names pip installs.
DISTRIBUTION = {"_plotly_utils": "plotly", "yaml": "pyyaml", "PIL": "pillow"}


def imported_modules(path: Path) -> set[str]:
    """The top-level names of the modules `path` imports (absolute imports only)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_every_imported_package_is_a_declared_requirement():
    files = [ROOT / part for part in APP if part.endswith(".py")]
    files += [f for part in APP if not part.endswith(".py") for f in (ROOT / part).rglob("*.py")]
    local = {part.removesuffix(".py") for part in APP}
    third_party = {name for f in files for name in imported_modules(f)
                   if name not in sys.stdlib_module_names and name not in local}
    declared = {re.split(r"[<>=!~\[; ]", line.strip())[0].lower()
                for line in (ROOT / "requirements.txt").read_text().splitlines()
                if line.strip() and not line.startswith("#")}
    missing = {name for name in third_party if DISTRIBUTION.get(name, name).lower() not in declared}
    assert not missing, f"imported but not in requirements.txt: {sorted(missing)}"
