"""모든 페이지가 함께 쓰는 문자열: 사이드바, 내비게이션, 알림, 코드 패널."""

STRINGS = {
    "app.name": "뉴런 랩",
    "app.tagline": "인공 뉴런 하나를 한 단계씩 뜯어보기",
    "nav.home": "홈",
    "nav.scalar": "스칼라 뉴런",
    "nav.vector": "벡터 뉴런",
    "nav.matrix": "행렬 뉴런",
    "nav.batch": "배치 루프",
    "nav.learn": "학습",
    "sidebar.language": "언어",
    "sidebar.present": "프로젝터 모드",
    "sidebar.present_help": "교실 화면에 띄울 때 씁니다. 글자와 그림을 크게 하고 설명은 접어 두며 "
    "사이드바를 숨깁니다. 링크에 present=true로 저장됩니다.",
    "sidebar.seed": "난수 시드",
    "sidebar.seed_help": "앱의 모든 무작위 값(파라미터, 데이터)은 이 시드에서 나옵니다. "
    "같은 시드와 같은 링크는 언제나 같은 숫자를 보여 줍니다.",
    "sidebar.source": "GitHub 소스 코드",
    "sidebar.share": "모든 설정값은 페이지 주소(URL)에 저장됩니다. 주소를 복사하면 지금 화면을 "
    "그대로 공유할 수 있습니다.",
    "notice.title": "링크의 일부 값을 사용할 수 없었습니다:",
    "notice.not_a_number": "{setting}은(는) 숫자가 아닙니다. 대신 {used}을(를) 씁니다.",
    "notice.not_finite": "{setting}은(는) 유한한 숫자가 아닙니다. 대신 {used}을(를) "
    "씁니다.",
    "notice.out_of_range": "{setting}은(는) {lo} … {hi} 범위를 벗어납니다. 대신 "
    "{used}을(를) 씁니다.",
    "notice.not_an_integer": "{setting}은(는) 정수가 아닙니다. 대신 {used}을(를) 씁니다.",
    "notice.unknown_option": "{setting}은(는) {options} 중 하나가 아닙니다. 대신 "
    "{used}을(를) 씁니다.",
    "code.title": "코드: numpy로 이 숫자들을 그대로 재현하기",
    "code.caption": "이 저장소의 `neuron` 패키지로 그대로 실행됩니다. 이 페이지에 보이는 숫자를 "
    "정확히 출력합니다.",
    "activation.sigmoid": "시그모이드 σ",
    "activation.tanh": "tanh",
    "activation.relu": "ReLU",
    "activation.leaky_relu": "leaky ReLU (기울기 0.01)",
    "activation.identity": "항등 함수 (활성화 없음)",
    # 스크린 리더가 계산 그래프 대신 읽어 주는 문장.
    "graph.description": "뉴런의 계산 그래프: {flow}",
    "choice.placeholder": "하나를 고르세요",
    "try.hide": "답 숨기기",
    "try.set_up": "설정하기",
    # A chart's legend entry for a line that lies outside what the chart shows.
    "figure.off_view": "a = 0.5인 곳이 범위 밖",
}
