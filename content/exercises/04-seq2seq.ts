import type { ExerciseDef, QuizDef } from "./types.ts";

export const exercises: ExerciseDef[] = [
  {
    id: "seq-fixed-vector",
    chapter: "04-seq2seq",
    title: { ko: "병목 벡터 꺼내기", en: "Find the bottleneck vector" },
    prompt: {
      ko: "`fixedVector(model, input)`은 어텐션이 없는 디코더가 입력에 대해 받는 유일한 벡터, 곧 인코더의 마지막 은닉 상태 $h_T$를 돌려줘야 합니다. `encode`를 쓰세요.",
      en: "`fixedVector(model, input)` must return the only vector an attention-less decoder gets about its input: the encoder's last hidden state $h_T$. Use `encode`.",
    },
    starter: `import { createSeq2Seq, encode, type Seq2Seq } from "attention";

function fixedVector(model: Seq2Seq, input: string): Float32Array {
  const { encoderStates } = encode(model, input);
  return encoderStates[0];
}

fixedVector(createSeq2Seq({ attention: "none", seed: 1 }), "24.11.2026").length`,
    solution: `import { createSeq2Seq, encode, type Seq2Seq } from "attention";

function fixedVector(model: Seq2Seq, input: string): Float32Array {
  const { encoderStates } = encode(model, input);
  return encoderStates[encoderStates.length - 1];
}

fixedVector(createSeq2Seq({ attention: "none", seed: 1 }), "24.11.2026").length`,
    hint: {
      ko: "`encoderStates`는 $h_1$부터 $h_T$까지 순서대로 들어 있습니다. 첫 번째가 아니라 마지막 원소가 필요합니다. `encoderStates`에 마우스를 올리면 편집기가 그 타입을 보여 줍니다. 벡터의 배열이니 마지막 원소의 번호는 `length - 1`입니다.",
      en: "`encoderStates` holds $h_1$ to $h_T$ in order. You need the last element, not the first. Hover over `encoderStates` and the editor shows its type: an array of vectors, so the last index is `length - 1`.",
    },
    checks: [
      {
        id: "whole-input",
        test: `(() => { const m = __lib.createSeq2Seq({ attention: "none", seed: 2 }); const a = fixedVector(m, "2026-11-24"); const b = fixedVector(m, "2026-11-25"); return a.some((x, d) => x !== b[d]); })()`,
        label: {
          ko: "마지막 글자만 다른 두 입력도 구별함",
          en: "tells apart inputs that differ only in the last character",
        },
        fail: {
          ko: "`2026-11-24`와 `2026-11-25`는 마지막 글자만 다릅니다. 첫 상태 $h_1$은 그 글자를 읽기 전에 만들어지므로 두 입력에서 똑같습니다. 입력을 끝까지 읽은 상태 $h_T$를 돌려주세요.",
          en: "`2026-11-24` and `2026-11-25` differ only in their last character. The first state $h_1$ is computed before that character is read, so it is the same for both: return $h_T$, the state after the whole input.",
        },
      },
      {
        id: "decoder-reads",
        test: `(() => { const m = __lib.createSeq2Seq({ attention: "none", seed: 2 }); const v = fixedVector(m, "Nov 24, 2026"); const run = __lib.greedyDecode(m, "Nov 24, 2026", { maxLength: 1 }); return v.length === 48 && v.every((x, d) => x === run.steps[0].attentionValue[d]); })()`,
        label: {
          ko: "디코더가 실제로 읽는 벡터와 같음",
          en: "equals the vector the decoder actually reads",
        },
        fail: {
          ko: "어텐션이 없는 디코더가 받는 것은 인코더가 입력을 끝까지 읽은 뒤의 상태 $h_T$ 하나, $H$차원 벡터 그대로입니다. 상태들의 평균도 아니고, 모든 상태를 연결한 것도 아닙니다.",
          en: "An attention-less decoder gets exactly one vector, the state after the encoder has read the whole input, $h_T$: 48 numbers. Not an average of the states, and not all the states concatenated.",
        },
      },
    ],
    wrong: [
      {
        mistake: "takes the first state h_1 instead of h_T",
        code: `import { createSeq2Seq, encode, type Seq2Seq } from "attention";

function fixedVector(model: Seq2Seq, input: string): Float32Array {
  const { encoderStates } = encode(model, input);
  return encoderStates[0];
}

fixedVector(createSeq2Seq({ attention: "none", seed: 1 }), "24.11.2026").length`,
        caughtBy: "whole-input",
        named: { ko: "첫 상태 $h_1$", en: "first state $h_1$" },
      },
      {
        mistake: "averages the encoder states",
        code: `import { createSeq2Seq, encode, type Seq2Seq } from "attention";

function fixedVector(model: Seq2Seq, input: string): Float32Array {
  const { encoderStates } = encode(model, input);
  const mean = new Float32Array(encoderStates[0].length);
  for (const h of encoderStates) h.forEach((x, d) => (mean[d] += x / encoderStates.length));
  return mean;
}

fixedVector(createSeq2Seq({ attention: "none", seed: 1 }), "24.11.2026").length`,
        caughtBy: "decoder-reads",
        named: { ko: "평균도 아니고", en: "Not an average" },
      },
      {
        mistake: "thinks the attention-less decoder gets every state",
        code: `import { createSeq2Seq, encode, type Seq2Seq } from "attention";

function fixedVector(model: Seq2Seq, input: string): Float32Array {
  const { encoderStates } = encode(model, input);
  return Float32Array.from(encoderStates.flatMap((h) => Array.from(h)));
}

fixedVector(createSeq2Seq({ attention: "none", seed: 1 }), "24.11.2026").length`,
        caughtBy: "decoder-reads",
        named: { ko: "모든 상태를 연결한 것도", en: "not all the states concatenated" },
      },
    ],
  },
  {
    id: "seq-prefix-state",
    chapter: "04-seq2seq",
    title: { ko: "$h_j$가 읽은 것", en: "What $h_j$ has read" },
    prompt: {
      ko: "인코더는 입력을 왼쪽부터 한 글자씩 읽으므로, $h_j$는 처음 $j$글자를 읽은 뒤의 상태입니다. `prefixState(model, input, j)`는 입력 전체를 인코딩하지 않고 $h_j$를 돌려줘야 합니다. $h_j$가 읽은 만큼의 입력에만 `encode`를 실행하고, 그 결과의 마지막 상태를 쓰세요.",
      en: "The encoder reads its input left to right, one character at a time, so $h_j$ is its state after the first $j$ characters. `prefixState(model, input, j)` must return $h_j$ without encoding the whole input: run `encode` on just the part of the input that $h_j$ has read, and take the last state.",
    },
    starter: `import { createSeq2Seq, encode, type Seq2Seq } from "attention";

function prefixState(model: Seq2Seq, input: string, j: number): Float32Array {
  const { encoderStates } = encode(model, input[j - 1]);
  return encoderStates[encoderStates.length - 1];
}

prefixState(createSeq2Seq({ attention: "none", seed: 1 }), "24.11.2026", 2).length`,
    solution: `import { createSeq2Seq, encode, type Seq2Seq } from "attention";

function prefixState(model: Seq2Seq, input: string, j: number): Float32Array {
  const { encoderStates } = encode(model, input.slice(0, j));
  return encoderStates[encoderStates.length - 1];
}

prefixState(createSeq2Seq({ attention: "none", seed: 1 }), "24.11.2026", 2).length`,
    hint: {
      ko: "지금 코드는 $j$번째 글자 하나만 인코딩합니다. $h_j$는 첫 글자부터 $j$번째 글자까지를 차례로 읽은 상태입니다. `input.slice(0, j)`가 그 부분입니다.",
      en: "The code encodes the $j$-th character on its own. $h_j$ is the state after reading the first character through the $j$-th, in order: `input.slice(0, j)` is that part.",
    },
    checks: [
      {
        id: "first-character",
        test: `(() => { const m = __lib.createSeq2Seq({ attention: "none", seed: 3 }); const input = "24 November 2026"; const h1 = __lib.encode(m, input).encoderStates[0]; return prefixState(m, input, 1).every((x, d) => Math.abs(x - h1[d]) < 1e-6); })()`,
        label: { ko: "$h_1$: 첫 글자까지 읽은 상태", en: "$h_1$: the state after the first character" },
        fail: {
          ko: "$h_1$은 첫 글자까지 읽은 상태입니다. 첫 글자를 빼서도, 입력의 뒷부분까지 읽어서도 안 됩니다.",
          en: "$h_1$ is the state after the first character: neither leave that character out nor read the rest of the input.",
        },
      },
      {
        id: "every-position",
        test: `(() => { const m = __lib.createSeq2Seq({ attention: "none", seed: 3 }); const input = "24 November 2026"; const states = __lib.encode(m, input).encoderStates; return states.every((h, k) => prefixState(m, input, k + 1).every((x, d) => Math.abs(x - h[d]) < 1e-6)); })()`,
        label: {
          ko: "모든 $j$에서 전체 입력의 $h_j$와 같음",
          en: "equals the whole input's $h_j$ for every $j$",
        },
        fail: {
          ko: "$h_j$는 $j$번째 글자 하나만 읽은 상태가 아니라, 첫 글자부터 $j$번째 글자까지 차례로 읽은 상태입니다. 그래서 같은 글자라도 앞에 무엇이 있었느냐에 따라 상태가 달라집니다.",
          en: "$h_j$ is not the state after reading the $j$-th character alone, but after reading the first $j$ characters in order: the same character gets a different state depending on what came before it.",
        },
      },
      {
        id: "whole-input",
        test: `(() => { const m = __lib.createSeq2Seq({ attention: "none", seed: 3 }); const input = "Nov 24, 2026"; const run = __lib.greedyDecode(m, input, { maxLength: 1 }); return prefixState(m, input, input.length).every((x, d) => Math.abs(x - run.steps[0].attentionValue[d]) < 1e-6); })()`,
        label: {
          ko: "$j = T$일 때는 디코더가 받는 고정 벡터 $h_T$",
          en: "$j = T$ gives the fixed vector $h_T$ the decoder gets",
        },
        fail: {
          ko: "$j$가 입력 길이 $T$와 같을 때는 입력 전체를 읽은 상태, 곧 어텐션이 없는 디코더가 받는 $h_T$가 나와야 합니다.",
          en: "When $j$ is the input length $T$, the result is the state after the whole input: the $h_T$ an attention-less decoder gets.",
        },
      },
    ],
    wrong: [
      {
        mistake: "thinks h_j encodes the j-th character on its own",
        code: `import { createSeq2Seq, encode, type Seq2Seq } from "attention";

function prefixState(model: Seq2Seq, input: string, j: number): Float32Array {
  const { encoderStates } = encode(model, input[j - 1]);
  return encoderStates[encoderStates.length - 1];
}

prefixState(createSeq2Seq({ attention: "none", seed: 1 }), "24.11.2026", 2).length`,
        caughtBy: "every-position",
        named: { ko: "$j$번째 글자 하나만", en: "the $j$-th character alone" },
      },
      {
        mistake: "thinks h_j reads from x_j to the end of the input",
        code: `import { createSeq2Seq, encode, type Seq2Seq } from "attention";

function prefixState(model: Seq2Seq, input: string, j: number): Float32Array {
  const { encoderStates } = encode(model, input.slice(j - 1));
  return encoderStates[encoderStates.length - 1];
}

prefixState(createSeq2Seq({ attention: "none", seed: 1 }), "24.11.2026", 2).length`,
        caughtBy: "first-character",
        named: { ko: "뒷부분까지", en: "read the rest" },
      },
      {
        mistake: "off by one: h_j taken as the state before x_j is read",
        code: `import { createSeq2Seq, encode, type Seq2Seq } from "attention";

function prefixState(model: Seq2Seq, input: string, j: number): Float32Array {
  const { encoderStates } = encode(model, input.slice(0, j - 1));
  return encoderStates[encoderStates.length - 1];
}

prefixState(createSeq2Seq({ attention: "none", seed: 1 }), "24.11.2026", 2).length`,
        caughtBy: "first-character",
        named: { ko: "첫 글자를 빼서도", en: "leave that character out" },
      },
    ],
  },
];

export const quizzes: QuizDef[] = [
  {
    id: "seq-bottleneck",
    chapter: "04-seq2seq",
    question: {
      ko: "길수록 담긴 내용도 많아지는 입력(무작위 문자열처럼)에서는 어텐션이 없는 seq2seq 모델이 입력이 길어질수록 약해집니다. 왜 그럴까요?",
      en: "On inputs that say more the longer they are (a random string, say), a seq2seq model without attention gets worse as the input grows. Why?",
    },
    options: [
      {
        text: {
          ko: "입력 전체가 길이와 상관없이 고정된 크기의 벡터 $h_T$ 하나에 담겨야 하기 때문",
          en: "the whole input must fit into one fixed-size vector $h_T$, however long it is",
        },
        correct: true,
        explanation: {
          ko: "벡터의 크기는 그대로이므로, 담을 내용이 벡터보다 많아지면 정보를 잃습니다. 길이 자체가 문제는 아닙니다. 날짜는 아무리 길게 써도 연, 월, 일 세 수만 전하므로, 08장에서 재 보면 어텐션 없는 모델의 정확도가 길이와 상관없이 거의 같습니다. 무작위 문자열 뒤집기에서는 길이와 함께 무너집니다.",
          en: "The vector's size stays the same, so once there is more to hold than it can carry, information is lost. Length itself is not the problem: a date carries three numbers however long it is written, and chapter 08 finds the model without attention about equally accurate on dates of every length, while on reversing random strings it collapses as they grow.",
        },
      },
      {
        text: {
          ko: "디코더가 출력 길이를 미리 알 수 없기 때문",
          en: "the decoder cannot know the output length in advance",
        },
        correct: false,
        explanation: {
          ko: "디코더는 끝 토큰을 써서 스스로 멈추므로 출력 길이를 미리 알 필요가 없습니다. 날짜 출력은 길이도 항상 같습니다.",
          en: "The decoder stops by writing an end token, so it never needs the length in advance; and date outputs always have the same length.",
        },
      },
      {
        text: {
          ko: "인코더가 긴 입력의 뒷부분을 읽지 않기 때문",
          en: "the encoder skips the end of long inputs",
        },
        correct: false,
        explanation: {
          ko: "인코더는 모든 토큰을 읽습니다. 오히려 끝부분은 $h_T$에 가장 잘 남고, 흐려지는 쪽은 앞부분입니다.",
          en: "The encoder reads every token. If anything, the end survives best in $h_T$; it is the beginning that fades.",
        },
      },
    ],
  },
];
