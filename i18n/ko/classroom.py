"""수업용 링크: 과제 상자, 숨기거나 잠근 조작, 공유 패널, 내보내기."""

STRINGS = {
    "classroom.prompt_title": ":material/assignment: 과제",
    "classroom.prompt_label": "과제",
    "classroom.prompt_cut": "링크의 과제가 {n}자라서 {limit}자 뒤를 잘랐습니다.",
    "classroom.unknown_keys": "`hide` 또는 `lock`에 이 페이지에 없는 설정이 있습니다: "
    "{keys}. 무시합니다.",
    "classroom.unlockable": "접는 상자는 링크로 숨길 수만 있고 잠글 수는 없어서 그대로 "
    "둡니다: {keys}.",
    "classroom.locked_help": "선생님이 공유한 링크로 잠겼습니다.",
    "classroom.fixed_help": "선생님이 공유한 링크가 숨기거나 잠근 설정을 바꾸는 버튼이라서 "
    "쓸 수 없습니다.",
}
STRINGS |= {
    "share.button": "수업에 공유하기",
    "share.button_help": "지금 상태의 이 페이지로 가는 링크를 과제, QR 코드와 함께 만듭니다.",
    "share.title": "수업에 공유하기",
    "share.intro": "링크를 열면 지금 설정 그대로 이 페이지가 열립니다. 학생에게 보이지 않게 "
    "하거나 바꾸지 못하게 할 설정을 고르고, 학생이 할 과제를 적으세요.",
    "share.choose": "설정을 고르세요",
    "share.hide": "숨길 설정",
    "share.hide_help": "숨긴 설정은 화면에 나오지 않고, 페이지는 지금 값을 그대로 씁니다.",
    "share.lock": "잠글 설정",
    "share.lock_help": "잠근 설정은 자물쇠와 함께 보이지만 바꿀 수 없습니다.",
    "share.prompt": "수업 과제 (일반 텍스트, 최대 280자)",
    "share.prompt_placeholder": "w = 2일 때 a ≈ 0.5가 되게 해 보세요",
    "share.language": "링크의 언어",
    "share.link": "링크 (오른쪽 위 버튼으로 복사)",
    "share.large": "QR 코드 크게 보기 (화면에 띄울 때)",
    "share.qr_title": "링크의 QR 코드",
    "share.qr_caption": "학생은 휴대폰 카메라로 이 코드를 찍어 링크를 엽니다.",
}
STRINGS |= {
    "export.title": "이 페이지의 숫자 내려받기",
    "export.json": "JSON",
    "export.csv": "CSV",
    "export.svg": "차트를 SVG로 저장",
    "export.svg_help": "차트 위의 카메라 버튼(차트에 마우스를 올리면 보임)은 차트를 PNG 이미지로 "
    "저장합니다. 켜면 크기를 키워도 선명한 SVG로 저장합니다.",
    "export.caption": "파일에는 이 페이지의 숫자가 배열마다 모양과 함께 들어 있습니다(JSON의 "
    "\"shapes\"에 모아 둠). numpy에서는 한 줄로 배열을 다시 읽습니다: "
    "`np.array(json.load(open(\"{file}\"))[\"{name}\"])`. CSV는 한 행에 숫자 하나씩(name, "
    "row, column, value) 들어 있어 스프레드시트에서 열 수 있습니다.",
}
