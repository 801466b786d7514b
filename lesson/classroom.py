"""Teacher links: a task for the class and the controls a link hides or locks (pure helpers).

A link such as ``/scalar?w=2&prompt=Make a ≈ 0.5&hide=b&lock=activation`` is a small lesson
plan: the page shows the prompt in a box of its own, leaves out the hidden controls and shows
the locked ones disabled; the link's values (or the defaults) still drive every number.
Keys are the URL keys the pages already use; `PAGE_KEYS` lists them page by page.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from urllib.parse import parse_qs, quote, urlencode, urlsplit

from lesson import batch, learn, matrix, scalar, vector
from lesson.export import BOXES

PROMPT_KEY = "prompt"
HIDE_KEY = "hide"
LOCK_KEY = "lock"
CLASSROOM_KEYS = (PROMPT_KEY, HIDE_KEY, LOCK_KEY)
PROMPT_LIMIT = 280  # characters; a longer prompt is cut, with a notice
SEED_KEY = "seed"  # the sidebar's seed (ui.context.SEED_KEY): every page has it
LANG_KEY = "lang"
# The reader's own view, never passed on in a class link: projector mode (ui.context) and
# Streamlit's embedding switches.
VIEW_KEYS = ("present", "embed", "embed_options")


@dataclass(frozen=True)
class PageKeys:
    """What a link may fix on one page: `controls` can be hidden or locked, `boxes`
    (expanders) only hidden. Each key maps to the catalogue key of its label."""

    controls: dict[str, str]
    boxes: dict[str, str]

    @property
    def all(self) -> tuple[str, ...]:
        return (*self.controls, *self.boxes)


_SEED = {SEED_KEY: "sidebar.seed"}
PAGE_KEYS: dict[str, PageKeys] = {
    "home": PageKeys(controls=_SEED, boxes={}),
    "scalar": PageKeys(
        controls={scalar.X.key: "scalar.x", scalar.W.key: "scalar.w", scalar.B.key: "scalar.b",
                  scalar.ACTIVATION.key: "scalar.activation",
                  scalar.DERIVATIVE.key: "scalar.derivative", **_SEED},
        boxes={scalar.TRY.key: "scalar.try_title", scalar.CODE.key: "code.title",
               BOXES["scalar"].key: "export.title"},
    ),
    "vector": PageKeys(
        controls={vector.FEATURES.key: "vector.features",
                  vector.ACTIVATION.key: "vector.activation", vector.X_KEY: "vector.x_column",
                  vector.BUG.key: "vector.bug", vector.PASSES.key: "vector.forward",
                  vector.RESETS.key: "vector.reset", **_SEED},
        boxes={vector.TRY.key: "vector.try_title", vector.PITFALLS.key: "vector.pitfalls_title",
               vector.CODE.key: "code.title", BOXES["vector"].key: "export.title"},
    ),
    "matrix": PageKeys(
        controls={matrix.FEATURES.key: "matrix.features", matrix.SAMPLES.key: "matrix.samples",
                  matrix.SAMPLE_KEY: "matrix.sample", matrix.ACTIVATION.key: "matrix.activation",
                  **_SEED},
        boxes={matrix.TRY.key: "matrix.try_title", matrix.CODE.key: "code.title",
               BOXES["matrix"].key: "export.title"},
    ),
    "batch": PageKeys(
        controls={batch.N_DATA.key: "batch.n_data", batch.BATCH_KEY: "batch.batch",
                  batch.N_FEATURES.key: "batch.features", batch.SPEED.key: "batch.speed",
                  batch.DROP_LAST.key: "batch.drop_last", batch.STEP.key: "batch.server_step",
                  **_SEED},
        boxes={batch.TRY.key: "batch.try_title", batch.CODE.key: "code.title",
               BOXES["batch"].key: "export.title"},
    ),
    "learn": PageKeys(
        controls={learn.DATA.key: "learn.data", learn.SAMPLES.key: "learn.samples",
                  learn.NOISE.key: "learn.noise", learn.ACTIVATION.key: "learn.activation",
                  learn.LOSS.key: "learn.loss", learn.RATE.key: "learn.rate",
                  learn.BATCH.key: "learn.batch", learn.EPOCHS.key: "learn.epochs",
                  learn.START.key: "learn.start", learn.DROP_LAST.key: "learn.drop_last",
                  learn.BUG.key: "learn.bug", learn.STEP.key: "learn.server_step", **_SEED},
        boxes={learn.TRY.key: "learn.try_title", learn.CODE.key: "code.title",
               BOXES["learn"].key: "export.title"},
    ),
}


def clip_prompt(text: str) -> tuple[str, bool]:
    """The prompt to show (surrounding blanks removed) and whether it was cut: a prompt over
    `PROMPT_LIMIT` characters keeps its first ``PROMPT_LIMIT - 1`` and ends with "…"."""
    text = text.strip()
    if len(text) <= PROMPT_LIMIT:
        return text, False
    return text[: PROMPT_LIMIT - 1] + "…", True


def split_keys(raw: Iterable[str]) -> tuple[str, ...]:
    """The keys of ``hide=b,activation`` (every value of a repeated key), blanks dropped,
    each once, in order."""
    keys: dict[str, None] = {}
    for value in raw:
        for key in value.split(","):
            if key.strip():
                keys[key.strip()] = None
    return tuple(keys)


@dataclass(frozen=True)
class Fixed:
    """What one link fixes on one page: the keys it hides and locks, and the keys it names
    that the page does not have (`unknown`) or cannot lock (`unlockable`: boxes)."""

    hidden: frozenset[str]
    locked: frozenset[str]
    unknown: tuple[str, ...]
    unlockable: tuple[str, ...]

    def fixes(self, *keys: str) -> bool:
        """Whether any of `keys` is hidden or locked (a button that would change it is off)."""
        return any(key in self.hidden or key in self.locked for key in keys)


NOTHING_FIXED = Fixed(frozenset(), frozenset(), (), ())


def fixed_keys(page: str, hide: Iterable[str], lock: Iterable[str]) -> Fixed:
    """Sort the keys a link names for `page` into hidden, locked, unknown and unlockable.

    A key both hidden and locked is hidden. Unknown keys change nothing.
    """
    known = PAGE_KEYS.get(page, PageKeys({}, {}))
    hide_keys, lock_keys = split_keys(hide), split_keys(lock)
    unknown = tuple(k for k in dict.fromkeys((*hide_keys, *lock_keys)) if k not in known.all)
    unlockable = tuple(k for k in lock_keys if k in known.boxes)
    hidden = frozenset(k for k in hide_keys if k in known.all)
    locked = frozenset(k for k in lock_keys if k in known.controls) - hidden
    return Fixed(hidden, locked, unknown, unlockable)


def link_choices(page: str, hide: Iterable[str], lock: Iterable[str],
                 prompt: str = "") -> tuple[list[str], list[str], str]:
    """What the share panel starts from on `page`: the current link's hidden and locked keys
    (in its order, keys the page cannot hide or lock dropped, a hidden key not also locked)
    and its prompt (cut as the page shows it), so re-sharing a link keeps its task."""
    known = PAGE_KEYS.get(page, PageKeys({}, {}))
    hidden = [k for k in split_keys(hide) if k in known.all]
    locked = [k for k in split_keys(lock) if k in known.controls and k not in hidden]
    return hidden, locked, clip_prompt(prompt)[0]


def share_query(page_state: Mapping[str, str], *, lang: str, hide: Iterable[str] = (),
                lock: Iterable[str] = (), prompt: str = "") -> dict[str, str]:
    """The query of a class link: the page's current URL state (its own `hide`, `lock`,
    `prompt`, `lang` and the teacher's `VIEW_KEYS` left out: a projector link must not put
    the students' phones in projector mode), then the language and the teacher's choices."""
    query = {k: v for k, v in page_state.items()
             if k not in (*CLASSROOM_KEYS, LANG_KEY, *VIEW_KEYS)}
    query[LANG_KEY] = lang
    hide, lock = list(dict.fromkeys(hide)), [k for k in dict.fromkeys(lock) if k not in hide]
    if hide:
        query[HIDE_KEY] = ",".join(hide)
    if lock:
        query[LOCK_KEY] = ",".join(lock)
    prompt = clip_prompt(prompt)[0]
    if prompt:
        query[PROMPT_KEY] = prompt
    return query


def app_root(url: str, page_path: str) -> str:
    """The app's own address from the address of one of its pages (``st.context.url``):
    ``https://host/base/scalar`` → ``https://host/base`` (query and fragment dropped)."""
    parts = urlsplit(url)
    path = parts.path.rstrip("/")
    if page_path and path.endswith("/" + page_path):
        path = path[: -len(page_path) - 1]
    return f"{parts.scheme}://{parts.netloc}{path}"


def share_url(root: str, page_path: str, query: Mapping[str, str]) -> str:
    """The full link: the app's `root` + ``/page_path`` + the query, percent-encoded (spaces
    as ``%20``; commas kept, so ``hide=b,activation`` stays readable)."""
    path = f"{root.rstrip('/')}/{page_path}"
    encoded = urlencode(query, quote_via=lambda s, *_: quote(s, safe=","))
    return f"{path}?{encoded}" if encoded else path


def read_share_url(url: str) -> tuple[str, dict[str, str]]:
    """The page path and the query of a link made by `share_url` (the last value of a key)."""
    parts = urlsplit(url)
    query = {k: v[-1] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
    return parts.path.lstrip("/"), query
