"""학습 페이지."""

STRINGS = {
    "learn.title": "학습: 경사 하강법으로 w와 b 찾기",
    "learn.settings": "설정: 데이터, 활성화 함수, 손실, η, 배치",
    "learn.intro": "지금까지 `w`와 `b`는 한 번 무작위로 뽑은 값이었습니다. 이 페이지에서는 "
    "뉴런이 이 값을 **학습**합니다. 미니배치마다 순전파로 `a = g(Xᵀw + b)`를 계산하고, 손실로 "
    "`a`가 얼마나 틀렸는지 잰 다음, 역전파로 파라미터마다 손실의 기울기를 구합니다. 그리고 "
    "경사 하강법으로 `w`와 `b`를 손실이 줄어드는 쪽으로 조금 옮깁니다: `w ← w − η·∂L/∂w`. "
    "파라미터를 **한 번만** 만드는 이유가 바로 이것입니다. 학습은 같은 `w`와 `b`를 계속 "
    "고쳐 나갑니다. **재생**을 눌러 지켜보거나, **다음 단계** 버튼으로 서버에서 한 단계씩 "
    "진행해 보세요.",
    "learn.data": "데이터 세트",
    "learn.data_help": "시드로 만든 연습용 데이터(클래스 0과 1)이거나, 직접 올린 CSV "
    "파일입니다.",
    "learn.data_name_blobs": "떨어진 두 무리",
    "learn.data_name_overlap": "겹친 두 무리",
    "learn.data_name_and": "AND",
    "learn.data_name_or": "OR",
    "learn.data_name_xor": "XOR",
    "learn.data_name_line1d": "특성 하나 (직선 위)",
    "learn.data_name_csv": "내 CSV 파일",
    "learn.data_blobs": "떨어져 있는 두 무리: 직선 하나로 나눌 수 있습니다.",
    "learn.data_overlap": "겹쳐 있는 두 무리: 어떤 직선으로도 다 나눌 수 없어 일부 샘플은 "
    "반대쪽에 남습니다.",
    "learn.data_and": "AND: (1, 1) 근처만 클래스 1입니다.",
    "learn.data_or": "OR: (0, 0) 근처만 빼고 모두 클래스 1입니다.",
    "learn.data_xor": "XOR: (0, 1)과 (1, 0) 근처가 클래스 1입니다. 직선 하나로는 나눌 수 "
    "없습니다.",
    "learn.data_line1d": "특성 하나: 스칼라 뉴런이 계단을 어디에 둘지 학습합니다.",
    "learn.upload": "CSV 파일",
    "learn.upload_help": "첫 줄은 머리글, 그다음부터 한 줄에 샘플 하나씩 x1,x2,label "
    "형식으로 씁니다(label은 0 또는 1, 최대 5,000줄).",
    "learn.upload_private": "올린 파일은 이 브라우저 세션에만 남습니다. 링크에 들어가지 "
    "않고 저장되지도 않습니다. 링크를 받은 사람에게는 데이터 대신 파일 올리기 상자가 "
    "보입니다.",
    "learn.upload_first": "직접 만든 데이터로 학습하려면 CSV 파일을 올리세요(또는 연습용 "
    "데이터 세트를 고르세요).",
    "learn.samples": "샘플 수",
    "learn.samples_help": "연습용 데이터 세트의 샘플 수(X의 열 수)입니다.",
    "learn.noise": "잡음",
    "learn.noise_help": "샘플이 자기 클래스 자리에서 얼마나 흩어지는지 정합니다.",
    "learn.activation": "활성화 함수 g",
    "learn.activation_help": "뉴런의 활성화 함수입니다. 두 클래스를 나눌 때는 보통 "
    "시그모이드를 씁니다. 출력 a가 0과 1 사이에 있기 때문입니다.",
    "learn.loss": "손실 L",
    "learn.loss_name_bce": "BCE (교차 엔트로피)",
    "learn.loss_name_mse": "MSE (제곱 오차)",
    "learn.loss_help": "BCE(이진 교차 엔트로피) = −[y·log a + (1 − y)·log(1 − a)], "
    "시그모이드가 필요합니다. MSE(평균 제곱 오차) = (a − y)², 어떤 활성화 함수와도 "
    "쓸 수 있습니다.",
    "learn.rate": "학습률 η",
    "learn.rate_help": "한 단계에서 w와 b를 얼마나 옮길지 정합니다: w ← w − η·∂L/∂w. "
    "로그 눈금으로 0.001부터 10까지입니다.",
    "learn.batch": "배치 크기",
    "learn.batch_full": "전체",
    "learn.batch_help": "한 단계에 쓰는 샘플 수입니다. 1이면 샘플을 하나씩 써서 들쭉날쭉하고, "
    "전체면 단계마다 데이터 전체를 써서 매끄럽습니다(보통의 경사 하강법). 강의에서는 "
    "8입니다.",
    "learn.epochs": "에포크",
    "learn.epochs_help": "데이터 전체를 몇 번 돌지 정합니다(돌 때마다 순서를 섞습니다).",
    "learn.start": "시작값",
    "learn.start_help": "무작위: 벡터 페이지처럼 시드로 w와 b를 뽑습니다. 모두 0: 모두 "
    "0입니다. 포화: 모든 파라미터가 −6으로, 시그모이드가 평평한 곳에서 자신 있게 "
    "틀린 상태입니다.",
    "learn.start_name_random": "무작위",
    "learn.start_name_zeros": "모두 0",
    "learn.start_name_saturated": "포화 (−6)",
    "learn.drop_last": "크기가 모자란 마지막 배치 버리기",
    "learn.drop_last_help": "배치 페이지에서처럼 에포크 끝에 남는 샘플을 건너뜁니다.",
    "learn.bug": "버그: 단계마다 w와 b를 다시 만들기",
    "learn.bug_help": "벡터 페이지의 실수를 학습에 넣은 것입니다. 단계마다 파라미터를 새로 "
    "뽑으므로 어떤 업데이트도 남지 않습니다.",
    "learn.loss_switched": "BCE는 출력이 0과 1 사이여야 하는데, 그런 출력은 시그모이드만 "
    "냅니다({activation}에서는 log a나 log(1 − a)가 정의되지 않을 수 있습니다). 그래서 이번 "
    "학습은 MSE를 씁니다. BCE를 쓰려면 시그모이드를 고르세요.",
    "learn.epochs_cut": "에포크 {asked}번은 {max_steps}단계를 넘습니다. 이번 학습은 "
    "에포크 {used}번에서 멈춥니다. 배치 크기를 키우면 에포크를 더 돌 수 있습니다.",
    "learn.batch_is_full": "배치 크기({batch})가 샘플 수({n}) 이상이라 단계마다 전체 "
    "배치를 씁니다.",
    "learn.no_step": "샘플 {n}개를 {batch}개씩 묶고 크기가 모자란 마지막 배치를 버리면 "
    "온전한 배치가 하나도 없어 학습 단계가 전혀 없습니다. 배치 크기를 줄이거나 마지막 "
    "배치를 남기세요.",
    "learn.stopped": "에포크 {epochs}번 중 {epoch}번째, {step}단계에서 학습을 멈췄습니다. "
    "손실이 더 이상 유한한 수가 아니었기 "
    "때문입니다(학습률 {lr}에서 단계가 끝없이 커졌습니다). 보이는 내용은 모두 거기까지입니다. "
    "학습률을 낮추세요.",
    "learn.bug_on": "버그가 켜져 있습니다. 단계마다 w와 b를 난수 생성기에서 새로 뽑으므로, "
    "업데이트한 값은 다음 뽑기에서 버려집니다. 손실은 무작위 파라미터의 손실 근처에서 "
    "오르내릴 뿐 줄지 않습니다. 벡터 페이지에서 w와 b를 한 번만 만드는 이유입니다.",
    "learn.xor_note": "뉴런 하나는 직선 하나(w₁x₁ + w₂x₂ + b = 0)만 그을 수 있습니다. XOR의 "
    "두 클래스는 서로 마주 보는 모서리에 있어서, 어떤 직선을 그어도 적어도 한 모서리는 "
    "반대쪽에 남습니다. 경사 하강법은 할 수 있는 만큼 합니다. w를 0 쪽으로 옮겨 모든 샘플에서 "
    "a를 0.5에 가깝게 만들고, 손실은 동전 던지기의 손실인 ln 2 ≈ 0.69 근처에서 멈춥니다. "
    "XOR을 배우려면 뉴런 층이 하나 더 있어야 합니다.",
    "learn.step_clamped": "{given}단계는 없습니다(이번 학습의 단계 수: {n}). {used}단계를 "
    "보여 줍니다.",
    "learn.server_step": "한 단계씩 (아래 숫자는 이 버튼과, 애니메이션을 멈춘 곳을 따라갑니다)",
    "learn.next": "다음 단계",
    "learn.next_help": "다음 미니배치로 w와 b를 한 번 업데이트합니다.",
    "learn.restart": "0단계로",
    "learn.restart_help": "처음으로 돌아갑니다: 학습 전의 w와 b.",
    "learn.to_end": "끝으로",
    "learn.to_end_help": "마지막 단계가 끝난 뒤: 학습된 w와 b.",
    "learn.n_samples": "샘플 {m}개",
    "learn.n_samples_one": "샘플 {m}개",
    "learn.status": "{n}단계 중 {i}단계 · 에포크 {epochs}번 중 {epoch}번째 · 이번 배치: "
    "{samples}, 손실 {loss}, 맞게 분류한 샘플 {accuracy}%",
    "learn.status_end": "마지막 단계가 끝난 뒤: 에포크 {epochs}번, 모두 {n}단계.",
    "learn.status_stopped": "마지막 단계가 끝난 뒤: 에포크 {epochs}번 중 {epoch}번째에서 "
    "{n}단계 만에 학습을 멈췄습니다.",
    "learn.boundary_alt": "평면 위의 샘플 {n}개를 클래스별 색과 모양으로 표시하고, 뉴런의 "
    "출력을 배경으로, 결정 경계선을 함께 그린 그림입니다. 재생하면 학습 {steps}단계를 "
    "차례로 보여 줍니다.",
    "learn.boundary_legend": "배경: 평면의 각 점에서 뉴런이 내는 출력 a. 선: a = 0.5인 곳"
    "(z = w₁x₁ + w₂x₂ + b = 0). 테두리 표시: 지금 배치의 샘플. 재생은 브라우저 안에서 "
    "돌아가고, 일시정지하거나 슬라이더를 끌어 멈춘 곳이 아래 숫자가 보여 주는 단계가 됩니다.",
    "learn.curve_legend": "곡선: x마다 뉴런이 내는 출력 a(x). 샘플은 클래스에 따라 a = 0 "
    "또는 1에 놓입니다. 테두리 표시: 지금 배치. 일시정지하거나 슬라이더를 끌어 멈춘 곳이 "
    "아래 숫자가 보여 주는 단계가 됩니다.",
    "learn.update_title": "이번 단계의 업데이트: 숫자와 모양",
    "learn.update_none": "마지막 단계가 끝나 남은 업데이트가 없습니다. 그림은 학습된 w와 "
    "b를 보여 줍니다.",
    "learn.update_caption": "n = 이번 배치의 {samples}(각각 X의 열 하나), η = {lr}. 긴 "
    "열은 앞의 몇 행만 적었습니다.",
    "learn.loss_title": "손실",
    "learn.loss_alt": "{steps}단계 각각의 손실과 에포크별 평균 손실, 지금 단계 표시.",
    "learn.params_title": "단계별 w와 b",
    "learn.params_alt": "{steps}단계 동안의 각 가중치와 편향, 지금 단계 표시.",
    "learn.landscape_title": "손실 지형과 경사 하강법의 경로",
    "learn.landscape_alt": "두 파라미터에 대한 손실의 등고선 지도와 학습이 지나간 경로.",
    "learn.landscape_1d": "지도의 각 점은 (w, b) 한 쌍이고, 색은 그 값으로 모든 샘플에 대해 "
    "구한 손실입니다. 경사 하강법은 경로의 첫 점에서 출발합니다. 각 단계는 그 단계의 "
    "미니 배치 손실에서 내리막으로 갈 뿐, 여기 그린 데이터 전체의 손실에서도 꼭 내리막인 것은 "
    "아닙니다. 그래서 배치가 작으면 경로가 지그재그로 움직이고, 전체적으로만 등고선을 가로질러 "
    "내려갑니다.",
    "learn.landscape_2d": "가중치 둘과 편향 하나, 파라미터가 셋이라 지도 한 장에 다 담을 수 "
    "없습니다. 그래서 b를 최종값에 고정하고 (w₁, w₂)에 대한 손실만 그린 단면입니다. 경로를 "
    "이 단면 위에 그렸으므로, b가 최종값과 달랐던 곳에서는 경로가 오르막으로 등고선을 넘는 "
    "것처럼 보일 수 있습니다.",
    "learn.landscape_2d_stopped": "가중치 둘과 편향 하나, 파라미터가 셋이라 지도 한 장에 다 "
    "담을 수 없습니다. 그래서 b를 {step}단계의 값에 고정하고 (w₁, w₂)에 대한 손실을 경로의 "
    "시작 부분 둘레만 그린 단면입니다. 그 뒤로는 단계가 끝없이 커져 경로가 지도 밖으로 "
    "나갑니다.",
    "learn.landscape_1d_stopped": "경로의 시작 부분, {step}단계까지의 둘레입니다. 그 뒤로는 "
    "단계가 끝없이 커져 경로가 지도 밖으로 나갑니다.",
    "learn.result_title": "뉴런이 학습한 것",
    "learn.result": "{steps}단계(에포크 {epochs}번) 뒤: **w = ({w})**, **b = {b}**. 모든 "
    "샘플에 대한 손실: **{loss}**. 맞게 분류한 샘플(클래스 1이면 a ≥ 0.5): "
    "**{accuracy}%**.",
    "learn.result_diverged": "에포크 {epochs}번 중 {epoch}번째, {steps}단계 만에 학습을 "
    "멈췄습니다: **w = ({w})**, **b = {b}**. "
    "파라미터가 이렇게 크면 모든 샘플에 대한 손실이 너무 커서 수로 나타낼 수 없습니다. 학습률이 "
    "너무 높았습니다.",
    "learn.stalled": "마지막 4분의 1 에포크 동안 손실이 거의 변하지 않았습니다. 학습이 "
    "자리를 잡았거나 멈춘 것입니다.",
    "learn.class0": "클래스 0",
    "learn.class1": "클래스 1",
    "learn.batch_word": "지금 배치",
    "learn.play": "▶ 재생",
    "learn.pause": "❚❚ 일시정지",
    "learn.slider_prefix": "단계 ",
    "learn.frame_title": "{n}단계 중 {i}단계 · 에포크 {epoch}",
    "learn.frame_end": "마지막 단계 뒤 (모두 {n}단계)",
    "learn.curve_axis": "레이블 y, 출력 a",
    "learn.line": "결정 경계 (a = 0.5)",
    "learn.threshold": "a = 0.5인 곳",
    "learn.step_axis": "단계",
    "learn.loss_axis": "손실 L(로그 눈금)",
    "learn.per_step": "단계별 (배치 하나)",
    "learn.per_epoch": "에포크별 평균",
    "learn.current": "지금 단계",
    "learn.path": "경사 하강법의 경로",
    "learn.start_point": "시작점",
    "learn.loss_stopped": "{step}단계에서 멈춤: 손실이 넘쳤습니다",
    "learn.value_axis": "값",
    "learn.value_axis_log": "값(양쪽 부호 로그 눈금)",
    "learn.csv_too_big": "파일이 너무 큽니다({detail}바이트, 최대 약 1MB).",
    "learn.csv_not_utf8": "{row}번째 줄: UTF-8 텍스트가 아닙니다({detail}번째 바이트). "
    "“CSV UTF-8”로 저장한 뒤 다시 올리세요.",
    "learn.csv_empty": "파일이 비어 있습니다.",
    "learn.csv_malformed": "{row}번째 줄: CSV로 읽을 수 없습니다({detail}).",
    "learn.csv_columns": "{row}번째 줄: 열이 3개(x1,x2,label)여야 하는데 {detail}개입니다.",
    "learn.csv_not_a_number": "{row}번째 줄, {column} 열의 값 {detail}: 숫자가 아닙니다.",
    "learn.csv_not_finite": "{row}번째 줄, {column} 열의 값 {detail}: 유한한 수가 "
    "아닙니다(NaN, 무한대 또는 너무 큰 수).",
    "learn.csv_label": "{row}번째 줄, {column} 열: label이 {detail}입니다. 0 또는 1이어야 "
    "합니다.",
    "learn.csv_too_many_rows": "{row}번째 줄: 샘플이 {detail}개를 넘습니다.",
    "learn.csv_too_few_rows": "샘플이 {detail}개뿐입니다. 적어도 2개가 필요합니다.",
    "learn.csv_one_class": "{column} 열의 label이 모두 {detail}입니다. 뉴런에는 두 클래스(0과 "
    "1)의 샘플이 모두 필요합니다.",
    "learn.csv_other": "이 파일은 쓸 수 없습니다({row}번째 줄, {column} 열: {detail}).",
    "learn.try_title": "해 보기: 먼저 예상하고, 그다음 설정하기",
    "learn.try_intro": "버튼을 누르면 아래 설정이 바뀌고 0단계로 돌아갑니다. 누르기 전에 "
    "손실 곡선이 어떻게 될지 먼저 예상해 보세요.",
    "learn.try_rate_high": "겹친 두 무리(잡음 1)에서 학습률을 **10**으로: 손실이 더 빨리 "
    "줄까요?",
    "learn.try_rate_high_why": "단계마다 지나치게 멀리 갑니다. w가 손실의 골짜기를 건너 "
    "반대편에 떨어지므로, 손실이 자리를 잡지 못하고 오르내리다가 작은 학습률보다 높은 곳에서 "
    "끝납니다. 0.5로 바꿔 보면 0.39 근처에 자리를 잡습니다.",
    "learn.try_xor": "**XOR**을 전체 배치로 100 에포크: 손실이 얼마나 낮아질까요?",
    "learn.try_xor_why": "0.69(ln 2) 근처에서 멈춥니다. 직선 하나로는 XOR을 나눌 수 없어서, "
    "뉴런이 할 수 있는 최선은 어디서나 a ≈ 0.5라고 답하는 것입니다.",
    "learn.try_batch_noise": "배치 크기 **1**: 단계마다 샘플 하나. 단계별 손실은 어떤 "
    "모양일까요?",
    "learn.try_batch_noise_why": "들쭉날쭉합니다. 단계마다 샘플 하나만 따르는데, 샘플 "
    "하나의 손실은 다음 샘플과 크게 다릅니다. 그래도 에포크별 평균은 줄어듭니다.",
    "learn.try_full_batch": "이번에는 **전체 배치**: 단계마다 모든 샘플.",
    "learn.try_full_batch_why": "매끄럽습니다. 단계마다 같은 데이터를 보므로 손실이 꾸준히 "
    "줄지만, 에포크마다 단계는 하나뿐입니다.",
    "learn.try_mse_saturated": "**포화된** 시작값(모든 파라미터 −6, 자신 있게 틀린 상태)에서 "
    "**MSE**로: 얼마나 빨리 배울까요?",
    "learn.try_mse_saturated_why": "기어가듯 느립니다. MSE에서는 ∂L/∂z = 2(a − y)·σ′(z)인데, "
    "시그모이드가 평평한 곳에서는 σ′(z)가 거의 0이라 a가 크게 틀려도 단계가 아주 작습니다.",
    "learn.try_bce_saturated": "같은 시작값에서 **BCE**로.",
    "learn.try_bce_saturated_why": "곧바로 빠져나옵니다. BCE에서는 ∂L/∂z = a − y로 σ′(z)가 "
    "곱해지지 않으므로, a가 크게 틀리면 단계도 큽니다.",
    "learn.try_bug": "**버그**를 켜면(단계마다 w와 b를 새로 뽑기) 손실은 어떻게 될까요?",
    "learn.try_bug_why": "아무것도 나아지지 않습니다. 업데이트한 값이 다음 뽑기에서 버려지므로 "
    "손실은 무작위 파라미터 수준에 머뭅니다. 벡터 페이지에서처럼 w와 b는 한 번만 만드세요.",
}
