/** What the encoder-states widget says, in both languages. */
export const strings = {
  ko: {
    title: "인코더의 은닉 상태: 한 글자씩 읽기",
    input: "입력",
    step: "한 글자 읽기",
    play: "재생",
    pause: "일시정지",
    reset: "처음부터",
    columns: "은닉 상태 열로 보기",
    dictionary: "키이자 값으로 보기",
    progress: (t: number, T: number) => `${T}글자 중 ${t}글자를 읽었습니다.`,
    stateAxis: (H: number) => `은닉 상태 hⱼ의 ${H}개 숫자`,
    legend: "색이 또렷할수록 절댓값이 큽니다. 파랑은 양수, 주황은 음수입니다.",
    key: "키 hⱼ",
    value: "값 hⱼ",
    same: "시퀀스-투-시퀀스에서는 인코더의 은닉 상태 hⱼ가 키이면서 동시에 값입니다.",
    numbers: "숫자로 보기",
    tableCaption: "인코더의 은닉 상태: 행은 글자, 열은 은닉 상태의 성분",
    summary: (t: number, chars: string) => `인코더가 “${chars}”의 ${t}글자를 읽고 만든 은닉 상태`,
  },
  en: {
    title: "Encoder hidden states: reading one character at a time",
    input: "input",
    step: "read one character",
    play: "play",
    pause: "pause",
    reset: "start over",
    columns: "hidden states as columns",
    dictionary: "as keys and values",
    progress: (t: number, T: number) => `Read ${t} of ${T} characters.`,
    stateAxis: (H: number) => `the ${H} numbers of hidden state hⱼ`,
    legend: "The stronger the colour, the larger the number in size: blue is positive, orange negative.",
    key: "key hⱼ",
    value: "value hⱼ",
    same: "In sequence-to-sequence models the encoder's hidden state hⱼ is the key and the value at the same time.",
    numbers: "numbers",
    tableCaption: "Encoder hidden states: rows are characters, columns the entries of each state",
    summary: (t: number, chars: string) =>
      `the hidden states after the encoder read ${t} characters of “${chars}”`,
  },
};

export type Strings = (typeof strings)["ko"];
