import type { ExerciseDef, QuizDef } from "./types.ts";

export const exercises: ExerciseDef[] = [
  {
    id: "cat-concat",
    chapter: "08-concatenation",
    title: { ko: "디코더 입력 조립하기", en: "Assemble the decoder's input" },
    prompt: {
      ko: "`decoderInput(embedded, attentionValue)`는 $[\\mathrm{embed}(y_{i-1});\\, a_i]$, 곧 임베딩 뒤에 어텐션 값을 이어 붙인 `Float32Array`를 돌려줍니다.",
      en: "`decoderInput(embedded, attentionValue)` returns $[\\mathrm{embed}(y_{i-1});\\, a_i]$: a `Float32Array` with the attention value appended after the embedding.",
    },
    starter: `function decoderInput(embedded: Float32Array, attentionValue: Float32Array): Float32Array {
  return embedded.map((x, d) => x + attentionValue[d]);
}

decoderInput(Float32Array.of(1, 2), Float32Array.of(7, 8, 9))`,
    solution: `function decoderInput(embedded: Float32Array, attentionValue: Float32Array): Float32Array {
  const input = new Float32Array(embedded.length + attentionValue.length);
  input.set(embedded, 0);
  input.set(attentionValue, embedded.length);
  return input;
}

decoderInput(Float32Array.of(1, 2), Float32Array.of(7, 8, 9))`,
    hint: {
      ko: "연결은 더하기가 아닙니다. 길이 $D + H$인 새 배열을 만들고 `set`으로 두 벡터를 차례로 넣으세요.",
      en: "Concatenation is not addition. Make a new array of length $D + H$ and `set` the two vectors into it one after the other.",
    },
    checks: [
      {
        test: `Array.from(decoderInput(Float32Array.of(1, 2), Float32Array.of(7, 8, 9))).join() === "1,2,7,8,9"`,
        label: { ko: "[1, 2]와 [7, 8, 9] → [1, 2, 7, 8, 9]", en: "[1, 2] and [7, 8, 9] → [1, 2, 7, 8, 9]" },
        fail: {
          ko: "결과 길이는 두 벡터 길이의 합이고, 임베딩이 앞, 어텐션 값이 뒤입니다.",
          en: "The result is as long as both vectors together, embedding first, attention value second.",
        },
      },
      {
        test: `(() => { const m = __lib.createSeq2Seq({ attention: "bahdanau", seed: 3 }); const run = __lib.greedyDecode(m, "24.11.2026", { maxLength: 2 }); const D = m.config.embedDim; return run.steps.every((step) => { const x = decoderInput(step.decoderInput.slice(0, D), step.attentionValue); return x.length === step.decoderInput.length && x.every((v, d) => v === step.decoderInput[d]); }); })()`,
        label: { ko: "모델이 실제로 읽는 입력과 같음", en: "matches what the model's decoder really reads" },
        fail: {
          ko: "모델의 `decoderInput`과 같아야 합니다. 순서가 [임베딩; 어텐션 값]인지 확인하세요.",
          en: "It must equal the model's `decoderInput`. Check the order: [embedding; attention value].",
        },
      },
    ],
  },
  {
    id: "cat-by-length",
    chapter: "08-concatenation",
    title: { ko: "입력 길이별 정확도", en: "Accuracy by input length" },
    prompt: {
      ko: "`accuracyByLength(results, boundary)`는 결과를 입력 길이가 `boundary` 이하인 것(`short`)과 초과인 것(`long`)으로 나누고, 각각의 정답 비율을 돌려줍니다. 결과가 없는 묶음의 정확도는 0으로 합니다. 08장의 길이별 비교가 바로 이 계산입니다.",
      en: "`accuracyByLength(results, boundary)` splits the results into inputs of length at most `boundary` (`short`) and longer ones (`long`) and returns the fraction correct in each; an empty group has accuracy 0. This is the computation behind the chapter's length comparison.",
    },
    starter: `function accuracyByLength(results: Array<{ input: string; correct: boolean }>, boundary: number) {
  const rate = (group: Array<{ correct: boolean }>) => group.filter((r) => r.correct).length / results.length;
  const short = results.filter((r) => r.input.length <= boundary);
  const long = results.filter((r) => r.input.length > boundary);
  return { short: rate(short), long: rate(long) };
}

accuracyByLength([{ input: "1/2/2026", correct: true }, { input: "see you on 24 November 2026", correct: false }], 15)`,
    solution: `function accuracyByLength(results: Array<{ input: string; correct: boolean }>, boundary: number) {
  const rate = (group: Array<{ correct: boolean }>) => (group.length === 0 ? 0 : group.filter((r) => r.correct).length / group.length);
  const short = results.filter((r) => r.input.length <= boundary);
  const long = results.filter((r) => r.input.length > boundary);
  return { short: rate(short), long: rate(long) };
}

accuracyByLength([{ input: "1/2/2026", correct: true }, { input: "see you on 24 November 2026", correct: false }], 15)`,
    hint: {
      ko: "정확도는 그 묶음 안에서의 비율입니다. 전체 개수가 아니라 묶음의 개수로 나누고, 빈 묶음은 따로 처리하세요.",
      en: "Accuracy is a fraction within the group: divide by the group's size, not the total, and handle an empty group separately.",
    },
    checks: [
      {
        test: `JSON.stringify(accuracyByLength([{ input: "1/2/2026", correct: true }, { input: "see you on 24 November 2026", correct: false }], 15)) === JSON.stringify({ short: 1, long: 0 })`,
        label: { ko: "짧은 것 1/1, 긴 것 0/1", en: "short 1/1, long 0/1" },
        fail: {
          ko: "짧은 입력 하나가 맞았으니 `short`는 1이어야 합니다. 전체가 아니라 묶음 크기로 나누세요.",
          en: "The one short input is right, so `short` must be 1: divide by the group's size, not the total.",
        },
      },
      {
        test: `(() => { const r = accuracyByLength([{ input: "abc", correct: true }, { input: "abcd", correct: false }, { input: "ab", correct: true }, { input: "a", correct: false }], 3); return Math.abs(r.short - 2 / 3) < 1e-9 && r.long === 0; })()`,
        label: {
          ko: "경계값 길이는 short에 포함",
          en: "an input of exactly the boundary length counts as short",
        },
        fail: {
          ko: "길이가 `boundary`와 같은 입력은 `short`입니다.",
          en: "An input whose length equals `boundary` is `short`.",
        },
      },
      {
        test: `(() => { const r = accuracyByLength([{ input: "ab", correct: true }], 10); return r.short === 1 && r.long === 0; })()`,
        label: { ko: "빈 묶음은 0", en: "an empty group gives 0" },
        fail: {
          ko: "긴 입력이 하나도 없으면 `long`은 `NaN`이 아니라 0이어야 합니다.",
          en: "With no long inputs, `long` must be 0, not `NaN`.",
        },
      },
    ],
  },
];

export const quizzes: QuizDef[] = [
  {
    id: "cat-order",
    chapter: "08-concatenation",
    question: {
      ko: "바다나우 어텐션의 디코더 시점 하나에서 일이 일어나는 순서로 맞는 것은?",
      en: "In one decoder step of Bahdanau attention, which order is right?",
    },
    options: [
      {
        text: {
          ko: "$s_{i-1}$로 $a_i$ 계산 → $[\\mathrm{embed}(y_{i-1}); a_i]$ 연결 → $s_i$ 계산 → $y_i$ 출력",
          en: "compute $a_i$ from $s_{i-1}$ → concatenate $[\\mathrm{embed}(y_{i-1}); a_i]$ → compute $s_i$ → output $y_i$",
        },
        correct: true,
        explanation: {
          ko: "맞습니다. 어텐션이 RNN보다 먼저이고, 출력은 새 상태 $s_i$에서 나옵니다.",
          en: "Right: attention comes before the RNN, and the output comes from the new state $s_i$.",
        },
      },
      {
        text: {
          ko: "$s_i$ 계산 → $s_i$로 $a_i$ 계산 → $[a_i; s_i]$로 $y_i$ 출력",
          en: "compute $s_i$ → compute $a_i$ from $s_i$ → output $y_i$ from $[a_i; s_i]$",
        },
        correct: false,
        explanation: {
          ko: "이것은 루옹(Luong) 어텐션의 순서입니다. 09장에서 변형으로 다룹니다. 강의가 따르는 바다나우 방식은 아닙니다.",
          en: "That is Luong attention's order, covered as a variant in chapter 09; it is not the Bahdanau scheme the lecture follows.",
        },
      },
      {
        text: {
          ko: "$a_i$와 $\\mathrm{embed}(y_{i-1})$을 더해 RNN에 입력 → $s_i$ → $y_i$",
          en: "add $a_i$ and $\\mathrm{embed}(y_{i-1})$ and feed the sum to the RNN → $s_i$ → $y_i$",
        },
        correct: false,
        explanation: {
          ko: "더하지 않고 이어 붙입니다(연결). 두 벡터는 크기도 다를 수 있습니다($D$와 $H$).",
          en: "They are concatenated, not added; the two vectors need not even have the same size ($D$ and $H$).",
        },
      },
    ],
  },
];
