"""The app with bench_floor's bare page skeletons in its navigation, for `streamlit run`.

    streamlit run benchmarks/floor_app.py
    → http://localhost:8501/bench-bench_variant_page?bench_variant=<a name in VARIANTS>

The entry point is the app's own (`streamlit_app.py`, compiled once as the server compiles
a script once); importing `benchmarks.floor_pages` the first time adds the one variant page
to its navigation, in this server process only. So a skeleton pays what every page of the
app pays (entry point, navigation, sidebar), as in `bench_floor.py`, and the class
benchmark (`bench_class.py`) can time it over real sockets like the real pages.
"""

from benchmarks.floor_pages import ENTRY_POINT_CODE

exec(ENTRY_POINT_CODE, {"__name__": "__main__"})
