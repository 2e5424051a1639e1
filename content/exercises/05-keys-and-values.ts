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
      ko: "seq2seq에서는 값이 따로 없습니다. `attend`의 세 번째 인자에도 `encoderStates`를 넘기세요.",
      en: "In seq2seq there are no separate values: pass `encoderStates` as the third argument of `attend` too.",
    },
    checks: [
      {
        test: `(() => { const a = attendOverInput(Float32Array.of(1, 0), [Float32Array.of(1, 0), Float32Array.of(0, 1)]); const w = Math.E / (Math.E + 1); return Math.abs(a[0] - w) < 1e-5 && Math.abs(a[1] - (1 - w)) < 1e-5; })()`,
        label: { ko: "작은 예제에서 손으로 계산한 값과 같음", en: "matches a hand-computed small example" },
        fail: {
          ko: "키 [1, 0], [0, 1]과 쿼리 [1, 0]이면 가중치는 (e/(e+1), 1/(e+1))이고, 값도 같은 두 벡터라 결과는 [0.731, 0.269]입니다.",
          en: "With keys [1, 0], [0, 1] and query [1, 0] the weights are (e/(e+1), 1/(e+1)); the values are the same two vectors, so the result is [0.731, 0.269].",
        },
      },
      {
        test: `(() => { const m = __lib.createSeq2Seq({ attention: "bahdanau", seed: 4 }); const { encoderStates } = __lib.encode(m, "24.11.2026"); const a = attendOverInput(encoderStates[2], encoderStates); const ref = __lib.attend(encoderStates[2], encoderStates, encoderStates, { score: "dot" }).value; return a.length === 48 && a.every((x, d) => Math.abs(x - ref[d]) < 1e-6); })()`,
        label: { ko: "실제 인코더 상태에서도 맞음", en: "right on real encoder states" },
        fail: {
          ko: "결과는 은닉 상태 하나와 같은 크기(48)의 벡터, 곧 상태들의 가중합이어야 합니다.",
          en: "The result must be a vector the size of one state (48): the weighted sum of the states.",
        },
      },
    ],
  },
  {
    id: "kv-most-attended",
    chapter: "05-keys-and-values",
    title: { ko: "가장 주목받은 글자", en: "The most attended character" },
    prompt: {
      ko: "`mostAttended(tokens, weights)`는 가중치가 가장 큰 입력 글자를 돌려줍니다. 동점이면 앞쪽 글자를 고릅니다.",
      en: "`mostAttended(tokens, weights)` returns the input character with the largest weight; on a tie, the earlier one.",
    },
    starter: `function mostAttended(tokens: string[], weights: ArrayLike<number>): string {
  let best = 0;
  for (let j = 1; j < tokens.length; j++) {
    if (weights[j] < weights[best]) best = j;
  }
  return tokens[best];
}

mostAttended(["2", "0", "2", "6"], [0.1, 0.2, 0.6, 0.1])`,
    solution: `function mostAttended(tokens: string[], weights: ArrayLike<number>): string {
  let best = 0;
  for (let j = 1; j < tokens.length; j++) {
    if (weights[j] > weights[best]) best = j;
  }
  return tokens[best];
}

mostAttended(["2", "0", "2", "6"], [0.1, 0.2, 0.6, 0.1])`,
    hint: {
      ko: "비교 방향을 확인하세요. 지금 코드는 가장 작은 가중치를 찾습니다.",
      en: "Check the direction of the comparison: the code finds the smallest weight right now.",
    },
    checks: [
      {
        test: `mostAttended(["N", "o", "v"], [0.2, 0.7, 0.1]) === "o"`,
        label: { ko: "가장 큰 가중치의 글자", en: "the character with the largest weight" },
        fail: {
          ko: "가중치가 가장 큰 위치의 글자를 돌려주세요.",
          en: "Return the character at the position with the largest weight.",
        },
      },
      {
        test: `mostAttended(["a", "b", "c"], [0.4, 0.4, 0.2]) === "a"`,
        label: { ko: "동점이면 앞쪽 글자", en: "ties go to the earlier character" },
        fail: {
          ko: "같은 가중치라면 바꾸지 마세요(`>`를 쓰고 `>=`는 쓰지 않음).",
          en: "Don't switch on equal weights (use `>`, not `>=`).",
        },
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
          ko: "맞습니다. $a_i$는 크기 48인 값(곧 $h_j$)들의 가중합이므로 크기도 48입니다.",
          en: "Right: $a_i$ is a weighted sum of values of size 48 (the $h_j$), so it has size 48.",
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
