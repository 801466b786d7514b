"""코드 패널의 실행 가능한 코드 안의 주석 (코드 자체는 파이썬이라 번역하지 않음)."""

STRINGS = {
    "code.comment_trace": "z와 a를 한 번에 계산",
    "code.comment_x": "샘플 하나: 모양 (l_I, 1) = {shape}",
    "code.comment_lazy": "w, b는 첫 순전파 때 뽑힘",
    "code.comment_first_draw": "w와 b를 처음 뽑기",
    "code.comment_resets": "'파라미터 다시 뽑기'를 {n}번 누름",
    "code.comment_passes": "순전파 횟수만큼",
    "code.comment_bug": "버그: 순전파 때마다 파라미터를 새로 뽑음",
    "code.comment_X": "(l_I, N): 열 하나가 샘플 하나",
    "code.comment_Z": "Z = X.T @ w + b, A = g(Z)",
    "code.comment_sample": "샘플 하나 = X의 열 하나 = 벡터 뉴런 하나",
    "code.comment_rounding": "반올림 오차 안에서 같음: numpy는 배치의 곱을 다른 순서로 더할 수 "
    "있음",
    "code.comment_rows": "scikit-learn과 PyTorch는 샘플을 행에 놓음: 그쪽의 X는 우리의 X.T, "
    "모양 {shape}",
    "code.comment_dropped": "남는 샘플은 버림",
    "code.comment_shorter": "마지막에 더 짧은 배치 하나",
    "code.comment_data": "데이터: 열 하나가 샘플 하나, 모양 (n_features, n_data), 페이지와 같음.",
    "code.comment_drawn_once": "w와 b는 첫 배치에서 뽑힌 뒤 그대로 유지",
    "code.comment_batch": "batch.X는 data_X[:, batch.start:batch.stop]",
}
