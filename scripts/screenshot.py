"""Make the README's pictures in docs/: the scalar page (scalar.png), the same page in
projector mode on a 1280×720 projector (projector.png), and the scalar page on a phone
(phone.png, 390×844 with touch, scrolled to the activation curve and the formulas).

    python scripts/screenshot.py [--out-dir docs]

Starts the app with `streamlit run` and a headless Chromium exactly as the browser tests do
(tests/browser/harness.py), opens each page at the lesson's example, and saves the visible
window. Needs Chromium at /usr/bin/chromium (or $CHROMIUM).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser import harness  # noqa: E402
from ui.navigation import LESSON_PAGES  # noqa: E402

SCALAR = next(page.url_path for page in LESSON_PAGES if page.name == "scalar")
# "viewer" hides the developer's Deploy button: the picture shows what a reader sees.
SERVER_ARGS = ("--client.toolbarMode", "viewer")


@dataclass(frozen=True)
class Shot:
    name: str  # file name in the output folder
    path: str  # page and query
    width: int
    height: int
    phone: bool = False
    scroll_to: str | None = None  # CSS selector of what to bring to the top of the window


# The lesson's worked example: z = 3·5 + (−1) = 14, a = σ(14).
SHOTS = (
    Shot("scalar.png", f"{SCALAR}?lang=en&derivative=true", 1400, 900),
    Shot("projector.png", f"{SCALAR}?lang=en&present=true", 1280, 720),
    Shot("phone.png", f"{SCALAR}?lang=en", 390, 844, phone=True,
         scroll_to=".st-key-scalar_activation"),
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", type=Path, default=ROOT / "docs")
    args = parser.parse_args()

    log = harness.ARTIFACTS / "streamlit-screenshot.log"
    with harness.app_server(log, extra_args=SERVER_ARGS) as server, \
            harness.chromium() as browser:
        for shot in SHOTS:
            context = browser.new_context(
                color_scheme="light", locale="en-US",
                viewport={"width": shot.width, "height": shot.height},
                device_scale_factor=2 if shot.phone else 1,
                has_touch=shot.phone, is_mobile=shot.phone)
            page = context.new_page()
            harness.open_page(page, server.url)  # the entry point first: see test_cold_start
            harness.open_page(page, f"{server.url}/{shot.path}")
            harness.assert_no_exception(page)
            if shot.scroll_to:
                page.locator(shot.scroll_to).evaluate(
                    """(element) => { element.scrollIntoView({block: 'start'});
                         document.querySelector('[data-testid=stMain]').scrollBy(0, -62); }""")
                # (62 px: the header, opaque on a phone, ends at 60)
                page.wait_for_timeout(300)  # the scroll settles (no event to wait for)
            path = harness.screenshot(page, args.out_dir / shot.name, full_page=False)
            context.close()
            print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: "
                  f"{path.stat().st_size / 1024:.0f} KB")


if __name__ == "__main__":
    main()
