"""Teacher links on every page: the task box, hidden and locked controls, unknown keys."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from lesson.classroom import PAGE_KEYS, PROMPT_LIMIT, clip_prompt, fixed_keys, split_keys
from lesson.plain_text import markdown_code
from tests.helpers import app, chart, decode, notices

PAGES = {"home": "pages/home.py", "scalar": "pages/scalar.py", "vector": "pages/vector.py",
         "matrix": "pages/matrix.py", "batch": "pages/batch.py", "learn": "pages/learn.py"}
# Every control of each page away from its default, so a control that stopped following the
# link would show.
STATES = {
    "home": {"seed": "7"},
    "scalar": {"seed": "7", "x": "1.5", "w": "-2", "b": "0.5", "activation": "tanh",
               "derivative": "true"},
    "vector": {"seed": "7", "v_features": "3", "v_activation": "relu", "v_x": "1,2,-1",
               "v_bug": "true", "v_passes": "3", "v_resets": "1"},
    "matrix": {"seed": "7", "m_features": "3", "m_samples": "5", "m_sample": "2",
               "m_activation": "tanh"},
    "batch": {"seed": "7", "bl_n_data": "30", "bl_batch": "7", "bl_features": "5",
              "bl_speed": "4", "bl_drop_last": "false", "bl_step": "2"},
    "learn": {"seed": "7", "ln_data": "overlap", "ln_samples": "40", "ln_noise": "0.3",
              "ln_activation": "tanh", "ln_loss": "mse", "ln_lr": "0.1", "ln_batch": "16",
              "ln_epochs": "3", "ln_start": "zeros", "ln_drop_last": "true", "ln_bug": "true",
              "ln_step": "2"},
}
# Controls drawn as buttons or a table: the widget keys that stand for the URL key.
WIDGETS = {"v_passes": ("v_forward",), "v_resets": ("v_reset",), "v_x": ("v_x_table_0",),
           "bl_step": ("bl_next", "bl_restart", "bl_to_end"),
           "ln_step": ("ln_next", "ln_restart", "ln_to_end")}
HOSTILE = {
    "markup": "**bold** [a](http://x.test/l) ![i](http://x.test/i.png) <script>alert(1)"
              "</script> <b>b</b> `code` $x^2$ \\(y\\) # not a title",
    "korean_emoji": "w를 2로 두고 a ≈ 0.5가 되게 해 보세요 🧠👩🏽‍🏫 " * 9,  # over 280: cut
    "rtl": "اجعل a ≈ 0.5 عندما w = 2 — שנו את b עד ש-z = 0",
}


def open_page(page: str, query: dict[str, str]):
    at = app(query, page=PAGES[page] if page != "home" else None)
    assert not at.exception
    return at


def prompt_bodies(at) -> list[str]:
    return [element.proto.body for element in at.get("html")
            if 'class="classroom-prompt"' in element.proto.body]


def every_text(at) -> str:
    """All Markdown-read text of the page (markdown, captions, boxes, titles)."""
    kinds = ("markdown", "caption", "warning", "info", "success", "error", "title",
             "subheader")
    return "\n".join(str(e.value) for kind in kinds for e in at.get(kind))


def widget_keys(at) -> dict[str, bool]:
    """Every keyed widget on the page (sidebar too) and whether it is disabled."""
    keys = {}
    for kind in ("slider", "select_slider", "selectbox", "toggle", "number_input", "button"):
        for widget in at.get(kind):
            if widget.key:
                keys[widget.key] = widget.proto.disabled
    for frame in at.get("dataframe"):
        keys[frame.proto.id.rsplit("-", 1)[-1]] = frame.proto.disabled
    return keys


def numbers(at) -> tuple[list[str], list[str]]:
    """What the page computed: its formulas and its charts' data."""
    charts = [json.dumps(json.loads(c.proto.spec)["data"], sort_keys=True)
              for c in at.get("plotly_chart")]
    return [latex.value for latex in at.latex], charts


# ------------------------------------------------------------------ pure helpers


def test_split_keys_takes_commas_and_repeats_once_each():
    assert split_keys(["b, activation", "b", "", " ,x"]) == ("b", "activation", "x")


def test_clip_prompt_cuts_after_the_limit_with_an_ellipsis():
    assert clip_prompt("  a task \n") == ("a task", False)
    exact = "가" * PROMPT_LIMIT
    assert clip_prompt(exact) == (exact, False)
    text, cut = clip_prompt("가" * (PROMPT_LIMIT + 20))
    assert cut and len(text) == PROMPT_LIMIT and text.endswith("…")


def test_fixed_keys_sorts_known_unknown_and_boxes():
    fixed = fixed_keys("scalar", ["b,try,nope"], ["activation,code,b"])
    assert fixed.hidden == {"b", "try"}
    assert fixed.locked == {"activation"}  # b is hidden: hidden wins
    assert fixed.unknown == ("nope",)
    assert fixed.unlockable == ("code",)
    assert fixed.fixes("x", "b") and not fixed.fixes("x", "w")


# ------------------------------------------------------------------ the task box


@pytest.mark.parametrize("kind", HOSTILE)
@pytest.mark.parametrize("page", PAGES)
def test_prompt_is_shown_as_plain_text_on_every_page(page, kind):
    prompt = HOSTILE[kind]
    at = open_page(page, {"prompt": prompt})
    text, cut = clip_prompt(prompt)
    (body,) = prompt_bodies(at)
    # The text, escaped: every character shows as itself, no tag survives.
    assert f">{html.escape(text)}</p>" in body
    assert 'dir="auto"' in body
    assert "<script" not in body and "<b>" not in body and "<a " not in body
    assert text not in every_text(at)  # never handed to the Markdown reader
    assert any("characters" in n for n in notices(at)) == cut


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_in_projector_mode_the_task_has_its_label_beside_it(lang):
    at = open_page("vector", {"prompt": HOSTILE["markup"], "present": "true", "lang": lang})
    (body,) = prompt_bodies(at)
    label = {"en": "Task", "ko": "과제"}[lang]
    assert f'<span class="classroom-prompt-label">{label}</span>' in body
    assert f">{html.escape(HOSTILE['markup'])}</p>" in body
    assert "<script" not in body and "<b>" not in body
    assert not [c for c in at.caption if label in c.value]  # no caption line above it


def test_a_long_prompt_is_cut_with_a_notice():
    at = open_page("scalar", {"prompt": "x" * 300})
    (body,) = prompt_bodies(at)
    assert ">" + "x" * (PROMPT_LIMIT - 1) + "…</p>" in body
    assert notices(at) == ["Some values in the link could not be used:\n- The task in the "
                           "link has 300 characters; it is cut after 280."]


def test_no_prompt_no_box():
    at = open_page("scalar", {"prompt": "   "})
    assert prompt_bodies(at) == []


# ------------------------------------------------------------------ hide and lock


@pytest.mark.parametrize("page", PAGES)
def test_hidden_controls_are_absent_and_the_link_still_drives_the_numbers(page):
    state = STATES[page]
    plain = open_page(page, state)
    keys = PAGE_KEYS[page]
    at = open_page(page, {**state, "hide": ",".join(keys.all)})
    shown = widget_keys(at)
    for key in keys.controls:
        for widget in WIDGETS.get(key, (key,)):
            assert widget not in shown, f"{widget} still drawn"
    assert not at.expander  # every box of the page hidden
    assert numbers(at) == numbers(plain)
    assert notices(at) == notices(plain)  # no notice about the link


@pytest.mark.parametrize("page", PAGES)
def test_locked_controls_are_disabled_and_the_link_still_drives_the_numbers(page):
    state = STATES[page]
    plain = open_page(page, state)
    keys = PAGE_KEYS[page]
    at = open_page(page, {**state, "lock": ",".join(keys.controls)})
    shown = widget_keys(at)
    for key in keys.controls:
        for widget in WIDGETS.get(key, (key,)):
            assert shown[widget] is True, f"{widget} not disabled"
    assert numbers(at) == numbers(plain)
    assert notices(at) == notices(plain)  # no notice about the link
    for kind in ("slider", "select_slider", "selectbox", "toggle", "number_input"):
        for widget in at.get(kind):
            if widget.key in keys.controls:
                assert widget.label.startswith(":material/lock:")
                assert widget.help.startswith("Locked by the link your teacher shared.")


def test_buttons_that_would_change_a_locked_control_are_off():
    at = open_page("scalar", {"lock": "x", "try": "true"})
    buttons = {b.key: b.proto.disabled for b in at.button}
    assert buttons["random_input"] and buttons["lesson_example"]
    assert not buttons["random_parameters"]  # w and b are free
    assert buttons["scalar_try_saturate"] and not buttons["scalar_try_zero_weight"]
    assert at.button(key="random_input").help.startswith("Off: it would change")


@pytest.mark.parametrize("page", ["batch", "learn"])
def test_try_it_is_off_where_the_link_fixes_the_step_it_rewinds(page):
    prefix = {"batch": "bl", "learn": "ln"}[page]
    step, box = f"{prefix}_step", f"{prefix}_try"
    free = open_page(page, {step: "2", box: "true"})
    at = open_page(page, {step: "2", box: "true", "lock": step})
    buttons = [key for key in widget_keys(free) if key.startswith(f"{page}_try_")]
    assert len(buttons) >= 3
    for key in buttons:
        assert widget_keys(free)[key] is False, key
        assert widget_keys(at)[key] is True, f"{key} would rewind a locked {step}"
        assert at.button(key=key).help.startswith("Off: it would change")
    assert at.query_params[step] in ("2", ["2"])


def counts(at) -> str:
    """The vector page's counters as its caption says them."""
    return next(c.value for c in at.caption if c.value.startswith("Forward passes:"))


@pytest.mark.parametrize("fix", ["lock", "hide"])
def test_a_fixed_forward_count_holds_when_the_number_of_features_changes(fix):
    free = open_page("vector", {"v_passes": "3", "v_resets": "2"})
    free.slider(key="v_features").set_value(3).run()
    # A new neuron: its counters restart...
    assert counts(free).startswith("Forward passes: 1. Parameter resets: 0.")
    at = open_page("vector", {"v_passes": "3", "v_resets": "2", fix: "v_passes"})
    at.slider(key="v_features").set_value(3).run()
    assert not at.exception
    # ...except the one the teacher fixed: the new neuron has gone through its 3 passes.
    assert counts(at).startswith("Forward passes: 3. Parameter resets: 0.")
    assert at.query_params["v_passes"] in ("3", ["3"])
    assert decode(chart(at, "v_history")["data"][0]["z"]).shape == (3, 3)  # 3 features, 3 passes


def test_a_hidden_value_from_the_link_is_checked_like_a_drawn_one():
    at = open_page("scalar", {"hide": "w", "w": "99"})
    assert notices(at) == ["Some values in the link could not be used:\n- `w=99` is outside "
                           "-6 … 6; using 5 instead."]
    assert "3 \\cdot 5" in at.latex[0].value


def test_unknown_keys_get_a_notice_naming_them_and_nothing_else_changes():
    plain = open_page("scalar", {"w": "2"})
    at = open_page("scalar", {"w": "2", "hide": "v_features,b`![i](u)", "lock": "bogus"})
    hostile = markdown_code("b`![i](u)")
    assert hostile.startswith("``") and hostile.endswith("``")  # a fence the key cannot end
    assert notices(at) == ["Some values in the link could not be used:\n- `hide` or `lock` "
                           "names a control this page does not have: `v_features`, "
                           f"{hostile}, `bogus`. It is ignored."]
    assert widget_keys(at) == widget_keys(plain)
    assert numbers(at) == numbers(plain)


def test_korean_notice_for_unknown_keys():
    at = open_page("matrix", {"lang": "ko", "lock": "x,m_code"})
    (text,) = notices(at)
    assert "`x`" in text and "`m_code`" in text


def test_the_readme_lists_each_pages_keys():
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Teaching with Neuron Lab", 1)[1].split("\n## ", 1)[0]
    rows = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip("|").split("|")]
        if len(cells) == 4 and cells[1].startswith("`/"):
            page = cells[1].strip("`/") or "home"
            rows[page] = tuple(re.findall(r"`([a-z_]+)`", cells[2] + " " + cells[3]))
    assert rows == {page: keys.all for page, keys in PAGE_KEYS.items()}


def test_a_button_whose_controls_are_all_hidden_goes_too():
    at = open_page("scalar", {"hide": "x,b"})
    buttons = {b.key: b.proto.disabled for b in at.button}
    assert "random_input" not in buttons  # it only sets x
    assert buttons["random_parameters"] and buttons["lesson_example"]  # they set b too


def test_a_locked_table_says_so_in_its_header():
    at = open_page("vector", {"lock": "v_x"})
    (frame,) = at.get("dataframe")
    header = json.loads(frame.proto.columns)["x"]
    assert frame.proto.disabled and header["label"].startswith("🔒 ")  # plain text there
    assert header["help"].startswith("Locked by the link your teacher shared.")
