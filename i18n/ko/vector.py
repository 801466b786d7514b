"""벡터 뉴런 페이지."""

STRINGS = {
    "vector.title": "벡터 뉴런: 여러 특성이 들어가고, 숫자 하나가 나온다",
    "vector.intro": "이제 입력 `x`는 특성(feature)마다 하나씩, $l_I$개의 숫자로 된 열 벡터이고, "
    "뉴런도 특성마다 가중치를 하나씩 가집니다. 아핀 단계는 내적 `z = xᵀw + b`가 됩니다. "
    "특성과 가중치를 하나씩 곱해 모두 더한 다음 편향을 더합니다. **모양**(shape)을 따라가 "
    "보세요. 모든 단계에서 서로 맞아야 합니다.",
    "vector.features": "특성 수 $l_I$",
    "vector.features_help": "x의 길이입니다. 뉴런의 w도 길이가 같아야 하므로, $l_I$가 바뀌면 "
    "새 파라미터를 가진 새 뉴런이 만들어집니다.",
    "vector.activation": "활성화 함수 g",
    "vector.activation_help": "코드에서는 `ArtificialNeuron(activation=...)`에 이름을 "
    "넘깁니다: 'sigmoid', 'tanh', 'relu', 'leaky_relu', 'identity'.",
    "vector.x_column": "입력 x",
    "vector.x_help": "칸에 −{limit}에서 {limit} 사이의 숫자를 입력하면 x가 바뀝니다.",
    "vector.x_typed": "직접 입력한 값입니다. 링크에 함께 저장됩니다.",
    "vector.x_from_seed": "시드 {seed}(으)로 N(0, 1)에서 뽑은 값입니다. 칸에 입력해 값을 "
    "바꿔 보세요.",
    "vector.x_reset": "시드에서 뽑은 x로 되돌리기",
    "vector.shapes_title": "모양",
    "vector.shapes_caption": "특성이 {n}개인 샘플 하나입니다. `@` 양쪽의 안쪽 차원이 둘 다 "
    "$l_I$로 같아야 하고, 결과 1×1은 숫자 하나입니다.",
    "vector.recreated": "$l_I$가 {old}에서 {n}(으)로 바뀌었습니다. 이제 w의 모양은 ({n}×1)이어야 "
    "하므로 뉴런을 새로 만들고 파라미터도 새로 뽑았습니다.",
    "vector.feature_axis": "특성 j",
    "vector.xt_title": "xᵀ (행으로 놓은 입력)",
    "vector.w_title": "w (가중치)",
    "vector.waterfall_title": "펼쳐 본 내적: 각 x<sub>j</sub>·w<sub>j</sub>가 z를 올리거나 내린다",
    "vector.lazy_title": "파라미터는 한 번만 만든다",
    "vector.bug": "버그: 순전파(forward) 때마다 w와 b를 다시 뽑기",
    "vector.bug_help": "처음 한 번만이 아니라 실행될 때마다 파라미터를 새로 뽑는 forward()"
    "입니다.",
    "vector.forward": "순전파 실행",
    "vector.reset": "파라미터 다시 뽑기",
    "vector.reset_help": "reset_parameters()처럼 N(0, 1)에서 w와 b를 새로 뽑고, 순전파 "
    "횟수를 처음부터 다시 셉니다.",
    "vector.counts": "순전파 횟수: {passes}. 파라미터를 다시 뽑은 횟수: {resets}. x는 매번 "
    "같습니다.",
    "vector.history_axis": "순전파 회차",
    "vector.history_title": "순전파 후의 w (회차별)",
    "vector.fix_verdict": "w는 첫 순전파 때 한 번 뽑힌 뒤 바뀌지 않았습니다(지금까지 "
    "{passes}회). 학습으로 바꾼 값이 그대로 남습니다.",
    "vector.bug_verdict": "버그가 있으면 순전파를 할 때마다 w를 새로 뽑습니다(지금까지 "
    "{passes}회). 학습은 순전파가 끝날 때마다 w를 조금씩 고치는데, 다음 순전파에서 w를 다시 "
    "뽑으면 그 수정이 사라지므로 뉴런은 결코 학습할 수 없습니다.",
    "vector.notice_x_not_a_number": "{setting}에 숫자가 아닌 값이 있습니다. 이전 x를 "
    "그대로 씁니다.",
    "vector.notice_x_not_finite": "{setting}에 유한하지 않은 값이 있습니다. 이전 x를 "
    "그대로 씁니다.",
    "vector.notice_x_out_of_range": "{setting}에 −100 … 100 범위를 벗어난 값이 있습니다. "
    "이전 x를 그대로 씁니다.",
    "vector.notice_x_wrong_count": "{setting}의 값 개수가 특성 수와 다릅니다. 시드에서 "
    "뽑은 x를 씁니다.",
    "vector.pitfalls_title": "뉴런을 직접 구현할 때 피해야 할 세 가지 실수",
    "vector.pitfalls_intro": "모두 저지르기 쉬운 실수이며, `neuron/`은 세 가지를 모두 피합니다. "
    "오류 메시지는 이 페이지가 실행될 때 numpy가 실제로 낸 것입니다.",
    "vector.pitfall_none": "**1. 배열을 `w == None`으로 검사하기.** numpy는 원소마다 None과 "
    "비교해 불리언 배열을 돌려줍니다. `if`는 배열 전체를 참·거짓 하나로 바꿀 수 없어 "
    "`ValueError: {message}`를 냅니다. 대신 `w is None`으로 검사하세요.",
    "vector.pitfall_once": "**2. 호출할 때마다 파라미터 만들기.** `w`와 `b`는 아직 없을 때만 "
    "뽑으세요. 그래야 학습으로 바뀐 값이 남고(그렇지 않으면 어떻게 되는지 위의 토글이 보여 "
    "줍니다), 직접 넘겨준 `w`도 지켜집니다.",
    "vector.pitfall_overflow": "**3. 교과서 그대로의 시그모이드는 오버플로를 일으킵니다.** z가 "
    "약 −709보다 작으면 `np.exp(-z)`가 float64로 나타낼 수 있는 어떤 수보다 커져, 답(0)은 "
    "맞는데도 numpy가 `{message}`(RuntimeWarning)를 알립니다. 항상 0과 1 사이에 있는 "
    "`e = exp(−|z|)`로 계산하면 같은 함수가 오버플로 없이 계산됩니다.",
    "vector.try_title": "해 보기: 실험 두 가지 (먼저 예상한 뒤 설정해 보세요)",
    "vector.try_intro": "버튼을 누르면 아래 설정값이 그 값으로 바뀝니다. 거기서부터 직접 "
    "움직여 보세요.",
    "vector.try_one_feature": "**$l_I$ = 1**로 두면 내적과 모양에는 무엇이 남을까요?",
    "vector.try_one_feature_why": "특성이 하나면 xᵀw = x₀·w₀이고 모양은 (1×1) @ (1×1) → "
    "(1×1)입니다. 벡터로 쓴 스칼라 뉴런 그대로입니다.",
    "vector.try_bug": "버그를 켜고 **순전파 실행** 버튼을 세 번 눌러 보세요. w의 기록에는 "
    "무슨 일이 생길까요?",
    "vector.try_bug_why": "순전파마다 새 w를 뽑으므로 기록의 열이 모두 다릅니다. 학습으로 "
    "바뀐 w는 다음 순전파에서 사라집니다.",
    # 스크린 리더가 읽어 주는 차트 설명.
    "vector.xt_alt": "xᵀ의 히트맵, 모양 1 × {n}: 입력값 {n}개. 0보다 크면 빨강, 작으면 "
    "파랑입니다.",
    "vector.w_alt": "w의 히트맵, 모양 {n} × 1: 특성마다 가중치 하나. xᵀ와 같은 색 척도입니다.",
    "vector.waterfall_alt": "폭포 차트: 곱 xⱼ·wⱼ {n}개를 차례로 쌓고 b를 더하면 "
    "z = {z}이(가) 됩니다.",
    "vector.history_alt": "순전파 {first}–{last}회차 각각이 끝난 뒤의 w를 보여 주는 히트맵. "
    "순전파마다 열 하나입니다.",
    "vector.history_alt_one": "순전파 {last}회차가 끝난 뒤의 w를 보여 주는 히트맵. 열 "
    "하나입니다.",
}
