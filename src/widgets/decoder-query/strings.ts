import { josa } from "../../i18n/particles.ts";

/** What the decoder-query widget says, in both languages. */
export const strings = {
  ko: {
    title: "디코더의 쿼리: 한 시점 전의 은닉 상태",
    input: "입력",
    prev: "이전 시점",
    next: "다음 시점",
    stepOf: (i: number, L: number) => `출력 시점 i = ${i} / ${L}`,
    bahdanau: "바다나우: 쿼리 = sᵢ₋₁",
    luong: "루옹 변형: 쿼리 = sᵢ",
    both: "두 방식 비교",
    decoder: "디코더 은닉 상태",
    encoder: "인코더 은닉 상태 hⱼ (키)",
    query: "쿼리",
    notYet: "아직 계산 전",
    nothing: "모델이 이 입력에 대해 아무 글자도 쓰지 않았습니다.",
    scores: "어텐션 스코어 eᵢⱼ",
    weights: "어텐션 가중치 αᵢⱼ",
    legend: "hⱼ 아래 첫 수: 어텐션 스코어 eᵢⱼ · 막대와 그 아래 수: 어텐션 가중치 αᵢⱼ",
    explainBahdanau: (i: number) =>
      `출력 ${i}번째 글자를 만들 때의 쿼리는 한 시점 전의 디코더 상태 s${sub(i - 1)}입니다. ${josa(`s${sub(i)}`, "은/는")} 어텐션 값을 받은 뒤에 계산됩니다.`,
    explainLuong: (i: number) =>
      `루옹 변형에서는 먼저 ${josa(`s${sub(i)}`, "을/를")} 계산하고, 그 현재 상태 ${josa(`s${sub(i)}`, "을/를")} 쿼리로 씁니다.`,
    equal: (name: string, v: string) => `쿼리 = ${name} = (${v}, …)`,
    numbers: "숫자로 보기",
    tableCaption: (i: number) => `출력 시점 ${i}: 입력 글자마다 어텐션 스코어와 가중치`,
    summary: (i: number, q: string, out: string) => `출력 시점 ${i}: 쿼리 ${q}, 쓴 글자 “${out}”`,
  },
  en: {
    title: "The decoder's query: the state from one step earlier",
    input: "input",
    prev: "previous step",
    next: "next step",
    stepOf: (i: number, L: number) => `output step i = ${i} of ${L}`,
    bahdanau: "Bahdanau: query = sᵢ₋₁",
    luong: "Luong variant: query = sᵢ",
    both: "compare both",
    decoder: "decoder hidden states",
    encoder: "encoder hidden states hⱼ (keys)",
    query: "query",
    notYet: "not computed yet",
    nothing: "The model wrote no character for this input.",
    scores: "attention scores eᵢⱼ",
    weights: "attention weights αᵢⱼ",
    legend: "first number under hⱼ: attention score eᵢⱼ · bar and the number below it: attention weight αᵢⱼ",
    explainBahdanau: (i: number) =>
      `To write output ${i}, the query is the decoder state from one step earlier, s${sub(i - 1)}. s${sub(i)} is computed only after the attention value arrives.`,
    explainLuong: (i: number) =>
      `In Luong's variant the decoder first computes s${sub(i)}, then uses that current state s${sub(i)} as the query.`,
    equal: (name: string, v: string) => `query = ${name} = (${v}, …)`,
    numbers: "numbers",
    tableCaption: (i: number) => `Output step ${i}: attention score and weight of each input character`,
    summary: (i: number, q: string, out: string) => `output step ${i}: query ${q}, wrote “${out}”`,
  },
};

/** A number as Unicode subscript digits: 12 → ₁₂. */
export function sub(n: number): string {
  return String(n).replace(/\d/g, (d) => "₀₁₂₃₄₅₆₇₈₉"[Number(d)]);
}

export type Strings = (typeof strings)["ko"];
