/** What the whole-model walkthrough says, in both languages. */
import { josa } from "../../i18n/particles.ts";

/** Subscript digits, for symbols such as s₂ and α₃. */
export function sub(n: number): string {
  return String(n).replace(/\d/g, (d) => "₀₁₂₃₄₅₆₇₈₉"[Number(d)]);
}

export const strings = {
  ko: {
    title: "날짜 하나가 학습된 모델 전체를 지나가는 길",
    input: "입력",
    examples: "예시",
    prev: "이전 시점",
    next: "다음 시점",
    stepOf: (i: number, L: number) => `출력 시점 i = ${i} / ${L}`,
    intro:
      "학습된 바다나우 어텐션 모델이 입력을 읽고 출력 글자 하나를 쓰기까지를 강좌의 용어로 한 단계씩 보여 줍니다. ①과 ②는 입력마다 한 번 계산되고, ③부터 아래는 출력 시점마다 달라집니다.",
    legend: "색이 또렷할수록 절댓값이 큽니다. 파랑은 양수, 주황은 음수입니다.",
    stages: "모델을 지나가는 단계",
    encoderName: "① 임베딩과 인코더",
    encoder: (T: number, H: number) =>
      `입력 글자 xⱼ마다 GRU가 임베딩 embed(xⱼ)를 차례로 읽어 은닉 상태 hⱼ를 만듦. 글자 ${T}개, 상태마다 ${H}차원.`,
    keysName: "② 키 = 값 = hⱼ",
    keys: "인코더 은닉 상태 h₁ … h_T가 딕셔너리의 키이자 값. 아래 열 하나가 글자 하나의 hⱼ.",
    queryName: "③ 쿼리 sᵢ₋₁",
    query: (i: number) =>
      i === 1
        ? "첫 시점의 쿼리는 s₀ = h_T, 곧 인코더의 마지막 은닉 상태."
        : `쿼리는 이전 디코더 상태 s${sub(i - 1)}. 시점 ${i - 1}에서 만든 은닉 상태.`,
    scoresName: "④ 어텐션 스코어 eᵢⱼ",
    scores: (i: number) => `e${sub(i)}ⱼ = score(s${sub(i - 1)}, hⱼ): 쿼리와 키마다 가산 스코어 하나.`,
    weightsName: "⑤ 어텐션 가중치 αᵢⱼ",
    weights: (i: number, char: string, w: string) =>
      `α${sub(i)}ⱼ = softmax(e${sub(i)}ⱼ): 모두 양수이고 합이 1. 가장 큰 가중치는 글자 “${char}”의 ${w}.`,
    valueName: "⑥ 어텐션 값 aᵢ",
    value: (i: number) => `a${sub(i)} = Σⱼ α${sub(i)}ⱼ hⱼ: 값 hⱼ들을 가중치대로 섞은 가중합.`,
    concatName: "⑦ 연결 [embed(yᵢ₋₁); aᵢ]",
    concat: (prev: string, D: number, H: number) =>
      `이전 출력 ${prev}의 ${D}차원 임베딩 뒤에 ${H}차원 어텐션 값을 이어 붙인 디코더 입력. 모두 ${D + H}차원.`,
    stateName: "⑧ 새 은닉 상태 sᵢ",
    state: (i: number) => `s${sub(i)} = GRU(s${sub(i - 1)}, [embed(y${sub(i - 1)}); a${sub(i)}]).`,
    outputName: "⑨ 출력 yᵢ",
    output: (i: number, token: string, sofar: string) =>
      `softmax(W_o s${sub(i)} + b_o)에서 확률이 가장 높은 글자 “${token}”. 지금까지의 출력: ${sofar}`,
    start: "시작 토큰 <s>",
    char: (c: string) => `글자 “${c}”`,
    result: (output: string) => `모델의 출력: ${output}`,
    numbers: "숫자로 보기",
    tableCaption: (i: number) => `출력 시점 ${i}: 입력 글자마다의 스코어와 가중치`,
    position: "위치 j",
    charCol: "글자",
    scoreCol: "스코어 eᵢⱼ",
    weightCol: "가중치 αᵢⱼ",
    vectorsCaption: (i: number) => `출력 시점 ${i}의 벡터들`,
    vectorCol: "벡터",
    sizeCol: "크기",
    entriesCol: "성분",
    summary: (i: number, input: string) =>
      `${josa(`입력 “${input}”`, "을/를")} 읽은 모델이 출력 시점 ${i}에서 거치는 아홉 단계`,
    noSteps: "모델이 이 입력에서 아무 글자도 쓰지 않았습니다.",
  },
  en: {
    title: "One date through the whole trained model",
    input: "input",
    examples: "examples",
    prev: "previous step",
    next: "next step",
    stepOf: (i: number, L: number) => `output step i = ${i} of ${L}`,
    intro:
      "The trained Bahdanau-attention model reads your input and writes one output character, shown stage by stage in the course's words. Stages 1 and 2 are computed once per input; from stage 3 down, each output step has its own.",
    legend: "The stronger the colour, the larger the number in size: blue is positive, orange negative.",
    stages: "the stages through the model",
    encoderName: "① embedding and encoder",
    encoder: (T: number, H: number) =>
      `For each input character xⱼ, the GRU reads its embedding embed(xⱼ) in turn and makes the hidden state hⱼ: ${T} characters, ${H} numbers per state.`,
    keysName: "② keys = values = hⱼ",
    keys: "The encoder's hidden states h₁ … h_T are the dictionary's keys and its values. Each column below is one character's hⱼ.",
    queryName: "③ query sᵢ₋₁",
    query: (i: number) =>
      i === 1
        ? "The first step's query is s₀ = h_T, the encoder's last hidden state."
        : `The query is the previous decoder state s${sub(i - 1)}, made at step ${i - 1}.`,
    scoresName: "④ attention scores eᵢⱼ",
    scores: (i: number) => `e${sub(i)}ⱼ = score(s${sub(i - 1)}, hⱼ): one additive score per key.`,
    weightsName: "⑤ attention weights αᵢⱼ",
    weights: (i: number, char: string, w: string) =>
      `α${sub(i)}ⱼ = softmax(e${sub(i)}ⱼ): all positive, summing to 1. The largest, ${w}, is on the character “${char}”.`,
    valueName: "⑥ attention value aᵢ",
    value: (i: number) =>
      `a${sub(i)} = Σⱼ α${sub(i)}ⱼ hⱼ: the values hⱼ mixed by the weights, a weighted sum.`,
    concatName: "⑦ concatenation [embed(yᵢ₋₁); aᵢ]",
    concat: (prev: string, D: number, H: number) =>
      `The decoder's input: the ${D} numbers of the embedding of the previous output, ${prev}, followed by the ${H} numbers of the attention value, ${D + H} in all.`,
    stateName: "⑧ new hidden state sᵢ",
    state: (i: number) => `s${sub(i)} = GRU(s${sub(i - 1)}, [embed(y${sub(i - 1)}); a${sub(i)}]).`,
    outputName: "⑨ output yᵢ",
    output: (i: number, token: string, sofar: string) =>
      `The likeliest character of softmax(W_o s${sub(i)} + b_o): “${token}”. The output so far: ${sofar}`,
    start: "the start token <s>",
    char: (c: string) => `the character “${c}”`,
    result: (output: string) => `the model's output: ${output}`,
    numbers: "numbers",
    tableCaption: (i: number) => `Output step ${i}: score and weight for each input character`,
    position: "position j",
    charCol: "character",
    scoreCol: "score eᵢⱼ",
    weightCol: "weight αᵢⱼ",
    vectorsCaption: (i: number) => `The vectors of output step ${i}`,
    vectorCol: "vector",
    sizeCol: "size",
    entriesCol: "entries",
    summary: (i: number, input: string) =>
      `the nine stages the model goes through at output step ${i} after reading the input “${input}”`,
    noSteps: "The model wrote no character for this input.",
  },
};

export type Strings = (typeof strings)["ko"];
