"""Home: what a neuron is, its pipeline, and the path through the lab."""

import streamlit as st

from figures.graph import GraphText
from ui.context import page_context
from ui.graph import graph
from ui.header import header
from ui.navigation import LESSON_PAGES

ctx = page_context()
tr = ctx.tr

header(ctx, "home")

st.subheader(tr("home.pipeline_title"))
graph(GraphText(), tr)
st.markdown(tr("home.pipeline_caption"))
st.info(tr("home.params"), icon=":material/casino:")

st.subheader(tr("home.path_title"))
st.caption(tr("home.path_caption"))
for page in LESSON_PAGES:
    with st.container(border=True):
        st.markdown(tr(f"home.path_{page.name}"))
        if page.ready:
            st.page_link(page.path, label=f"{tr('home.open')}: {tr(page.nav_key)}", icon=page.icon)
        else:
            st.caption(tr("home.soon"))
