import { defineStrings } from "../../i18n/lang.ts";

/** What the training widget says, in both languages. */
export const strings = defineStrings({
  ko: {
    title: "직접 학습하기: 날짜 모델을 처음부터",
    intro:
      "모델을 무작위 매개변수에서 시작해 이 브라우저에서 학습합니다. 학습은 별도의 워커에서 돌아가므로 페이지는 계속 부드럽게 움직입니다.",
    needsScript: "학습은 브라우저에서 돌아가므로 자바스크립트가 필요합니다.",
    attention: "어텐션",
    variants: { bahdanau: "바다나우", luong: "루옹 변형", none: "없음" },
    hidden: "은닉 상태 크기",
    learningRate: "학습률",
    steps: "학습 단계 수",
    batch: "배치 크기",
    train: "학습 시작",
    pause: "일시정지",
    resume: "계속",
    stop: "멈추기",
    progress: "학습 진행",
    status: (step: number, steps: number, loss: string, acc: string, left: string) =>
      `단계 ${step} / ${steps} · 손실 ${loss} · 검증 정확도 ${acc} · ${left}`,
    left: (t: string) => `${t} 남음`,
    /** A duration of `min` minutes and `sec` seconds: 「1분 5초」, 「5초」. */
    duration: (min: number, sec: number) => (min > 0 ? `${min}분 ${sec}초` : `${sec}초`),
    paused: (step: number) => `단계 ${step}에서 멈춰 있습니다.`,
    finished: (acc: string) => `학습이 끝났습니다. 검증 데이터 완전 일치 정확도: ${acc}`,
    stoppedEarly: (step: number, acc: string) =>
      `단계 ${step}에서 멈췄습니다. 지금까지 학습한 모델의 정확도: ${acc}`,
    keep: "내 모델로 저장하고 히트맵에서 쓰기",
    discard: "내 모델 지우고 사전 학습 모델로 돌아가기",
    kept: "저장했습니다. 정렬 히트맵 위젯에서 ‘내가 학습한 모델’을 고르세요.",
    notKept: "이 브라우저에 저장하지 못했습니다. 이 페이지를 떠나기 전까지만 쓸 수 있습니다.",
    discarded: "내 모델을 지웠습니다.",
    stored: (acc: string) => `저장된 내 모델이 있습니다 (정확도 ${acc}).`,
    bad: {
      lr: "학습률은 0.0001에서 0.1 사이의 숫자여야 합니다.",
      steps: "학습 단계 수는 20에서 5000 사이의 정수여야 합니다.",
    },
    loss: "손실",
    accuracy: "검증 정확도",
    step: "단계",
    failed: (m: string) => `학습 중 오류가 났습니다: ${m}`,
    editedLibrary: "직접 고친 라이브러리로 학습합니다.",
    libraryFallback: (m: string) =>
      `직접 고친 라이브러리를 불러오지 못해 원래 라이브러리로 학습합니다. (${m})`,
    expectedDefault: (t: string) =>
      `이 설정이면 검증 데이터 완전 일치 정확도가 약 ${t} 만에 99%에 이를 것으로 예상합니다(2코어 컴퓨터에서 측정, 기기에 따라 다름).`,
    expectedOther: (t: string) =>
      `이 설정이면 학습에 대략 ${t} 걸릴 것으로 예상합니다(기본 설정의 측정값으로 어림한 값).`,
    scope: (own: number, more: number) =>
      `학습 시간을 줄이려고 이 위젯은 처음부터 있던 날짜 형식 ${own}가지로만 학습합니다. 사전 학습 모델은 서수(3rd), 두 자리 연도, 「2026/11/24」 같은 형식 ${more}가지를 더 배웠으므로, 내 모델은 그런 입력에서 틀리기 쉽습니다.`,
    numbers: "숫자로 보기",
    tableCaption: "학습 기록",
  },
  en: {
    title: "Train it yourself: the date model from scratch",
    intro:
      "The model starts from random parameters and trains in this browser. Training runs in a worker of its own, so the page stays smooth.",
    needsScript: "Training runs in your browser, so it needs JavaScript.",
    attention: "attention",
    variants: { bahdanau: "Bahdanau", luong: "Luong variant", none: "none" },
    hidden: "hidden size",
    learningRate: "learning rate",
    steps: "training steps",
    batch: "batch size",
    train: "start training",
    pause: "pause",
    resume: "resume",
    stop: "stop",
    progress: "training progress",
    status: (step: number, steps: number, loss: string, acc: string, left: string) =>
      `step ${step} of ${steps} · loss ${loss} · validation accuracy ${acc} · ${left}`,
    left: (t: string) => `${t} left`,
    duration: (min: number, sec: number) =>
      min > 0 ? `${min} min ${String(sec).padStart(2, "0")} s` : `${sec} s`,
    paused: (step: number) => `Paused at step ${step}.`,
    finished: (acc: string) => `Training finished. Exact match on the validation data: ${acc}`,
    stoppedEarly: (step: number, acc: string) =>
      `Stopped at step ${step}. Accuracy of the model so far: ${acc}`,
    keep: "keep as my model and use it in the heatmap",
    discard: "forget my model, back to the pretrained one",
    kept: "Kept. Choose “my trained model” in the alignment heatmap widget.",
    notKept: "Could not store it in this browser; it is usable until you leave this page.",
    discarded: "Your model is forgotten.",
    stored: (acc: string) => `You have a kept model (accuracy ${acc}).`,
    bad: {
      lr: "The learning rate must be a number from 0.0001 to 0.1.",
      steps: "The number of steps must be a whole number from 20 to 5000.",
    },
    loss: "loss",
    accuracy: "validation accuracy",
    step: "step",
    failed: (m: string) => `Training failed: ${m}`,
    editedLibrary: "Training with your edited library.",
    libraryFallback: (m: string) =>
      `Your edited library could not be loaded, so the model trains with the original one. (${m})`,
    expectedDefault: (t: string) =>
      `With these settings, expect exact match on the validation data to reach 99% in about ${t} (measured on a 2-core computer; yours may differ).`,
    expectedOther: (t: string) =>
      `With these settings, expect training to take roughly ${t} (estimated from the default settings' measured speed).`,
    scope: (own: number, more: number) =>
      `To keep training short, this widget trains on the ${own} original date formats only. The pretrained model learned ${more} more (ordinals like 3rd, two-digit years, “2026/11/24” and others), so your model is likely to get those wrong.`,
    numbers: "numbers",
    tableCaption: "Training history",
  },
});

export type Strings = (typeof strings)["ko"];
