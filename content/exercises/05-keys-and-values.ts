import type { ExerciseDef, QuizDef } from "./types.ts";

export const exercises: ExerciseDef[] = [
  {
    id: "kv-attend-states",
    chapter: "05-keys-and-values",
    title: { ko: "인코더 상태에 어텐션 적용하기", en: "Attend over the encoder states" },
    prompt: {
      ko: '`attendOverInput(query, encoderStates)`는 인코더 은닉 상태를 키와 값으로 모두 써서 `attend`를 호출하고(스코어는 `"dot"`), 어텐션 값을 돌려줘야 합니다.',
      en: '`attendOverInput(query, encoderStates)` must call `attend` with the encoder states as both keys and values (score `"dot"`) and return the attention value.',
    },
    starter: `import { attend } from "attention";

function attendOverInput(query: Float32Array, encoderStates: Float32Array[]): Float32Array {
  const keys = encoderStates;
  const values = encoderStates.map((h) => h.map(() => 1));
  return attend(query, keys, values, { score: "dot" }).value;
}

attendOverInput(Float32Array.of(1, 0), [Float32Array.of(1, 0), Float32Array.of(0, 1)])`,
    solution: `import { attend } from "attention";

function attendOverInput(query: Float32Array, encoderStates: Float32Array[]): Float32Array {
  return attend(query, encoderStates, encoderStates, { score: "dot" }).value;
}

attendOverInput(Float32Array.of(1, 0), [Float32Array.of(1, 0), Float32Array.of(0, 1)])`,
    hint: {
      ko: "seq2seq에서는 값이 키와 같은 벡터입니다. `attend`의 세 번째 인자에도 `encoderStates`를 넘기세요.",
      en: "In seq2seq the values are the same vectors as the keys: pass `encoderStates` as the third argument of `attend` too.",
    },
    checks: [
      {
        id: "state-size",
        test: `(() => { const m = __lib.createSeq2Seq({ attention: "bahdanau", seed: 4 }); const { encoderStates } = __lib.encode(m, "24.11.2026"); return attendOverInput(encoderStates[2], encoderStates).length === 48; })()`,
        label: { ko: "결과는 은닉 상태 하나의 크기(48)", en: "the result has the size of one state (48)" },
        fail: {
          ko: "어텐션 값은 은닉 상태들의 가중합이므로 상태 하나와 크기가 같습니다(48). 입력 글자마다 하나씩 있는 가중치를 돌려주면 안 됩니다.",
          en: "The attention value is a weighted sum of the states, so it has the size of one state (48): don't return the weights, which are one per input character.",
        },
      },
      {
        id: "hand-example",
        test: `(() => { const a = attendOverInput(Float32Array.of(1, 0), [Float32Array.of(2, 0), Float32Array.of(0, 1)]); const w = Math.exp(2) / (Math.exp(2) + 1); return a.length === 2 && Math.abs(a[0] - 2 * w) < 1e-5 && Math.abs(a[1] - (1 - w)) < 1e-5; })()`,
        label: { ko: "작은 예제에서 손으로 계산한 값과 같음", en: "matches a hand-computed small example" },
        fail: {
          ko: "상태 [2, 0], [0, 1]과 쿼리 [1, 0]이면 스코어는 2와 0, 가중치는 약 (0.881, 0.119)입니다. 값도 같은 두 상태이므로 결과는 0.881·[2, 0] + 0.119·[0, 1] = [1.762, 0.119]입니다. 값은 키와 같은 상태들 전부입니다. 1로 채운 벡터 같은 다른 값을 쓰거나, 마지막 상태 $h_T$ 하나만 쓰면 안 됩니다.",
          en: "With states [2, 0], [0, 1] and query [1, 0] the scores are 2 and 0 and the weights about (0.881, 0.119). The values are the same two states, so the result is 0.881·[2, 0] + 0.119·[0, 1] = [1.762, 0.119]. The values are all the states the keys are: don't use other vectors such as ones, and don't use only the last state $h_T$.",
        },
      },
      {
        id: "real-states",
        test: `(() => { const m = __lib.createSeq2Seq({ attention: "bahdanau", seed: 4 }); const { encoderStates } = __lib.encode(m, "24.11.2026"); const a = attendOverInput(encoderStates[2], encoderStates); const ref = __lib.attend(encoderStates[2], encoderStates, encoderStates, { score: "dot" }).value; return a.length === 48 && a.every((x, d) => Math.abs(x - ref[d]) < 1e-6); })()`,
        label: { ko: "실제 인코더 상태에서도 맞음", en: "right on real encoder states" },
        fail: {
          ko: '실제 인코더 상태에서도, `encoderStates`를 키와 값으로 모두 넘기고 `"dot"` 스코어를 쓴 `attend`의 결과와 같아야 합니다.',
          en: 'On real encoder states too, the result must equal `attend` with `encoderStates` as both keys and values and the `"dot"` score.',
        },
      },
    ],
    wrong: [
      {
        mistake: "values other than the states (ones)",
        code: `import { attend } from "attention";

function attendOverInput(query: Float32Array, encoderStates: Float32Array[]): Float32Array {
  const keys = encoderStates;
  const values = encoderStates.map((h) => h.map(() => 1));
  return attend(query, keys, values, { score: "dot" }).value;
}

attendOverInput(Float32Array.of(1, 0), [Float32Array.of(1, 0), Float32Array.of(0, 1)])`,
        caughtBy: "hand-example",
        named: { ko: "1로 채운 벡터", en: "such as ones" },
      },
      {
        mistake: "returns the weights instead of the attention value",
        code: `import { attend } from "attention";

function attendOverInput(query: Float32Array, encoderStates: Float32Array[]): Float32Array {
  return attend(query, encoderStates, encoderStates, { score: "dot" }).weights;
}

attendOverInput(Float32Array.of(1, 0), [Float32Array.of(1, 0), Float32Array.of(0, 1)])`,
        caughtBy: "state-size",
        named: { ko: "가중치를 돌려주면", en: "don't return the weights" },
      },
      {
        mistake: "keeps only the last state h_T as key and value (the chapter 04 habit)",
        code: `import { attend } from "attention";

function attendOverInput(query: Float32Array, encoderStates: Float32Array[]): Float32Array {
  const last = encoderStates[encoderStates.length - 1];
  return attend(query, [last], [last], { score: "dot" }).value;
}

attendOverInput(Float32Array.of(1, 0), [Float32Array.of(1, 0), Float32Array.of(0, 1)])`,
        caughtBy: "hand-example",
        named: { ko: "마지막 상태 $h_T$ 하나만", en: "only the last state $h_T$" },
      },
    ],
  },
  {
    id: "kv-dictionary",
    chapter: "05-keys-and-values",
    title: { ko: "디코더가 조회하는 딕셔너리", en: "The dictionary the decoder looks up" },
    prompt: {
      ko: "`inputDictionary(model, input)`은 디코더가 조회하는 딕셔너리를 입력 글자마다 항목 하나씩, `{ char, key, value }`로 돌려줍니다. 검사는 실제 바다나우 모델이 디코딩하면서 계산한 스코어를 여러분의 키로, 어텐션 값을 여러분의 값으로 다시 계산해 봅니다.",
      en: "`inputDictionary(model, input)` returns the dictionary the decoder looks up, one entry `{ char, key, value }` per input character. The checks take a real Bahdanau model while it decodes and recompute its scores from your keys and its attention values from your values.",
    },
    starter: `import { createSeq2Seq, encode, type Seq2Seq } from "attention";

interface Entry {
  char: string;
  key: Float32Array;
  value: Float32Array;
}

function inputDictionary(model: Seq2Seq, input: string): Entry[] {
  const { tokens, encoderStates } = encode(model, input);
  const last = encoderStates[encoderStates.length - 1];
  return tokens.map((char, j) => ({ char, key: encoderStates[j], value: last }));
}

const demo = createSeq2Seq({ attention: "bahdanau", seed: 1 });
inputDictionary(demo, "24.11.2026").length`,
    solution: `import { createSeq2Seq, encode, type Seq2Seq } from "attention";

interface Entry {
  char: string;
  key: Float32Array;
  value: Float32Array;
}

function inputDictionary(model: Seq2Seq, input: string): Entry[] {
  const { tokens, encoderStates } = encode(model, input);
  return tokens.map((char, j) => ({ char, key: encoderStates[j], value: encoderStates[j] }));
}

const demo = createSeq2Seq({ attention: "bahdanau", seed: 1 });
inputDictionary(demo, "24.11.2026").length`,
    hint: {
      ko: "$(k_j, v_j) = (h_j, h_j)$입니다. 지금 코드는 모든 값을 04장의 고정 벡터 $h_T$로 둡니다. 항목 $j$의 값도 키와 같은 `encoderStates[j]`입니다.",
      en: "$(k_j, v_j) = (h_j, h_j)$. The code sets every value to chapter 04's fixed vector $h_T$; entry $j$'s value is the same `encoderStates[j]` as its key.",
    },
    checks: [
      {
        id: "one-entry-per-character",
        test: `(() => { const m = __lib.createSeq2Seq({ attention: "bahdanau", seed: 5 }); const dict = inputDictionary(m, "Nov 24, 2026"); return dict.length === 12 && dict.map((e) => e.char).join("") === "Nov 24, 2026"; })()`,
        label: { ko: "입력 글자마다 항목 하나", en: "one entry per input character" },
        fail: {
          ko: "딕셔너리에는 입력 글자마다 항목이 하나씩 있어야 합니다. 마지막 상태로 된 항목 하나로는 디코더가 고를 것이 없습니다.",
          en: "The dictionary has one entry per input character: a single entry holding the last state leaves the decoder nothing to choose from.",
        },
      },
      {
        id: "keys",
        test: `(() => { const m = __lib.createSeq2Seq({ attention: "bahdanau", seed: 5 }); const input = "Nov 24, 2026"; const dict = inputDictionary(m, input); const run = __lib.greedyDecode(m, input, { maxLength: 3 }); const H = m.config.hiddenDim; const A = m.config.attentionDim; const W = m.params.attentionW!.data; const U = m.params.attentionU!.data; const v = m.params.attentionV!.data; const score = (s: Float32Array, k: Float32Array) => { let e = 0; for (let a = 0; a < A; a++) { let x = 0; for (let h = 0; h < H; h++) x += s[h] * W[h * A + a] + k[h] * U[h * A + a]; e += v[a] * Math.tanh(x); } return e; }; return run.steps.length === 3 && run.steps.every((step) => dict.every((entry, j) => Math.abs(score(step.query, entry.key) - step.scores[j]) < 1e-4)); })()`,
        label: { ko: "키로 모델의 스코어를 다시 계산함", en: "your keys reproduce the model's scores" },
        fail: {
          ko: "키는 은닉 상태 $h_j$ 그 자체, 곧 첫 글자부터 $j$번째 글자까지 읽은 상태입니다. 글자 하나만 따로 인코딩한 상태는 키가 아닙니다.",
          en: "The key is the hidden state $h_j$ itself, the state after reading the first $j$ characters: a character encoded on its own is not the key.",
        },
      },
      {
        id: "values",
        test: `(() => { const m = __lib.createSeq2Seq({ attention: "bahdanau", seed: 5 }); const input = "Nov 24, 2026"; const dict = inputDictionary(m, input); const run = __lib.greedyDecode(m, input, { maxLength: 3 }); return run.steps.length === 3 && run.steps.every((step) => step.attentionValue.every((x, d) => Math.abs(dict.reduce((sum, entry, j) => sum + step.weights[j] * entry.value[d], 0) - x) < 1e-5)); })()`,
        label: {
          ko: "값으로 모델의 어텐션 값을 다시 계산함",
          en: "your values reproduce the model's attention values",
        },
        fail: {
          ko: "값도 키와 같은 $h_j$입니다. 모든 항목의 값을 $h_T$로 두면 가중치가 어떻든 어텐션 값이 $h_T$가 되어, 04장의 병목으로 돌아갑니다.",
          en: "The value is the same $h_j$ as the key. Set every value to $h_T$ and the attention value is $h_T$ whatever the weights: the bottleneck of chapter 04 again.",
        },
      },
    ],
    wrong: [
      {
        mistake: "every value is the fixed vector h_T",
        code: `import { createSeq2Seq, encode, type Seq2Seq } from "attention";

interface Entry {
  char: string;
  key: Float32Array;
  value: Float32Array;
}

function inputDictionary(model: Seq2Seq, input: string): Entry[] {
  const { tokens, encoderStates } = encode(model, input);
  const last = encoderStates[encoderStates.length - 1];
  return tokens.map((char, j) => ({ char, key: encoderStates[j], value: last }));
}

const demo = createSeq2Seq({ attention: "bahdanau", seed: 1 });
inputDictionary(demo, "24.11.2026").length`,
        caughtBy: "values",
        named: { ko: "$h_T$로 두면", en: "Set every value to $h_T$" },
      },
      {
        mistake: "the key is the character encoded on its own",
        code: `import { createSeq2Seq, encode, type Seq2Seq } from "attention";

interface Entry {
  char: string;
  key: Float32Array;
  value: Float32Array;
}

function inputDictionary(model: Seq2Seq, input: string): Entry[] {
  const { tokens, encoderStates } = encode(model, input);
  return tokens.map((char, j) => ({ char, key: encode(model, char).encoderStates[0], value: encoderStates[j] }));
}

const demo = createSeq2Seq({ attention: "bahdanau", seed: 1 });
inputDictionary(demo, "24.11.2026").length`,
        caughtBy: "keys",
        named: { ko: "따로 인코딩한", en: "encoded on its own" },
      },
      {
        mistake: "a single entry for the whole input (its last state)",
        code: `import { createSeq2Seq, encode, type Seq2Seq } from "attention";

interface Entry {
  char: string;
  key: Float32Array;
  value: Float32Array;
}

function inputDictionary(model: Seq2Seq, input: string): Entry[] {
  const { tokens, encoderStates } = encode(model, input);
  const last = encoderStates[encoderStates.length - 1];
  return [{ char: input, key: last, value: last }];
}

const demo = createSeq2Seq({ attention: "bahdanau", seed: 1 });
inputDictionary(demo, "24.11.2026").length`,
        caughtBy: "one-entry-per-character",
        named: { ko: "항목 하나로는", en: "a single entry" },
      },
    ],
  },
];

export const quizzes: QuizDef[] = [
  {
    id: "kv-same-vectors",
    chapter: "05-keys-and-values",
    question: {
      ko: "바다나우 어텐션에서 입력이 12글자이고 인코더 은닉 상태의 크기가 48이면, 어텐션 값 $a_i$의 크기는 얼마일까요?",
      en: "In Bahdanau attention, with a 12-character input and encoder states of size 48, what is the size of the attention value $a_i$?",
    },
    options: [
      {
        text: { ko: "48", en: "48" },
        correct: true,
        explanation: {
          ko: "$a_i$는 크기 48인 값(곧 $h_j$)들의 가중합이므로 크기도 48입니다.",
          en: "$a_i$ is a weighted sum of values of size 48 (the $h_j$), so it has size 48.",
        },
      },
      {
        text: { ko: "12", en: "12" },
        correct: false,
        explanation: {
          ko: "12개인 것은 가중치 $\\alpha_{ij}$입니다. 입력 위치마다 하나씩 있습니다.",
          en: "There are 12 weights $\\alpha_{ij}$, one per input position; the attention value is something else.",
        },
      },
      {
        text: { ko: "12 × 48", en: "12 × 48" },
        correct: false,
        explanation: {
          ko: "그것은 모든 인코더 상태를 쌓은 크기입니다. 어텐션 값은 그것을 가중치로 하나로 합친 것입니다.",
          en: "That is the size of all encoder states stacked; the attention value combines them into one vector.",
        },
      },
    ],
  },
];
