"""Colours and layout shared by every figure.

One colour per quantity, the same on every page (Okabe–Ito, safe for colour-blind readers):
inputs `x` blue, weights `w` orange, bias `b` purple, pre-activation `z` green, output `a`
vermillion. Heatmaps use a diverging scale centred at zero.
"""

from __future__ import annotations

import base64
import codecs
from dataclasses import dataclass

import numpy as np
import orjson
import plotly.graph_objects as go
import plotly.io as pio
from plotly.colors import get_colorscale

# Plotly checks every property of a new figure against its schema, which costs a few ms per
# figure: most of a slider rerun. The test suite turns this on (tests/conftest.py), so every
# figure the app can draw is checked there; the running app trusts what the tests checked.
VALIDATE = False

COLORS = {
    "x": "#0072B2",
    "w": "#E69F00",
    "b": "#CC79A7",
    "z": "#009E73",
    "a": "#D55E00",
    "derivative": "#56B4E9",
    "muted": "#8C8C8C",
}

# Diverging and colour-blind safe; zero is white-ish in the middle. Spelled out as colour
# stops: Plotly.js itself knows no "RdBu_r" (only Python's validation expands the name).
DIVERGING = get_colorscale("RdBu_r")
# Sequential and colour-blind safe (Cividis: light/dark, also in grey), for values of one sign.
SEQUENTIAL = get_colorscale("Cividis")


@dataclass(frozen=True)
class Look:
    """Sizes that change in projector mode, where a projector washes thin lines out and the
    room reads from 8 m: line widths (px), marker sizes (px) and the font (px; None keeps
    the theme's)."""

    line: float  # the data: curves, outlines
    guide: float  # zero lines, connectors, guides
    marker: int
    font: int | None


NORMAL = Look(line=3, guide=1.5, marker=14, font=None)
PROJECTOR = Look(line=4, guide=3, marker=18, font=20)


def look(present: bool) -> Look:
    """The sizes for projector mode (`present`) or the normal page."""
    return PROJECTOR if present else NORMAL


def figure(data: list[dict], layout: dict, frames: list[dict] | None = None) -> go.Figure:
    """A figure from plain dicts (checked by Plotly when `VALIDATE` is on, as in the tests).

    Keys set to None mean "not set", as they do for Plotly's validation.
    """
    spec = {"data": _drop_none(data), "layout": _drop_none(layout)}
    if frames:
        spec["frames"] = _drop_none(frames)
    if VALIDATE:
        return go.Figure(spec, _validate=True)
    return SpecFigure(spec)


class SpecFigure(go.Figure):
    """A figure that hands its spec on as it was built, for `st.plotly_chart` to send.

    Streamlit reads a figure only through `to_dict()` (so does `plotly.io.to_json`). Even
    unvalidated, a Plotly `Figure` makes an object of every trace of every animation frame
    and then deep-copies the whole spec in `to_dict()`: 2/3 of the batch page's server time
    per slider move, ~1 ms a chart elsewhere (`benchmarks/bench_class.py`). This one stores
    the dicts and converts arrays to Plotly's typed arrays on the way out, as `to_dict()`
    does; tests/test_figures_unvalidated.py checks the JSON is the validated figure's. It
    is not a Figure to edit: it has no `data` or `layout` objects (the tests, which
    validate, get real Figures).
    """

    def __init__(self, spec: dict, *, converted: bool = False) -> None:
        # No Figure.__init__: that is the cost.
        if not converted:
            _typed_arrays(spec)  # numpy arrays → typed arrays, in place
        self.__dict__["_spec"] = spec

    def to_dict(self) -> dict:
        return dict(self._spec)

    def __reduce__(self):  # a copy (st.cache_data pickles) skips the conversion done once
        return (_converted_spec_figure, (self._spec,))

    def __repr__(self) -> str:
        return f"SpecFigure(traces={len(self._spec['data'])})"


def _converted_spec_figure(spec: dict) -> SpecFigure:
    return SpecFigure(spec, converted=True)


class WrittenFigure(SpecFigure):
    """A figure already written as JSON (`written_figure`), for a chart many reruns send
    unchanged: `plotly.io.to_json`, which `st.plotly_chart` calls, copies the text instead
    of writing the figure again. Its `to_dict()` holds the layout's size only (Streamlit
    reads the height from it); everything else is in the text."""

    def __init__(self, text: bytes, size: dict) -> None:
        self.__dict__["_text"] = text
        self.__dict__["_size"] = size

    def to_dict(self) -> dict:
        return _Written(self._text, self._size)

    def __reduce__(self):
        return (WrittenFigure, (self._text, self._size))

    def __repr__(self) -> str:
        return f"WrittenFigure({len(self._text)} bytes)"


class _Written(dict):
    """What Plotly writes for a `WrittenFigure`: its text as it is (`to_plotly_json`, which
    `plotly.io.to_json_plotly` asks for first, orjson then copies the fragment)."""

    def __init__(self, text: bytes, size: dict) -> None:
        super().__init__(layout=dict(size))
        self._text = text

    def to_plotly_json(self) -> orjson.Fragment:
        return orjson.Fragment(self._text)


def written_figure(fig: go.Figure) -> go.Figure:
    """`fig` written as JSON once (a `WrittenFigure`): sent at no writing cost however many
    times. The same figure to Plotly.js (the text differs only in how characters are
    escaped); `fig` itself when Plotly does not write with orjson."""
    if not _writes_with_orjson():
        return fig
    # Plotly's text has "/" as "\\/" (its only escape with a "/" in it): "\\u002f" reads
    # the same and has none.
    text = pio.to_json(fig, validate=False).replace("\\/", "\\u002f")
    size = {key: value for key, value in fig.to_dict().get("layout", {}).items()
            if key in ("height", "width")}
    return WrittenFigure(_ascii(text), size)


# Plotly makes its JSON safe to put in a web page by escaping "<", ">" and "/" in the whole
# text on every write. Parts written here have them (and every non-ASCII character, so the
# text stays one byte a character) escaped already: that pass finds nothing to change.
_UNSAFE = ((b"<", b"\\u003c"), (b">", b"\\u003e"), (b"/", b"\\u002f"))


def _json_escapes(error: UnicodeEncodeError) -> tuple[str, int]:
    """A codec error handler: the characters ASCII cannot hold as JSON escapes."""
    escapes = []
    for character in error.object[error.start:error.end]:
        code = ord(character)
        if code < 0x10000:
            escapes.append(f"\\u{code:04x}")
        else:  # beyond 16 bits: a surrogate pair, as JSON spells it
            code -= 0x10000
            escapes.append(f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}")
    return "".join(escapes), error.end


codecs.register_error("neuron_lab.json", _json_escapes)


def _ascii(text: str) -> bytes:
    """JSON `text` in ASCII (non-ASCII characters escaped: the same JSON)."""
    return text.encode("ascii", "neuron_lab.json")


def prepared(part):
    """A part of a figure's spec (a trace, a frame, layout keys) as `figure` sends it: keys
    set to None dropped, numpy arrays as Plotly.js typed arrays. For figures built once
    and then shown at many steps (the Learn page's), which `from_spec` puts together."""
    part = _drop_none(part)
    _typed_arrays(part)
    return part


def typed(part):
    """`part` with its numpy arrays as Plotly.js typed arrays (in place), for a part built
    without keys set to None (else use `prepared`)."""
    _typed_arrays(part)
    return part


def from_spec(spec: dict, *, frames_json: bytes | None = None) -> go.Figure:
    """A figure from a spec whose every part is `prepared` (checked when `VALIDATE` is on).

    frames_json : `spec["frames"]` already written as JSON (`written`), for an animation
        built once and sent at many steps: Plotly writes a figure with orjson, which copies
        a written part as it is instead of writing every frame again on every rerun (most
        of the Learn page's chart time).
    """
    if VALIDATE:
        return go.Figure(spec, _validate=True)
    if frames_json is not None and _writes_with_orjson():
        spec = {**spec, "frames": orjson.Fragment(frames_json)}
    return SpecFigure(spec, converted=True)


def written(part) -> bytes:
    """`part` (`prepared`: plain lists, dicts, strings and numbers) as JSON, as orjson
    writes it for Plotly but in ASCII with "<", ">" and "/" escaped (the same JSON, and
    nothing for Plotly's last pass to change); join such parts into one JSON array with
    `written_array`."""
    raw = orjson.dumps(part)
    for unsafe, escaped in _UNSAFE:
        raw = raw.replace(unsafe, escaped)
    return raw if raw.isascii() else _ascii(raw.decode())


def written_array(parts: list[bytes]) -> bytes:
    """The JSON array of the `written` parts."""
    return b"[" + b",".join(parts) + b"]"


def _writes_with_orjson() -> bool:
    """Whether `plotly.io.to_json` (which `st.plotly_chart` calls) writes with orjson, so a
    written part (`orjson.Fragment`) goes into its JSON as it is."""
    return pio.json.config.default_engine in ("auto", "orjson")


# Plotly.js's names of the dtypes it reads from base64 ("typed arrays").
_SHORT_TYPES = {"int8": "i1", "uint8": "u1", "int16": "i2", "uint16": "u2", "int32": "i4",
                "uint32": "u4", "float32": "f4", "float64": "f8"}
_NARROW_INTS = (np.int8, np.int16, np.int32)
_SHORT_BY_DTYPE = {np.dtype(name): short for name, short in _SHORT_TYPES.items()}  # fast look-up
_SKIPPED_KEYS = frozenset({"geojson", "layer", "layers", "range"})


def _typed_arrays(spec) -> None:
    """Replace, in place, each numpy array held by a dict in `spec` with Plotly.js's typed
    array, exactly as Plotly's own `convert_to_base64` does for numpy arrays.

    Plotly's version first asks of every value whether it is a pandas, narwhals or other
    array-like (a third of a figure build on the Learn page); the figures here hold only
    numpy arrays and lists, so only numpy arrays are looked for.
    """
    if isinstance(spec, dict):
        for key, value in spec.items():
            if isinstance(value, np.ndarray):
                if key not in _SKIPPED_KEYS:
                    spec[key] = _typed_array(value)
            elif isinstance(value, (dict, list, tuple)):
                _typed_arrays(value)
    elif isinstance(spec, (list, tuple)):
        for value in spec:
            if isinstance(value, (dict, list, tuple)):
                _typed_arrays(value)


def _typed_array(array: np.ndarray):
    """A numpy array as Plotly.js's typed array spec (64-bit integers narrowed as Plotly
    narrows them); an array Plotly.js cannot read as bytes is returned as it is."""
    if array.size == 0:
        return array
    if array.dtype == np.int64:
        low, high = array.min(), array.max()
        narrow = next((t for t in _NARROW_INTS
                       if np.iinfo(t).min <= low and high <= np.iinfo(t).max), None)
        if narrow is None:
            return array
        array = array.astype(narrow)
    elif array.dtype == np.uint64:
        high = array.max()
        narrow = next((t for t in (np.uint8, np.uint16, np.uint32) if high <= np.iinfo(t).max),
                      None)
        if narrow is None:
            return array
        array = array.astype(narrow)
    short = _SHORT_BY_DTYPE.get(array.dtype)
    if short is None:
        return array
    typed = {"dtype": short, "bdata": base64.b64encode(np.ascontiguousarray(array)).decode("ascii")}
    if array.ndim > 1:
        typed["shape"] = str(array.shape)[1:-1]
    return typed


def _drop_none(spec):
    """`spec` without the dict keys whose value is None (arrays are left as they are)."""
    if isinstance(spec, dict):
        return {key: _drop_none(value) for key, value in spec.items() if value is not None}
    if isinstance(spec, list):
        return [_drop_none(item) for item in spec]
    return spec


def layout(*, height: int = 320, title: str | None = None, present: bool = False,
           **extra: object) -> dict:
    """The shared layout as a plain dict; `extra` adds or overrides keys.

    Figures are built in one `go.Figure(data=..., layout=...)` call from plain dicts: Plotly
    validates the whole figure once, which is far cheaper than many ``add_*``/``update_*``
    calls (each of those validates again), and keeps a slider rerun fast. `present`
    sets projector mode's larger font.
    """
    font = look(present).font
    if font:  # Streamlit's theme sets the axes' own fonts, which the layout's font leaves be
        extra = {name: _axis_font(axis, font) if name.startswith(("xaxis", "yaxis")) else axis
                 for name, axis in extra.items()}
    return {
        # Streamlit's theme supplies the look (light or dark), backgrounds included; Plotly's
        # default template would only add ~6.5 KB per figure to every rerun, and time to copy
        # it. (Keys with an underscore, like `paper_bgcolor`, take Plotly's slow path: each
        # costs ~0.04 ms per figure.)
        "template": {},
        "height": height,
        "margin": {"l": 10, "r": 10, "t": (48 if present else 40) if title else 10, "b": 10},
        "showlegend": False,
        "font": {"size": font} if font else None,
        "title": {"text": title, "font": {"size": font + 2} if font else None} if title else None,
        **extra,
    }


def _axis_font(axis: object, size: int) -> object:
    """`axis` (a layout axis dict) with its tick labels and title at `size` px."""
    if not isinstance(axis, dict):
        return axis
    title = axis.get("title")
    return {**axis, "tickfont": {"size": size, **axis.get("tickfont", {})},
            "title": {**title, "font": {"size": size}} if isinstance(title, dict) else title}
