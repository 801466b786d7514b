"""The Korean pages as a reader sees them: particles that fit the values, no English left."""

import pytest

from lesson.scalar import slider_input
from tests.helpers import app


def _texts(at) -> str:
    return " ".join(str(element.value) for kind in ("markdown", "caption", "info", "success",
                                                    "warning", "error")
                    for element in getattr(at, kind))


@pytest.mark.parametrize(("seed", "particle"), [("0", "으로"), ("7", "로"), ("8", "로"),
                                                 ("10", "으로"), ("2", "로"), ("3", "으로")])
def test_the_seed_takes_the_particle_its_number_needs(seed, particle):
    at = app({"lang": "ko", "seed": seed}, page="pages/vector.py")
    assert not at.exception
    assert f"시드 {seed}{particle} N(0, 1)에서 뽑은 값입니다." in _texts(at)


@pytest.mark.parametrize(("batch", "n_data", "said"), [
    (30, 20, "배치 크기를 30에서 20으로 줄였습니다"),
    (8, 7, "배치 크기를 8에서 7로 줄였습니다"),
    (12, 6, "배치 크기를 12에서 6으로 줄였습니다"),
])
def test_a_lowered_batch_size_reads_right_in_korean(batch, n_data, said):
    at = app({"lang": "ko", "bl_batch": str(batch)}, page="pages/batch.py")
    at.slider(key="bl_n_data").set_value(n_data).run()
    assert not at.exception
    [info] = [i.value for i in at.info if "배치 크기를" in i.value]
    assert info.startswith(said)
    assert at.slider(key="bl_batch").value == n_data


def test_a_random_x_in_korean_says_which_draw_and_which_step():
    at = app({"lang": "ko", "seed": "0"}, page="pages/scalar.py")
    at.button(key="random_input").click().run()
    first, drawn = slider_input(0, 0)
    caption = _texts(at)
    assert f"x: 시드 0으로 N(0, 5²)에서 1번째로 뽑은 값은 {drawn:.6g}" in caption
    assert "0.1 간격으로 움직이므로" in caption
    assert f"x = {first['x']:g}" in caption


def test_the_forward_button_is_korean():
    at = app({"lang": "ko"}, page="pages/vector.py")
    labels = [button.label for button in at.button]
    assert "순전파 실행" in labels
    assert "Forward" not in labels


@pytest.mark.parametrize("page", ["pages/scalar.py", "pages/vector.py", "pages/matrix.py"])
def test_the_activation_menu_shows_labels_and_keeps_code_names_in_the_link(page):
    key = {"pages/scalar.py": "activation", "pages/vector.py": "v_activation",
           "pages/matrix.py": "m_activation"}[page]
    at = app({"lang": "ko", key: "leaky_relu"}, page=page)
    menu = at.selectbox(key=key)
    assert menu.value == "leaky_relu"
    assert "leaky ReLU (기울기 0.01)" in menu.options
    assert "항등 함수 (활성화 없음)" in menu.options
    assert "leaky_relu" not in menu.options
    menu.set_value("identity").run()
    assert not at.exception
    assert at.query_params[key] in ("identity", ["identity"])
    menu.set_value("sigmoid").run()  # the default stays out of the link
    assert key not in at.query_params


def test_a_bad_activation_in_the_link_gives_a_notice_and_the_default():
    at = app({"lang": "ko", "activation": "softmax"}, page="pages/scalar.py")
    assert at.selectbox(key="activation").value == "sigmoid"
    [notice] = [w.value for w in at.warning]
    assert "`activation=softmax`는 sigmoid, tanh" in notice  # 소프트맥스는


def test_korean_lines_break_between_words_only():
    ko = app({"lang": "ko"}, page="pages/scalar.py")
    en = app({"lang": "en"}, page="pages/scalar.py")
    css = lambda at: " ".join(element.proto.body for element in at.get("html"))  # noqa: E731
    assert "word-break: keep-all" in css(ko)
    assert "keep-all" not in css(en)


def test_plotly_toolbar_speaks_korean():
    from tests.helpers import chart_configs

    for at, lang in ((app({"lang": "ko"}, page="pages/matrix.py"), "ko"),
                     (app({"lang": "en"}, page="pages/matrix.py"), "en")):
        for config in chart_configs(at):
            if lang == "ko":
                assert config["locale"] == "ko"
                assert config["locales"]["ko"]["dictionary"]["Zoom in"] == "확대"
            else:
                assert "locale" not in config


@pytest.mark.parametrize(("page", "query", "comment"), [
    ("pages/scalar.py", {"code": "true"}, "# z와 a를 한 번에 계산"),
    ("pages/vector.py", {"v_code": "true"}, "# 순전파 횟수만큼"),
    ("pages/matrix.py", {"m_code": "true"}, "# 샘플 하나 = X의 열 하나 = 벡터 뉴런 하나"),
    ("pages/batch.py", {"bl_code": "true"}, "# w와 b는 첫 배치에서 뽑힌 뒤 그대로 유지"),
])
def test_the_code_panels_comments_are_korean_and_the_code_still_runs(page, query, comment):
    at = app({"lang": "ko", **query}, page=page)
    [code] = [element.value for element in at.code if "import" in element.value]
    assert comment in code
    english = app({"lang": "en", **query}, page=page)
    [english_code] = [element.value for element in english.code if "import" in element.value]
    strip = lambda text: [line.split("#")[0].rstrip() for line in text.splitlines()]  # noqa: E731
    assert strip(code) == strip(english_code)  # the same code, only the comments differ
    compile(code, page, "exec")


def test_the_activation_survives_a_page_switch_and_returns_to_the_link():
    at = app({"lang": "ko"}, page="pages/scalar.py")
    at.selectbox(key="activation").set_value("relu").run()
    at.switch_page("pages/vector.py").run()
    assert not at.exception
    at.switch_page("pages/scalar.py").run()
    assert at.selectbox(key="activation").value == "relu"
    assert at.query_params["activation"] in ("relu", ["relu"])


def test_selectboxes_have_a_translated_placeholder():
    at = app({"lang": "ko"}, page="pages/scalar.py")
    assert at.selectbox(key="activation").proto.placeholder == "하나를 고르세요"
    en = app({"lang": "en"}, page="pages/scalar.py")
    assert en.selectbox(key="activation").proto.placeholder == "Choose an option"
