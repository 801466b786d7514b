"""수업용 링크: 과제 상자, 숨기거나 잠근 조작, 공유 패널, 내보내기."""

STRINGS = {
    "classroom.prompt_title": ":material/assignment: 과제",
    "classroom.prompt_cut": "링크의 과제가 {n}자라서 {limit}자 뒤를 잘랐습니다.",
    "classroom.unknown_keys": "`hide` 또는 `lock`에 이 페이지에 없는 설정이 있습니다: "
    "{keys}. 무시합니다.",
    "classroom.unlockable": "접는 상자는 링크로 숨길 수만 있고 잠글 수는 없어서 그대로 "
    "둡니다: {keys}.",
    "classroom.locked_help": "선생님이 공유한 링크로 잠겼습니다.",
    "classroom.fixed_help": "선생님이 공유한 링크가 숨기거나 잠근 설정을 바꾸는 버튼이라서 "
    "쓸 수 없습니다.",
}
