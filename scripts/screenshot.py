"""Make docs/scalar.png, the README's picture of the scalar page (light theme, 1400×1500:
controls, formulas, graph and both charts).

    python scripts/screenshot.py [--out docs/scalar.png]

Starts the app with `streamlit run` and a headless Chromium exactly as the browser tests do
(tests/browser/harness.py), opens the scalar page at the lesson's example, and saves the
visible window. Needs Chromium at /usr/bin/chromium (or $CHROMIUM).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser import harness  # noqa: E402
from ui.navigation import LESSON_PAGES  # noqa: E402

SCALAR = next(page.url_path for page in LESSON_PAGES if page.name == "scalar")
# The lesson's worked example: z = 3·5 + (−1) = 14, a = σ(14).
QUERY = "lang=en&derivative=true"
SIZE = {"width": 1400, "height": 1500}
# "viewer" hides the developer's Deploy button: the picture shows what a reader sees.
SERVER_ARGS = ("--client.toolbarMode", "viewer")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "scalar.png")
    args = parser.parse_args()

    log = harness.ARTIFACTS / "streamlit-screenshot.log"
    with harness.app_server(log, extra_args=SERVER_ARGS) as server, \
            harness.chromium() as browser:
        context = browser.new_context(color_scheme="light", locale="en-US", viewport=SIZE)
        page = context.new_page()
        harness.open_page(page, server.url)  # the entry point first: see test_cold_start.py
        harness.open_page(page, f"{server.url}/{SCALAR}?{QUERY}")
        harness.assert_no_exception(page)
        path = harness.screenshot(page, args.out, full_page=False)
        context.close()
    print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: "
          f"{path.stat().st_size / 1024:.0f} KB")


if __name__ == "__main__":
    main()
