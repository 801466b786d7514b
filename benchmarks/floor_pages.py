"""Imported once per server by `floor_app.py`: the skeleton page, and the app's entry point.

The variant page is registered on import (see `benchmarks.common.register_variant_page`),
so it exists once however many runs import this module.
"""

from __future__ import annotations

from benchmarks.bench_floor import PAGE_SKELETONS, VARIANTS
from benchmarks.common import ROOT, VARIANT_QUERY, register_variant_page

SKELETON_URL = "bench-bench_variant_page"  # the variant page's url_path (common._register)
_ENTRY_POINT = ROOT / "streamlit_app.py"
ENTRY_POINT_CODE = compile(_ENTRY_POINT.read_text(encoding="utf-8"), str(_ENTRY_POINT), "exec")

register_variant_page(VARIANTS)

__all__ = ["ENTRY_POINT_CODE", "PAGE_SKELETONS", "SKELETON_URL", "VARIANT_QUERY"]
