"""행렬 뉴런 페이지."""

STRINGS = {
    "matrix.title": "행렬 뉴런: 여러 샘플을 한 번에",
    "matrix.intro": "입력 벡터 `N`개를 나란히 놓으면 **열 하나가 샘플 하나**인 행렬 `X`가 "
    "됩니다. 모양은 $(l_I, N)$입니다. 같은 뉴런(`w` 하나, `b` 하나)이 행렬 곱 한 번으로 모든 "
    "열의 `Z = Xᵀw + b`를 계산하고, `A = g(Z)`에는 샘플마다 출력이 하나씩 들어 있습니다.",
    "matrix.features": "특성 수 $l_I$",
    "matrix.features_help": "X의 행 개수이자 w의 길이입니다.",
    "matrix.samples": "샘플 수 N",
    "matrix.samples_help": "X의 열 개수이자 Z와 A의 길이입니다.",
    "matrix.sample": "고른 샘플 i",
    "matrix.sample_help": "X의 열이나 Z의 행을 클릭해도 됩니다.",
    "matrix.one_sample": "샘플이 하나뿐입니다: i = 0.",
    "matrix.activation": "활성화 함수 g",
    "matrix.shapes_caption": "특성이 {l}개인 샘플 {n}개입니다. `@` 양쪽의 안쪽 차원이 "
    "$l_I$ = {l}(으)로 같고, 결과는 샘플마다 한 행입니다.",
    "matrix.feature_axis": "특성 j",
    "matrix.sample_axis": "샘플 i",
    "matrix.x_title": "X: 열 하나가 샘플 하나",
    "matrix.w_title": "w",
    "matrix.z_title": "Z = Xᵀw + b",
    "matrix.a_title": "A = g(Z)",
    "matrix.click_hint": "X의 열이나 Z의 행을 클릭하면 그 샘플이 골라집니다(테두리로 "
    "표시).",
    "matrix.sample_title": "샘플 {i} 따로 보기",
    "matrix.sample_text": "X의 {i}번 열은 입력 벡터 $x_{{{i}}}$ 하나입니다. `Z`의 해당 행은 같은 "
    "`w`와 `b`로 계산한 벡터 뉴런의 내적입니다:",
    "matrix.sample_values": "$x_{{{i}}}$의 값(특성 j = 0 … {last}): {values}",
    "matrix.same_alone": "같은 뉴런에 {i}번 열만 넣으면 a = {a}, 모양 {shape}입니다. 행렬 "
    "뉴런은 벡터 뉴런 N개를 한 번에 계산한 것입니다.",
    "matrix.convention": "**표기 관례.** 이 강의는 샘플을 열에 놓아 `X`의 모양이 $(l_I, N)$"
    "입니다. scikit-learn과 PyTorch는 샘플을 행에 놓아 모양이 $(N, l_I)$이고 `X @ w`로 "
    "씁니다. 숫자는 같고 전치만 다릅니다.",
    "matrix.try_title": "해 보기: 실험 두 가지 (먼저 예상한 뒤 설정해 보세요)",
    "matrix.try_intro": "버튼을 누르면 아래 설정값이 그 값으로 바뀝니다. 거기서부터 직접 "
    "움직여 보세요.",
    "matrix.try_one_sample": "**N = 1**로 두면 X, Z, A는 어떻게 될까요?",
    "matrix.try_one_sample_why": "X는 모양 ($l_I$×1)인 열 하나, 곧 입력 벡터 하나입니다. Z와 "
    "A도 행이 하나씩입니다. 벡터 뉴런 그대로입니다.",
    "matrix.try_same_neuron": "**샘플 2**를 골라 보세요. Z의 그 행은 열 2 하나만 넣었을 때 "
    "뉴런이 계산하는 값과 같을까요?",
    "matrix.try_same_neuron_why": "네. 같은 w와 b로 z₂ = x₂ᵀw + b입니다(아래 샘플 2 상자를 "
    "보세요). 행렬 곱은 내적 N개를 한 번에 계산합니다.",
    # 스크린 리더가 읽어 주는 차트 설명.
    "matrix.x_alt": "X의 히트맵, 모양 {l} × {n}: 열마다 샘플 하나. 0보다 크면 빨강, 작으면 "
    "파랑입니다. 고른 샘플인 {i}번 열에 테두리가 있습니다.",
    "matrix.w_alt": "w의 히트맵, 모양 {l} × 1: 특성마다 가중치 하나.",
    "matrix.z_alt": "Z = Xᵀw + b의 히트맵, 모양 {n} × 1: 샘플마다 행 하나. {i}번 행에 "
    "테두리가 있습니다: z_{i} = {z}.",
    "matrix.a_alt": "A = g(Z)의 히트맵, 모양 {n} × 1: 샘플마다 출력 하나. {i}번 행에 "
    "테두리가 있습니다: a_{i} = {a}.",
}
