import type { ExerciseDef, QuizDef } from "./types.ts";

export const exercises: ExerciseDef[] = [
  {
    id: "cat-concat",
    chapter: "08-concatenation",
    title: { ko: "디코더 입력 조립하기", en: "Assemble the decoder's input" },
    prompt: {
      ko: "`decoderInput(embedded, attentionValue)`는 $[\\mathrm{embed}(y_{i-1});\\, a_i]$, 곧 임베딩 뒤에 어텐션 값을 연결한 `Float32Array`를 돌려줍니다.",
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
        id: "length",
        test: `decoderInput(Float32Array.of(1, 2), Float32Array.of(7, 8, 9)).length === 5`,
        label: { ko: "길이는 2 + 3 = 5", en: "the length is 2 + 3 = 5" },
        fail: {
          ko: "연결은 더하기도 평균도 아닙니다. 결과의 길이는 두 벡터 길이의 합 $D + H$입니다.",
          en: "Concatenation is neither addition nor averaging: the result is as long as both vectors together, $D + H$.",
        },
      },
      {
        id: "order",
        test: `Array.from(decoderInput(Float32Array.of(1, 2), Float32Array.of(7, 8, 9))).join() === "1,2,7,8,9"`,
        label: { ko: "[1, 2]와 [7, 8, 9] → [1, 2, 7, 8, 9]", en: "[1, 2] and [7, 8, 9] → [1, 2, 7, 8, 9]" },
        fail: {
          ko: "임베딩이 앞, 어텐션 값이 뒤입니다. $[\\mathrm{embed}(y_{i-1});\\, a_i]$ 순서를 지키세요.",
          en: "The embedding comes first and the attention value second: keep the order $[\\mathrm{embed}(y_{i-1});\\, a_i]$.",
        },
      },
      {
        id: "model",
        test: `(() => { const m = __lib.createSeq2Seq({ attention: "bahdanau", seed: 3 }); const run = __lib.greedyDecode(m, "24.11.2026", { maxLength: 2 }); const D = m.config.embedDim; return run.steps.length === 2 && run.steps.every((step) => { const x = decoderInput(step.decoderInput.slice(0, D), step.attentionValue); return x.length === step.decoderInput.length && x.every((v, d) => v === step.decoderInput[d]); }); })()`,
        label: { ko: "모델이 실제로 읽는 입력과 같음", en: "matches what the model's decoder really reads" },
        fail: {
          ko: "모델의 `decoderInput`과 같아야 합니다. 순서가 [임베딩; 어텐션 값]인지 확인하세요.",
          en: "It must equal the model's `decoderInput`. Check the order: [embedding; attention value].",
        },
      },
    ],
    wrong: [
      {
        mistake: "adds instead of concatenating",
        code: `function decoderInput(embedded: Float32Array, attentionValue: Float32Array): Float32Array {
  return embedded.map((x, d) => x + attentionValue[d]);
}

decoderInput(Float32Array.of(1, 2), Float32Array.of(7, 8, 9))`,
        caughtBy: "length",
        named: { ko: "더하기도", en: "neither addition" },
      },
      {
        mistake: "averages the two vectors",
        code: `function decoderInput(embedded: Float32Array, attentionValue: Float32Array): Float32Array {
  return embedded.map((x, d) => (x + attentionValue[d]) / 2);
}

decoderInput(Float32Array.of(1, 2), Float32Array.of(7, 8, 9))`,
        caughtBy: "length",
        named: { ko: "평균도", en: "nor averaging" },
      },
      {
        mistake: "concatenates in the wrong order [a_i; embed(y_{i-1})]",
        code: `function decoderInput(embedded: Float32Array, attentionValue: Float32Array): Float32Array {
  const input = new Float32Array(embedded.length + attentionValue.length);
  input.set(attentionValue, 0);
  input.set(embedded, attentionValue.length);
  return input;
}

decoderInput(Float32Array.of(1, 2), Float32Array.of(7, 8, 9))`,
        caughtBy: "order",
        named: { ko: "임베딩이 앞", en: "embedding comes first" },
      },
    ],
  },
  {
    id: "cat-decoder-step",
    chapter: "08-concatenation",
    title: { ko: "바다나우 디코더의 한 시점", en: "One step of the Bahdanau decoder" },
    prompt: {
      ko: "`decoderStep(prev, prevToken, encoderStates, parts)`는 디코더를 한 시점 진행해 새 상태 $s_i$를 돌려줍니다. `prev`는 $s_{i-1}$, `parts.embed(token)`은 토큰의 임베딩, `parts.rnn(state, input)`은 RNN의 한 시점입니다. 어텐션 값 $a_i$는 `attend`로 구합니다(키와 값은 `encoderStates`). 지금 코드는 $a_i$를 계산만 하고 RNN에 넘기지 않습니다. RNN이 $[\\mathrm{embed}(y_{i-1});\\, a_i]$를 읽도록 고치세요.",
      en: "`decoderStep(prev, prevToken, encoderStates, parts)` runs the decoder one step and returns the new state $s_i$. `prev` is $s_{i-1}$, `parts.embed(token)` gives a token's embedding and `parts.rnn(state, input)` is one step of the RNN. The attention value $a_i$ comes from `attend` (keys and values: `encoderStates`). The code computes $a_i$ but never gives it to the RNN: make the RNN read $[\\mathrm{embed}(y_{i-1});\\, a_i]$.",
    },
    starter: `import { attend } from "attention";

interface DecoderParts {
  /** embed(y): the embedding of an output token (D numbers) */
  embed: (token: string) => Float32Array;
  /** one step of the decoder RNN: (s_{i-1}, input) → s_i */
  rnn: (state: Float32Array, input: Float32Array) => Float32Array;
}

function decoderStep(
  prev: Float32Array,
  prevToken: string,
  encoderStates: Float32Array[],
  parts: DecoderParts,
): Float32Array {
  const a = attend(prev, encoderStates, encoderStates).value;
  return parts.rnn(prev, parts.embed(prevToken));
}

const toyParts: DecoderParts = {
  embed: (token) => Float32Array.of(token.charCodeAt(0) / 100, 1),
  rnn: (state, input) => state.map((x, d) => Math.tanh(x + input[input.length - 1 - d])),
};
const toyStates = [Float32Array.of(1, 0, 0), Float32Array.of(0, 1, 0)];
decoderStep(Float32Array.of(0.5, 0, 0), "2", toyStates, toyParts)`,
    solution: `import { attend } from "attention";

interface DecoderParts {
  /** embed(y): the embedding of an output token (D numbers) */
  embed: (token: string) => Float32Array;
  /** one step of the decoder RNN: (s_{i-1}, input) → s_i */
  rnn: (state: Float32Array, input: Float32Array) => Float32Array;
}

function decoderStep(
  prev: Float32Array,
  prevToken: string,
  encoderStates: Float32Array[],
  parts: DecoderParts,
): Float32Array {
  const a = attend(prev, encoderStates, encoderStates).value;
  const embedded = parts.embed(prevToken);
  const input = new Float32Array(embedded.length + a.length);
  input.set(embedded, 0);
  input.set(a, embedded.length);
  return parts.rnn(prev, input);
}

const toyParts: DecoderParts = {
  embed: (token) => Float32Array.of(token.charCodeAt(0) / 100, 1),
  rnn: (state, input) => state.map((x, d) => Math.tanh(x + input[input.length - 1 - d])),
};
const toyStates = [Float32Array.of(1, 0, 0), Float32Array.of(0, 1, 0)];
decoderStep(Float32Array.of(0.5, 0, 0), "2", toyStates, toyParts)`,
    hint: {
      ko: "임베딩 `parts.embed(prevToken)` 뒤에 `a`를 연결한 길이 $D + H$의 배열을 만들고(`set` 두 번), 그것을 `parts.rnn`의 두 번째 인자로 넘기세요. 첫 번째 인자는 그대로 `prev`입니다.",
      en: "Build an array of length $D + H$ with `a` after the embedding `parts.embed(prevToken)` (two calls to `set`) and pass it as the second argument of `parts.rnn`. The first argument stays `prev`.",
    },
    checks: [
      {
        id: "rnn-reads-both",
        test: `(() => { const states = [Float32Array.of(1, 0, 2), Float32Array.of(0, 3, 1), Float32Array.of(2, 1, 0)]; const prev = Float32Array.of(0.5, -0.2, 0.1); const calls: Array<{ state: Float32Array; input: Float32Array }> = []; const out = decoderStep(prev, "7", states, { embed: (t: string) => Float32Array.of(t.charCodeAt(0), -1), rnn: (state: Float32Array, input: Float32Array) => { calls.push({ state: Float32Array.from(state), input: Float32Array.from(input) }); return Float32Array.of(42, 43, 44); } }); return calls.length === 1 && calls[0].input.length === 5; })()`,
        label: { ko: "RNN이 $D + H$차원 벡터를 읽음", en: "the RNN reads $D + H$ numbers" },
        fail: {
          ko: "RNN의 입력은 $D$차원 임베딩에 $H$차원 어텐션 값을 연결한 $D + H$차원 벡터입니다. $a_i$를 계산만 하고 넘기지 않거나, 임베딩에 더하면 안 됩니다.",
          en: "The RNN's input is the embedding's $D$ numbers concatenated with the attention value's $H$: don't compute $a_i$ and then never pass it on, and don't add it to the embedding.",
        },
      },
      {
        id: "embedding-first",
        test: `(() => { const states = [Float32Array.of(1, 0, 2), Float32Array.of(0, 3, 1), Float32Array.of(2, 1, 0)]; const prev = Float32Array.of(0.5, -0.2, 0.1); const calls: Array<{ state: Float32Array; input: Float32Array }> = []; const out = decoderStep(prev, "7", states, { embed: (t: string) => Float32Array.of(t.charCodeAt(0), -1), rnn: (state: Float32Array, input: Float32Array) => { calls.push({ state: Float32Array.from(state), input: Float32Array.from(input) }); return Float32Array.of(42, 43, 44); } }); const x = calls[0].input; return x[0] === 55 && x[1] === -1; })()`,
        label: { ko: "앞부분은 $\\mathrm{embed}(y_{i-1})$", en: "it starts with $\\mathrm{embed}(y_{i-1})$" },
        fail: {
          ko: "연결 순서는 $[\\mathrm{embed}(y_{i-1});\\, a_i]$, 곧 임베딩이 앞입니다.",
          en: "The order is $[\\mathrm{embed}(y_{i-1});\\, a_i]$: the embedding comes first.",
        },
      },
      {
        id: "attention-value",
        test: `(() => { const states = [Float32Array.of(1, 0, 2), Float32Array.of(0, 3, 1), Float32Array.of(2, 1, 0)]; const prev = Float32Array.of(0.5, -0.2, 0.1); const calls: Array<{ state: Float32Array; input: Float32Array }> = []; const out = decoderStep(prev, "7", states, { embed: (t: string) => Float32Array.of(t.charCodeAt(0), -1), rnn: (state: Float32Array, input: Float32Array) => { calls.push({ state: Float32Array.from(state), input: Float32Array.from(input) }); return Float32Array.of(42, 43, 44); } }); const ref = __lib.attend(prev, states, states).value; const x = calls[0].input; return ref.every((r, d) => Math.abs(x[2 + d] - r) < 1e-6); })()`,
        label: { ko: "뒷부분은 $s_{i-1}$로 구한 $a_i$", en: "then comes $a_i$, asked with $s_{i-1}$" },
        fail: {
          ko: "뒷부분은 직전 상태 $s_{i-1}$(`prev`)을 쿼리로 구한 어텐션 값 $a_i$입니다. 어텐션이 없는 모델처럼 $h_T$를 넣으면 안 됩니다.",
          en: "The rest is the attention value $a_i$, asked with the previous state $s_{i-1}$ (`prev`): don't put in $h_T$ as the attention-less model does.",
        },
      },
      {
        id: "new-state",
        test: `(() => { const states = [Float32Array.of(1, 0, 2), Float32Array.of(0, 3, 1), Float32Array.of(2, 1, 0)]; const prev = Float32Array.of(0.5, -0.2, 0.1); const calls: Array<{ state: Float32Array; input: Float32Array }> = []; const out = decoderStep(prev, "7", states, { embed: (t: string) => Float32Array.of(t.charCodeAt(0), -1), rnn: (state: Float32Array, input: Float32Array) => { calls.push({ state: Float32Array.from(state), input: Float32Array.from(input) }); return Float32Array.of(42, 43, 44); } }); return calls[0].state.every((x, d) => x === prev[d]) && Array.from(out).join() === "42,43,44"; })()`,
        label: {
          ko: "$s_{i-1}$에서 이어 가 $s_i$를 돌려줌",
          en: "continues from $s_{i-1}$ and returns $s_i$",
        },
        fail: {
          ko: "RNN은 직전 상태 $s_{i-1}$에서 이어 갑니다. `parts.rnn`의 첫 인자는 `prev`이고, 돌려줄 것은 RNN이 내놓은 $s_i$입니다.",
          en: "The RNN carries on from the previous state $s_{i-1}$: the first argument of `parts.rnn` is `prev`, and what you return is the $s_i$ the RNN gives back.",
        },
      },
    ],
    wrong: [
      {
        mistake: "computes a_i but never feeds it to the RNN",
        code: `import { attend } from "attention";

interface DecoderParts {
  /** embed(y): the embedding of an output token (D numbers) */
  embed: (token: string) => Float32Array;
  /** one step of the decoder RNN: (s_{i-1}, input) → s_i */
  rnn: (state: Float32Array, input: Float32Array) => Float32Array;
}

function decoderStep(
  prev: Float32Array,
  prevToken: string,
  encoderStates: Float32Array[],
  parts: DecoderParts,
): Float32Array {
  const a = attend(prev, encoderStates, encoderStates).value;
  return parts.rnn(prev, parts.embed(prevToken));
}

const toyParts: DecoderParts = {
  embed: (token) => Float32Array.of(token.charCodeAt(0) / 100, 1),
  rnn: (state, input) => state.map((x, d) => Math.tanh(x + input[input.length - 1 - d])),
};
const toyStates = [Float32Array.of(1, 0, 0), Float32Array.of(0, 1, 0)];
decoderStep(Float32Array.of(0.5, 0, 0), "2", toyStates, toyParts)`,
        caughtBy: "rnn-reads-both",
        named: { ko: "넘기지 않거나", en: "never pass it on" },
      },
      {
        mistake: "adds a_i to the embedding instead of concatenating",
        code: `import { attend } from "attention";

interface DecoderParts {
  /** embed(y): the embedding of an output token (D numbers) */
  embed: (token: string) => Float32Array;
  /** one step of the decoder RNN: (s_{i-1}, input) → s_i */
  rnn: (state: Float32Array, input: Float32Array) => Float32Array;
}

function decoderStep(
  prev: Float32Array,
  prevToken: string,
  encoderStates: Float32Array[],
  parts: DecoderParts,
): Float32Array {
  const a = attend(prev, encoderStates, encoderStates).value;
  const embedded = parts.embed(prevToken);
  return parts.rnn(prev, embedded.map((x, d) => x + a[d]));
}

const toyParts: DecoderParts = {
  embed: (token) => Float32Array.of(token.charCodeAt(0) / 100, 1),
  rnn: (state, input) => state.map((x, d) => Math.tanh(x + input[input.length - 1 - d])),
};
const toyStates = [Float32Array.of(1, 0, 0), Float32Array.of(0, 1, 0)];
decoderStep(Float32Array.of(0.5, 0, 0), "2", toyStates, toyParts)`,
        caughtBy: "rnn-reads-both",
        named: { ko: "임베딩에 더하면", en: "add it to the embedding" },
      },
      {
        mistake: "concatenates in the wrong order [a_i; embed(y_{i-1})]",
        code: `import { attend } from "attention";

interface DecoderParts {
  /** embed(y): the embedding of an output token (D numbers) */
  embed: (token: string) => Float32Array;
  /** one step of the decoder RNN: (s_{i-1}, input) → s_i */
  rnn: (state: Float32Array, input: Float32Array) => Float32Array;
}

function decoderStep(
  prev: Float32Array,
  prevToken: string,
  encoderStates: Float32Array[],
  parts: DecoderParts,
): Float32Array {
  const a = attend(prev, encoderStates, encoderStates).value;
  const embedded = parts.embed(prevToken);
  const input = new Float32Array(a.length + embedded.length);
  input.set(a, 0);
  input.set(embedded, a.length);
  return parts.rnn(prev, input);
}

const toyParts: DecoderParts = {
  embed: (token) => Float32Array.of(token.charCodeAt(0) / 100, 1),
  rnn: (state, input) => state.map((x, d) => Math.tanh(x + input[input.length - 1 - d])),
};
const toyStates = [Float32Array.of(1, 0, 0), Float32Array.of(0, 1, 0)];
decoderStep(Float32Array.of(0.5, 0, 0), "2", toyStates, toyParts)`,
        caughtBy: "embedding-first",
        named: { ko: "임베딩이 앞", en: "the embedding comes first" },
      },
      {
        mistake: "feeds the fixed vector h_T, as the model without attention does",
        code: `import { attend } from "attention";

interface DecoderParts {
  /** embed(y): the embedding of an output token (D numbers) */
  embed: (token: string) => Float32Array;
  /** one step of the decoder RNN: (s_{i-1}, input) → s_i */
  rnn: (state: Float32Array, input: Float32Array) => Float32Array;
}

function decoderStep(
  prev: Float32Array,
  prevToken: string,
  encoderStates: Float32Array[],
  parts: DecoderParts,
): Float32Array {
  const a = attend(prev, encoderStates, encoderStates).value;
  const embedded = parts.embed(prevToken);
  const last = encoderStates[encoderStates.length - 1];
  const input = new Float32Array(embedded.length + last.length);
  input.set(embedded, 0);
  input.set(last, embedded.length);
  return parts.rnn(prev, input);
}

const toyParts: DecoderParts = {
  embed: (token) => Float32Array.of(token.charCodeAt(0) / 100, 1),
  rnn: (state, input) => state.map((x, d) => Math.tanh(x + input[input.length - 1 - d])),
};
const toyStates = [Float32Array.of(1, 0, 0), Float32Array.of(0, 1, 0)];
decoderStep(Float32Array.of(0.5, 0, 0), "2", toyStates, toyParts)`,
        caughtBy: "attention-value",
        named: { ko: "$h_T$를 넣으면", en: "don't put in $h_T$" },
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
          ko: "어텐션이 RNN보다 먼저이고, 출력은 새 상태 $s_i$에서 나옵니다.",
          en: "Attention comes before the RNN, and the output comes from the new state $s_i$.",
        },
      },
      {
        text: {
          ko: "$s_i$ 계산 → $s_i$로 $a_i$ 계산 → $[a_i; s_i]$로 $y_i$ 출력",
          en: "compute $s_i$ → compute $a_i$ from $s_i$ → output $y_i$ from $[a_i; s_i]$",
        },
        correct: false,
        explanation: {
          ko: "이것은 09장에서 변형으로 다루는 루옹(Luong) 어텐션의 순서이고, 강의가 따르는 바다나우 방식이 아닙니다.",
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
          ko: "더하지 않고 연결합니다. 두 벡터는 크기도 다를 수 있습니다($D$와 $H$).",
          en: "They are concatenated, not added; the two vectors need not even have the same size ($D$ and $H$).",
        },
      },
    ],
  },
];
