"""스칼라 뉴런 페이지."""

STRINGS = {
    "scalar.title": "스칼라 뉴런: 숫자 하나가 들어가고 숫자 하나가 나온다",
    "scalar.intro": "뉴런은 두 단계로 계산합니다. **아핀(affine)** 단계는 입력 `x`에 가중치 "
    "`w`를 곱하고 편향 `b`를 더합니다. **활성화** 단계는 그 결과 `z`를 비선형 함수 `g`에 "
    "통과시켜 출력 `a`를 만듭니다. 슬라이더를 움직이며 숫자를 따라가 보세요.",
    "scalar.controls": "설정",
    "scalar.x": "입력 x",
    "scalar.x_help": "뉴런에 넣는 숫자입니다. 범위가 넓어서 시그모이드가 양 끝에서 평평해지는"
    "(포화되는) 모습을 볼 수 있습니다.",
    "scalar.w": "가중치 w",
    "scalar.w_help": "뉴런의 파라미터입니다. 직선 z = x·w + b의 기울기입니다.",
    "scalar.b": "편향 b",
    "scalar.b_help": "뉴런의 파라미터입니다. 직선을 위아래로 옮깁니다.",
    "scalar.activation": "활성화 함수 g",
    "scalar.activation_help": "코드에서는 `ArtificialNeuron(activation=...)`에 이름을 "
    "넘깁니다: 'sigmoid', 'tanh', 'relu', 'leaky_relu', 'identity'.",
    "scalar.derivative": "도함수 g'(z) 보기",
    "scalar.derivative_help": "g'(z)가 0에 가까운 곳에서 뉴런은 포화됩니다. z를 바꿔도 a가 "
    "거의 변하지 않으므로, 이 뉴런을 거쳐 전달되는 기울기가 작아져 학습이 느려집니다.",
    "scalar.lesson": "강의 예제",
    "scalar.lesson_help": "시그모이드에 x = 3, w = 5, b = −1: z = 14, a ≈ 0.99999917.",
    "scalar.random": "무작위 w, b",
    "scalar.random_help": "사이드바의 시드로 N(0, 1)에서 w와 b를 뽑습니다. 파라미터를 주지 "
    "않은 새 뉴런이 하는 일과 같습니다. 다시 누르면 다음 값을 뽑습니다.",
    "scalar.random_drawn": "w, b: 시드 {seed}에서 {n}번째로 뽑은 값입니다.",
    "scalar.random_x": "무작위 x",
    "scalar.random_x_help": "사이드바의 시드로 평균 0, 표준편차 σ = 5인 정규분포 N(0, 5²)에서 "
    "입력 x를 뽑습니다. 강의에서 뉴런에 입력을 넣어 보는 예제와 같습니다. 다시 누르면 다음 "
    "값을 뽑습니다.",
    "scalar.random_x_drawn": "x: 시드 {seed}(으)로 N(0, 5²)에서 {n}번째로 뽑은 값은 "
    "{x}입니다.",
    "scalar.random_x_clipped": "슬라이더 범위가 ±{limit}이므로 뉴런에 들어가는 값은 "
    "x = {x}입니다.",
    "scalar.random_x_snapped": "슬라이더는 {step} 간격으로 움직이므로 가장 가까운 눈금 "
    "x = {x}이(가) 뉴런에 들어갑니다.",
    "scalar.affine_step": "아핀 단계",
    "scalar.activation_step": "활성화 단계 ({name})",
    "scalar.graph": "계산 그래프",
    "scalar.chart_affine": "아핀 단계: z = x·w + b",
    "scalar.chart_activation": "활성화: a = g(z)",
    "scalar.saturated": "여기서 뉴런은 **포화** 상태입니다(g'(z) = {d}). z를 조금 바꿔도 a는 "
    "거의 변하지 않습니다.",
    "scalar.try_title": "해 보기: 실험 네 가지 (먼저 예상한 뒤 설정해 보세요)",
    "scalar.try_intro": "버튼을 누르면 아래 슬라이더가 그 값으로 바뀝니다. 거기서부터 직접 "
    "움직여 보세요.",
    "scalar.try_zero_weight": "**w = 0**, **b = 0**이면 뉴런은 무엇을 내놓을까요? x가 여전히 "
    "영향을 줄까요?",
    "scalar.try_zero_weight_why": "x가 무엇이든 z = x·0 + 0 = 0이고 σ(0) = 0.5입니다. "
    "가중치가 없으면 입력은 아무 영향을 주지 못합니다. x를 움직여 확인해 보세요.",
    "scalar.try_saturate": "z를 오른쪽 멀리 보내 보세요(x = 8, w = 4). 이제 x를 조금 "
    "움직이면 a는 얼마나 변할까요?",
    "scalar.try_saturate_why": "z = 32에서 시그모이드는 평평합니다. g'(32) = 1.3·10⁻¹⁴이라 "
    "a가 거의 움직이지 않습니다(a = 1 − 1.3·10⁻¹⁴). 여기에 머문 뉴런은 아주 느리게 "
    "학습합니다.",
    "scalar.try_negative_output": "어떤 활성화 함수가 **음수 a**를 낼 수 있을까요? z = −2와 "
    "tanh로 시작해서 시그모이드와 ReLU로 바꿔 보세요.",
    "scalar.try_negative_output_why": "tanh(−2) ≈ −0.96입니다. 시그모이드는 0과 1 사이에 "
    "머물고, ReLU는 음수 z에서 모두 0을 냅니다.",
    "scalar.try_bias_is_intercept": "**x = 0**이면 z는 얼마일까요? 그다음 b를 움직이며 "
    "직선이 z축과 만나는 곳을 보세요.",
    "scalar.try_bias_is_intercept_why": "x = 0이면 z = 0·w + b = b = 3입니다. 편향은 직선이 "
    "z축과 만나는 곳이고, w는 그 기울기입니다.",
    # 스크린 리더가 읽어 주는 차트 설명(차트의 접근 가능한 이름).
    "scalar.affine_alt": "차트: w = {w}, b = {b}인 직선 z = x·w + b(x는 {lo}부터 {hi}까지). "
    "표시된 점은 x = {x}, z = {z}입니다.",
    "scalar.activation_alt": "차트: z가 {lo}부터 {hi}까지일 때의 곡선 a = {name}(z). 표시된 "
    "점은 z = {z}, a = {a}입니다.",
    "scalar.derivative_alt": " 점선은 도함수 g'(z)이며, 표시된 점에서 g'(z) = {d}입니다.",
}
