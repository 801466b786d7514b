"""Bring an element into view once, e.g. the chart a "Try it" button has just changed.

Streamlit has no scrolling of its own; a tiny `st.components.v2` script does it in the
browser. Mount it only in the run that should scroll (it scrolls each time it is drawn with
new data).
"""

from __future__ import annotations

import streamlit as st

# Waits (briefly) for the element: charts are drawn lazily, after the run's other elements.
_JS = """
export default function (component) {
  const { data } = component;
  if (!data || !data.target) return;
  const go = () => {
    const element = document.querySelector('.st-key-' + data.target);
    if (!element) return false;
    element.scrollIntoView({ block: 'center' });
    return true;
  };
  if (go()) return;
  let tries = 0;
  const timer = setInterval(() => { if (go() || ++tries > 30) clearInterval(timer); }, 100);
  return () => clearInterval(timer);
}
"""

_COMPONENT = st.components.v2.component("neuron_lab_scroll_to", js=_JS)


def scroll_to(element_key: str, *, nonce: int) -> None:
    """Scroll the page so that the element with widget key `element_key` is in view.
    `nonce`: a new number for each request, so the same target scrolls again."""
    _COMPONENT(data={"target": element_key, "nonce": nonce}, key=f"scroll_{element_key}")
