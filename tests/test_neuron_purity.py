"""The neuron package is pure numpy: students read it without any UI code in the way."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "neuron"
FORBIDDEN = {"streamlit", "plotly"}


def imported_top_level_names(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


SOURCES = sorted(PACKAGE.rglob("*.py"))


def test_the_package_has_sources():
    assert PACKAGE / "__init__.py" in SOURCES


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_no_ui_imports(path):
    assert not imported_top_level_names(path) & FORBIDDEN


def test_the_scanner_sees_every_import_form(tmp_path):
    source = tmp_path / "example.py"
    source.write_text(
        "import numpy as np\nfrom plotly import graph_objects\nimport streamlit.components\n"
        "from . import sibling\n\ndef f():\n    import json\n",
        encoding="utf-8",
    )
    assert imported_top_level_names(source) == {"numpy", "plotly", "streamlit", "json"}
