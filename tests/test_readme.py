"""The README's example runs and prints what the README says it prints."""

import contextlib
import io
import re
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"


def test_readme_example_prints_what_it_promises():
    [code] = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "README.md", "exec"), {})
    lines = out.getvalue().splitlines()
    assert lines[0] == "0.9999991684719722"
    assert lines[1:13] == ["(20, 8) (8, 1)"] * 12
    assert lines[13:] == ["200 (201, 20)", "1.315 -> 0.081"]
    # The expected output written in the README's comments matches.
    assert "# 0.9999991684719722" in code
    assert "# (20, 8) (8, 1)   ... twelve times" in code
    assert "# 200 (201, 20)\n" in code and "# 1.315 -> 0.081\n" in code
