"""The deployment files parse: HAProxy accepts deploy/haproxy.cfg as it is shipped."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

DEPLOY = Path(__file__).resolve().parent.parent / "deploy"


def test_haproxy_accepts_the_shipped_config():
    if shutil.which("haproxy") is None:
        if os.environ.get("CI"):
            pytest.fail("CI is set and haproxy is missing (apt-get install haproxy)")
        pytest.skip("haproxy is not installed (apt-get install haproxy)")
    result = subprocess.run(["haproxy", "-c", "-f", str(DEPLOY / "haproxy.cfg")],
                            capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Configuration file is valid" in result.stdout
