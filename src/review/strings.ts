/**
 * What the generated review items say, in both languages (generators.ts fills in the numbers):
 * each item's title, question, worked answer and the typical mistakes it names. Numbers and
 * vectors arrive already written out, so each string only places them.
 */
import { defineStrings } from "../i18n/lang.ts";
import { josa } from "../i18n/particles.ts";

type Score = "dot" | "cosine";

export const strings = defineStrings({
  ko: {
    softmaxWeights: {
      title: "온도가 있는 소프트맥스 함수",
      prompt: (scores: string, tau: number, n: number) =>
        `스코어가 ${scores}이고 온도 τ = ${tau}일 때, ${n}번째 키의 소프트맥스 가중치는 얼마입니까? 소수 둘째 자리까지 쓰세요.`,
      explain: (exps: string, sum: string, n: number, e: string, w: string) =>
        `스코어를 τ로 나누고 exp를 취하면 (${exps})이고, 합은 ${sum}입니다. ${n}번째 가중치는 ${e} / ${sum} ≈ ${w}입니다.`,
      noTemperature: "온도로 나누는 것을 빠뜨렸습니다",
      proportional: "exp 없이 스코어를 스코어의 합으로 나눴습니다",
      unnormalised: "exp 값을 합으로 나누지 않았습니다",
    },
    queryAtStep: {
      title: "i시점의 쿼리",
      prompt: (i: number) =>
        `바다나우 어텐션으로 ${i}번째 출력 글자를 쓰는 디코더 ${i}시점에서 쿼리는 어떤 상태입니까?`,
      explain: (previous: string, current: string, first: boolean) =>
        `쿼리는 바로 앞 시점의 디코더 상태 sᵢ₋₁, 여기서는 ${previous}입니다. ${josa(current, "은/는")} 이 시점의 어텐션 값으로 만들어지므로 쿼리가 될 수 없습니다.${first ? " 1시점에서 s₀은 인코더의 마지막 상태 h_T입니다." : ""}`,
      same: "이 시점의 상태는 어텐션 값을 받은 뒤에야 만들어집니다",
      encoder: "같은 위치의 인코더 상태는 쿼리가 아니라 키입니다",
    },
    decoderInputSize: {
      title: "디코더 입력의 크기",
      prompt: (D: number, H: number) =>
        `임베딩이 D = ${D}차원, 은닉 상태가 H = ${H}차원인 바다나우 어텐션 모델에서, 디코더가 시점마다 읽는 입력 [embed(yᵢ₋₁); aᵢ]은 몇 차원 벡터입니까?`,
      explain: (D: number, H: number) =>
        `임베딩 ${D}차원과 어텐션 값 ${H}차원(은닉 상태와 같은 크기)을 이어 붙이므로 ${D} + ${H} = ${D + H}차원입니다.`,
      multiplied: "두 크기를 곱했습니다. 이어 붙이면 더합니다",
      attentionOnly: "어텐션 값만 셌습니다",
      embeddingOnly: "임베딩만 셌습니다",
      hiddenTwice: "임베딩 대신 은닉 상태를 셌습니다",
    },
    keyWins: {
      title: "스코어 함수가 고르는 키",
      prompt: (query: string, score: Score) =>
        `쿼리 q = ${josa(query, "과/와")} 키 세 개가 있습니다. 스코어 함수가 ${score === "dot" ? "내적" : "코사인 유사도"}이면 어느 키의 스코어가 가장 높습니까?`,
      explain: (score: Score, list: string, win: string, other: string) =>
        score === "dot"
          ? `내적 스코어는 ${list}이므로 ${josa(win, "이/가")} 가장 높습니다. 코사인 유사도였다면 방향만 보므로 ${josa(other, "이/가")} 이겼을 것입니다. 내적은 길이도 셉니다.`
          : `코사인 유사도 스코어는 ${list}이므로 ${josa(win, "이/가")} 가장 높습니다. 내적이었다면 길이도 세므로 ${josa(other, "이/가")} 이겼을 것입니다. 코사인 유사도는 방향만 봅니다.`,
      otherPick: "다른 스코어 함수가 고르는 키입니다",
    },
    attentionValue: {
      title: "작은 벡터의 어텐션 값",
      prompt: (q: string, k1: string, k2: string, v1: number, v2: number) =>
        `쿼리 q = ${q}, 키 k₁ = ${k1}, k₂ = ${k2}, 값 v₁ = ${v1}, v₂ = ${v2}입니다. 스코어는 내적, 온도는 1입니다. 어텐션 값은 얼마입니까? 소수 둘째 자리까지 쓰세요.`,
      explain: (scores: string, weights: string, sum: string, a: string) =>
        `스코어는 (${scores}), 소프트맥스 가중치는 (${weights})입니다. 어텐션 값은 ${sum} ≈ ${a}입니다.`,
      averaged: "가중치 없이 값의 평균을 냈습니다",
      top: "스코어가 가장 높은 키의 값만 골랐습니다(온도 0일 때의 답)",
      unweighted: "소프트맥스 함수 없이 스코어를 가중치로 썼습니다",
    },
  },
  en: {
    softmaxWeights: {
      title: "Softmax with a temperature",
      prompt: (scores: string, tau: number, n: number) =>
        `The scores are ${scores} and the temperature is τ = ${tau}. What is the softmax weight of key ${n}? Give two decimals.`,
      explain: (exps: string, sum: string, n: number, e: string, w: string) =>
        `Divide the scores by τ and take exp: (${exps}), which add up to ${sum}. Weight ${n} is ${e} / ${sum} ≈ ${w}.`,
      noTemperature: "the temperature was left out",
      proportional: "the scores were divided by their sum, without exp",
      unnormalised: "the exp was not divided by the sum",
    },
    queryAtStep: {
      title: "The query at step i",
      prompt: (i: number) =>
        `At decoder step ${i} of Bahdanau attention, writing output character ${i}, which state is the query?`,
      explain: (previous: string, current: string, first: boolean) =>
        `The query is the decoder state of the step before, sᵢ₋₁: here ${previous}. ${current} is made from this step's attention value, so it cannot be the query.${first ? " At step 1, s₀ is the encoder's last state h_T." : ""}`,
      same: "this step's state is made only after the attention value",
      encoder: "the encoder state at the same position is a key, not the query",
    },
    decoderInputSize: {
      title: "The size of the decoder's input",
      prompt: (D: number, H: number) =>
        `In a Bahdanau attention model with embeddings of D = ${D} numbers and hidden states of H = ${H}, how many numbers does the decoder's input [embed(yᵢ₋₁); aᵢ] have at each step?`,
      explain: (D: number, H: number) =>
        `The embedding (${D}) and the attention value (the size of a hidden state, ${H}) are laid end to end: ${D} + ${H} = ${D + H}.`,
      multiplied: "the sizes were multiplied; laying end to end adds them",
      attentionOnly: "only the attention value was counted",
      embeddingOnly: "only the embedding was counted",
      hiddenTwice: "a hidden state was counted instead of the embedding",
    },
    keyWins: {
      title: "Which key a score function picks",
      prompt: (query: string, score: Score) =>
        `A query q = ${query} and three keys. With the ${score === "dot" ? "dot product" : "cosine similarity"} as score function, which key scores highest?`,
      explain: (score: Score, list: string, win: string, other: string) =>
        score === "dot"
          ? `The dot product scores are ${list}, so ${win} is highest. Cosine similarity, which looks only at direction, would have picked ${other}; the dot product counts length too.`
          : `The cosine similarity scores are ${list}, so ${win} is highest. The dot product, which counts length too, would have picked ${other}; cosine similarity looks only at direction.`,
      otherPick: "that is the other score function's pick",
    },
    attentionValue: {
      title: "The attention value for small vectors",
      prompt: (q: string, k1: string, k2: string, v1: number, v2: number) =>
        `Query q = ${q}, keys k₁ = ${k1}, k₂ = ${k2}, values v₁ = ${v1}, v₂ = ${v2}. The score is the dot product, the temperature 1. What is the attention value? Give two decimals.`,
      explain: (scores: string, weights: string, sum: string, a: string) =>
        `The scores are (${scores}) and the softmax weights (${weights}). The attention value is ${sum} ≈ ${a}.`,
      averaged: "the values were averaged without weights",
      top: "only the top key's value was taken (the answer at temperature 0)",
      unweighted: "the scores were used as weights without softmax",
    },
  },
});
