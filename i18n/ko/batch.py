"""배치 루프 페이지."""

STRINGS = {
    "batch.title": "배치 루프: 데이터를 몇 개씩 나누어 넣기",
    "batch.intro": "실제 데이터는 너무 커서 뉴런에 한 번에 넣을 수 없습니다. 그래서 루프는 "
    "`X`를 연속된 열(샘플) 몇 개씩 묶은 **배치**로 잘라 차례로 넣습니다. **재생**을 눌러 "
    "루프가 도는 모습을 보고, 슬라이더를 끌어 원하는 곳으로 옮기거나, **다음 배치** 버튼으로 "
    "한 배치씩 진행해 보세요.",
    "batch.n_data": "샘플 수 n_data",
    "batch.n_data_help": "X의 열 개수입니다. 강의에서는 100입니다.",
    "batch.batch": "배치 크기",
    "batch.batch_help": "배치 하나에 들어가는 샘플 수입니다(n_data 이하). 강의에서는 8입니다.",
    "batch.batch_one": "배치 크기: 1 (샘플이 하나뿐이라 가능한 값은 1 하나)",
    "batch.features": "특성 수 n_features",
    "batch.features_help": "X의 행 개수이자 w의 길이입니다. 강의에서는 20입니다.",
    "batch.drop_last": "크기가 모자란 마지막 배치 버리기",
    "batch.drop_last_help": "강의처럼 켜 두면 n_batch = n_data // batch_size이고, 남는 "
    "샘플은 한 번도 쓰이지 않습니다. 끄면 더 짧은 배치 하나가 남은 샘플을 처리합니다.",
    "batch.speed": "재생 속도 (초당 배치 수)",
    "batch.speed_help": "재생할 때 브라우저에서 다음 배치로 넘어가는 빠르기입니다.",
    "batch.server_step": "한 단계씩 (배치마다 설명할 때)",
    "batch.next": "다음 배치",
    "batch.next_help": "배치 하나를 더 실행합니다. 아래 출력에 한 줄이 늘고 그림도 넘어갑니다.",
    "batch.restart": "배치 0으로",
    "batch.to_end": "끝까지 실행",
    "batch.restart_help": "배치 i = 0으로 돌아갑니다. 출력도 처음부터 다시 시작합니다.",
    "batch.to_end_help": "루프를 마지막 배치까지 실행합니다. 출력에 모든 줄이 나옵니다.",
    "batch.step_status": "지금 배치: i = {i} (샘플 {start}–{last}, 전체 {n}개 중 "
    "{nth}번째)",
    "batch.clamped": "배치 크기를 {old}에서 {n}(으)로 줄였습니다(샘플 수 n_data보다 클 수 "
    "없음).",
    "batch.step_clamped": "배치 i = {given}은(는) 없습니다(루프의 배치는 {n}개). "
    "i = {used}을(를) 보여 줍니다.",
    "batch.no_batch_title": "배치가 하나도 없습니다",
    "batch.no_batch": "샘플 {n_data}개를 {batch_size}개씩 묶으면 크기가 다 찬 배치가 하나도 "
    "나오지 않습니다. n_batch = {n_data} // {batch_size} = 0이고, 크기가 모자란 마지막 배치는 "
    "버리므로 루프가 한 번도 돌지 않아 뉴런은 샘플을 하나도 보지 못합니다. 배치 크기를 "
    "{n_data} 이하로 줄이거나, “크기가 모자란 마지막 배치 버리기”를 끄면 샘플 {n_data}개짜리 "
    "배치 하나가 생깁니다.",
    "batch.x_title": "데이터 X ({nf} × {nd})",
    "batch.ledger_title": "배치",
    "batch.collected_title": "지금까지의 a ({n} × 1)",
    "batch.current_title": "이 배치의 a",
    "batch.remainder_dropped": "{n_data} mod {batch_size} = {r}: 샘플 {r}개 버림 (빗금)",
    "batch.remainder_kept": "마지막 배치는 샘플 {r}개",
    "batch.remainder_none": "{n_data} = {k} × {batch_size}: 남는 샘플 없음",
    "batch.play": "▶ 재생",
    "batch.pause": "❚❚ 일시정지",
    "batch.slider_prefix": "배치 i = ",
    "batch.sample": "샘플",
    "batch.sample_axis": "샘플 (X의 열마다 하나)",
    "batch.feature": "특성",
    "batch.word": "배치",
    "batch.dropped": "버림",
    "batch.legend": "읽는 법: **반투명 회색** = 이미 처리한 샘플 · **흑백 테두리** = 지금 배치 · "
    "**회색 빗금** = 버려져 뉴런이 보지 못하는 샘플 · **회색 점무늬** = 아직 계산하지 않은 "
    "예측 · **X 아래 막대** = 지금까지 구한 샘플별 a(열마다 막대 하나). 띠 위의 숫자는 배치 "
    "번호입니다.",
    "batch.log_title": "루프의 출력",
    "batch.log_caption": "배치 i = {i}까지 `print(X_batch.shape, a.shape)`가 출력한 "
    "내용입니다. 단계 버튼으로 옮기거나, 재생을 멈추거나, 슬라이더로 고른 배치까지입니다.",
    "batch.params_title": "뉴런의 파라미터",
    "batch.params_same": "`w`와 `b`는 배치 0에서 시드 {seed}(으)로 한 번만 뽑혔습니다. 모든 "
    "배치가 똑같은 `w`와 `b`를 썼습니다(배치 {n}개 모두 확인). 루프는 데이터를 넣을 뿐, "
    "뉴런의 파라미터는 바꾸지 않습니다.",
    "batch.params_b": "편향 b = {b}",
    "batch.no_params": "배치가 하나도 실행되지 않아 뉴런은 `w`와 `b`를 뽑지 않았습니다.",
    "batch.try_title": "해 보기: 실험 세 가지 (먼저 예상한 뒤 설정해 보세요)",
    "batch.try_intro": "버튼을 누르면 아래 설정값이 그 값으로 바뀌고 배치 0으로 돌아갑니다.",
    "batch.try_no_remainder": "샘플 100개를 **10**개씩 배치로 나누면 배치는 몇 개이고, 버려지는 "
    "샘플은 몇 개일까요?",
    "batch.try_no_remainder_why": "100 // 10 = 10이므로 배치 10개, 100 mod 10 = 0이므로 모든 "
    "샘플이 뉴런에 들어갑니다.",
    "batch.try_lesson": "강의의 루프처럼 샘플 100개를 **8**개씩 나누면 배치는 몇 개일까요? "
    "뉴런에 끝내 들어가지 못하는 샘플은 어느 것일까요?",
    "batch.try_lesson_why": "100 // 8 = 12이므로 배치 12개입니다. 100 mod 8 = 4, 곧 샘플 "
    "96–99가 버려지며, 직접 확인하지 않으면 아무도 알려 주지 않습니다.",
    "batch.try_keep_last": "이번에는 **크기가 모자란 마지막 배치를 남겨** 보세요. 무엇이 "
    "바뀌고, 무엇이 깨질 수 있을까요?",
    "batch.try_keep_last_why": "샘플이 4개뿐인 13번째 배치가 생깁니다. 모든 샘플을 보지만 그 "
    "배치의 모양은 (20, 8)이 아니라 (20, 4)입니다. 열이 8개라고 가정한 코드는 거기서 "
    "깨집니다.",
    # 스크린 리더가 읽어 주는 차트 설명.
    "batch.animation_alt": "X(모양 {nf} × {nd})를 도는 배치 루프 애니메이션: 샘플 {size}개짜리 "
    "배치 {count}개, {i}번 배치에 테두리. 아래에는 지금까지의 예측마다 막대 하나. 재생 "
    "버튼과 슬라이더로 배치를 넘깁니다.",
    "batch.weights_alt": "wᵀ의 히트맵, 모양 1 × {nf}: 뉴런의 가중치로, 모든 배치에서 "
    "같습니다.",
}
