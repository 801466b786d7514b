"""How low the rerun ratios of issues 3 and 4 can go: each page's required elements, bare.

    python benchmarks/bench_floor.py [--runs 40] [--cached-scripts]

Each variant is the empty page of this app (entry point, navigation, sidebar; see
benchmarks/common.py) plus plain Streamlit calls with trivial content for what the issue
requires of each page: its controls, its formulas, graph and code panel, its charts, but no
numbers of the neuron, no URL binding, no long text, and Plotly charts of two points.
If even such a bare page costs more than the target ratio, no version of the real page in
Streamlit meets it. Same timing as bench_scalar_rerun.py (script time in AppTest,
interleaved medians; `--cached-scripts` compiles each script once, as a server does).
Prints numbers, asserts nothing.
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


from benchmarks.common import (  # noqa: E402
    VARIANT_QUERY,
    arguments,
    open_app,
    register_variant_page,
    time_scripts,
)

CHART = """\
import plotly.graph_objects as go
def chart(key, kind="scatter"):
    trace = ({"type": "scatter", "x": [0, 1], "y": [0, 1]} if kind == "scatter"
             else {"type": "heatmap", "z": [[0, 1], [1, 0]]})
    figure = go.Figure(data=[trace], layout={"template": {}}, _validate=False)  # as the app
    st.plotly_chart(figure, theme="streamlit", key=key)
"""
SCALAR_CONTROLS = """\
st.slider("x", -10.0, 10.0, 3.0, key="f_x")
st.slider("w", -5.0, 5.0, 5.0, key="f_w")
st.slider("b", -5.0, 5.0, -1.0, key="f_b")
st.selectbox("g", ["sigmoid", "tanh"], key="f_g")
st.toggle("g'", key="f_d")
st.button("lesson", key="f_l")
st.button("random", key="f_r")
"""
# Formulas with numbers, the computation graph, the code panel (issue 3, section 2).
SCALAR_TEXT = """\
st.latex("z = 3 \\cdot 5 + (-1) = 14")
st.latex("a = \\sigma(14) = 0.99999917")
st.markdown("<svg></svg>", unsafe_allow_html=True)
with st.expander("code"):
    st.code("print(1)")
"""
MATRIX_CONTROLS = """\
st.slider("l_I", 1, 64, 64, key="f_f")
st.slider("N", 1, 256, 256, key="f_n")
st.slider("i", 0, 255, 0, key="f_i")
st.selectbox("g", ["sigmoid", "tanh"], key="f_g")
"""
MATRIX_TEXT = """\
st.markdown("X (64×256) @ w (64×1) + b → (256×1)")
st.latex("z_0 = x_0^T w + b = 0.5")
with st.expander("code"):
    st.code("print(1)")
"""
VECTOR = """\
import pandas as pd
st.slider("l_I", 1, 32, 32, key="f_f")
st.selectbox("g", ["sigmoid", "tanh"], key="f_g")
st.data_editor(pd.DataFrame({"x": [0.5] * 32}), key="f_table", num_rows="fixed")
st.button("seed's x", key="f_x")
st.markdown("x (1×32) @ w (32×1) + b → (1×1)")
st.latex("z = x^T w + b = 0.5")
st.latex("a = \\sigma(0.5) = 0.62")
st.toggle("bug", key="f_bug")
st.button("forward", key="f_fw")
st.button("reset", key="f_rs")
st.success("w is the same")
with st.expander("code"):
    st.code("print(1)")
"""
BATCH = """\
with st.container(border=True):
    c1, c2, c3, c4 = st.columns(4)
    c1.slider("n_data", 1, 500, 100, key="f_n")
    c2.slider("batch", 1, 100, 8, key="f_b")
    c3.slider("l_I", 1, 64, 20, key="f_f")
    c4.slider("speed", 1, 20, 2, key="f_s")
    st.toggle("drop_last", key="f_d")
with st.container(border=True):
    for i, column in enumerate(st.columns(3)):
        column.button("step", key=f"f_step{i}")
    st.caption("batch i = 0")
chart("b0")
st.caption("legend")
st.code("batch 0: 0-7", language="text")
st.markdown("w and b are the same")
chart("b1", "heatmap")
with st.expander("code"):
    st.code("print(1)")
"""
# The Learn page (issue 11) as laid out: 12 controls two a row in a column beside the
# animation and its 3 step buttons, then 3 formulas and 3 more charts under both, its headings
# and captions, the Try it and code boxes (closed).
LEARN = """\
st.markdown("Up to now w and b were drawn at random, once.")
st.expander("try it")
side, picture = st.columns([2, 3])
details = st.container()
with side.container(border=True):
    st.selectbox("data", ["blobs", "xor"], key="f_data")
    st.caption("Two separate clouds.")
    c = st.columns(2)
    c[0].slider("samples", 10, 500, 100, key="f_n")
    c[1].slider("noise", 0.0, 1.0, 0.2, key="f_noise")
    c = st.columns(2)
    c[0].selectbox("g", ["sigmoid", "tanh"], key="f_g")
    c[1].selectbox("start", ["random", "zeros"], key="f_start")
    c = st.columns([3, 2])
    c[0].selectbox("L", ["bce", "mse"], key="f_loss")
    c[1].select_slider("lr", ["0.1", "0.5"], "0.5", key="f_lr")
    c = st.columns(2)
    c[0].select_slider("batch", ["8", "full"], "8", key="f_batch")
    c[1].slider("epochs", 1, 100, 20, key="f_epochs")
    st.toggle("drop last", key="f_drop")
    st.toggle("bug", key="f_bug")
with picture:
    chart("l0")
    with st.container(border=True):
        st.markdown("**Step by step**")
        c = st.columns(3)
        c[0].button("next", key="f_next")
        c[1].button("restart", key="f_restart")
        c[2].button("end", key="f_end")
        st.caption("step 0 of 260")
    st.caption("legend")
with details:
    st.subheader("update")
    st.latex("\\\\frac{\\\\partial L}{\\\\partial z} = a - y")
    st.latex("\\\\frac{\\\\partial L}{\\\\partial w} = X \\\\cdot dz / n")
    st.latex("w \\\\leftarrow w - \\\\eta \\\\cdot dw")
    st.caption("n = 8")
    c = st.columns(2)
    c[0].subheader("loss")
    with c[0]:
        chart("l1")
    c[1].subheader("w and b")
    with c[1]:
        chart("l2")
    c = st.columns([3, 2])
    c[0].subheader("landscape")
    with c[0]:
        chart("l3")
    c[1].markdown("Each point of the map is one choice of (w, b).")
st.subheader("result")
st.markdown("After 260 steps: w = (1, 2), b = 0")
st.expander("code")
"""
LEARN_FLOOR = "learn, bare: controls, buttons, formulas, 4 charts"
# What every lesson page has around its own elements since issue 12 (its "Try it" box at the
# top, closed; its "Download" box at the end, closed) and, on the two animated pages, the
# small component that tells the server where the reader paused the animation
# (`ui.animation_sync`, the app's own: it is the element, there is nothing barer).
TRY_IT = 'st.expander("try it")\n'
DOWNLOAD = 'st.expander("download")\n'
SYNC = ('from ui.animation_sync import follow_animation\n'
        'follow_animation("{chart}", 0, lambda shown: None)\n')

VARIANTS = {
    "empty page of this app (baseline)": "",
    "one bare Plotly chart": CHART + "chart('c0')\n",
    "scalar, bare: its 7 controls": SCALAR_CONTROLS,
    "  + formulas, graph, code panel": SCALAR_CONTROLS + SCALAR_TEXT,
    "  + its 2 charts (target ≤ 2)": CHART + SCALAR_CONTROLS + SCALAR_TEXT
                                      + "chart('c0')\nchart('c1')\n",
    "matrix, bare: 4 controls, shapes, formula, code": MATRIX_CONTROLS + MATRIX_TEXT,
    "  + its 4 heatmaps (target ≤ 3)": CHART + MATRIX_CONTROLS + MATRIX_TEXT
                                        + "".join(f"chart('h{i}', 'heatmap')\n" for i in range(4)),
    "vector, bare: controls, table, shapes, formulas, code": VECTOR,
    "  + its 3 heatmaps and bar chart (target ≤ 3)": CHART + VECTOR + "".join(
        f"chart('v{i}', 'heatmap')\n" for i in range(3)) + "chart('v3')\n",
    "batch, bare: controls, steps, chart, log, w heatmap, code": CHART + BATCH,
    LEARN_FLOOR: CHART + LEARN,
}
# Each lesson page's skeleton: its own elements as above, inside what every page has.
PAGE_FRAMED = {
    "scalar": "  + its 2 charts (target ≤ 2)",
    "vector": "  + its 3 heatmaps and bar chart (target ≤ 3)",
    "matrix": "  + its 4 heatmaps (target ≤ 3)",
    "batch": "batch, bare: controls, steps, chart, log, w heatmap, code",
    "learn": LEARN_FLOOR,
}
_SYNCED = {"batch": ('chart("b0")\n', "b0"), "learn": ('    chart("l0")\n', "l0")}


def _framed(page: str) -> str:
    body = VARIANTS[PAGE_FRAMED[page]].replace(TRY_IT, "")
    if page in _SYNCED:
        line, chart = _SYNCED[page]
        indent = line[:len(line) - len(line.lstrip())]
        sync = "".join(indent + s + "\n" for s in SYNC.format(chart=chart).splitlines())
        assert line in body
        body = body.replace(line, line + sync)
    return TRY_IT + body + DOWNLOAD


for _page in PAGE_FRAMED:
    VARIANTS[f"{_page} page: + Try it, Download{' and animation sync' * (_page in _SYNCED)}"] = (
        _framed(_page))
# Each lesson page's bare skeleton (a name in VARIANTS) and the slider a benchmark moves on it.
PAGE_SKELETONS = {
    page: (f"{page} page: + Try it, Download{' and animation sync' * (page in _SYNCED)}", key)
    for page, key in (("scalar", "f_w"), ("vector", "f_f"), ("matrix", "f_n"), ("batch", "f_b"),
                      ("learn", "f_epochs"))
}


def main() -> None:
    durations = time_scripts()
    args = arguments(__doc__, runs=40)
    runs = args.runs

    path = register_variant_page(VARIANTS)
    apps = {name: open_app(path, {VARIANT_QUERY: name}) for name in VARIANTS}
    for _ in range(3):  # warm-up
        for at in apps.values():
            at.run()
    times: dict[str, list[float]] = {name: [] for name in apps}
    for _ in range(runs):
        for name, at in apps.items():
            durations.clear()
            at.run()
            times[name].append(sum(durations))
    medians = {name: statistics.median(values) for name, values in times.items()}
    baseline = medians[next(iter(VARIANTS))]
    cached = ", scripts compiled once" if args.cached_scripts else ""
    print(f"{runs} reruns each, median script time (interleaved, same process{cached})")
    for name, median in medians.items():
        print(f"{name:52} {median * 1000:6.2f} ms {median / baseline:6.2f} x")


if __name__ == "__main__":
    main()
