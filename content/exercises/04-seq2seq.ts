import type { ExerciseDef, QuizDef } from "./types.ts";

export const exercises: ExerciseDef[] = [
  {
    id: "seq-fixed-vector",
    chapter: "04-seq2seq",
    title: { ko: "병목 벡터 꺼내기", en: "Find the bottleneck vector" },
    prompt: {
      ko: "`fixedVector(model, input)`는 어텐션이 없는 디코더가 입력에 대해 받는 유일한 벡터, 곧 인코더의 마지막 은닉 상태 $h_T$를 돌려줘야 합니다. `encode`를 쓰세요.",
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
        test: `(() => { const m = __lib.createSeq2Seq({ attention: "none", seed: 2 }); const v = fixedVector(m, "Nov 24, 2026"); const run = __lib.greedyDecode(m, "Nov 24, 2026", { maxLength: 1 }); return v.length === 48 && v.every((x, d) => x === run.steps[0].attentionValue[d]); })()`,
        label: {
          ko: "디코더가 실제로 읽는 벡터와 같음",
          en: "equals the vector the decoder actually reads",
        },
        fail: {
          ko: "어텐션이 없는 디코더는 인코더가 입력을 끝까지 읽은 뒤의 상태, 곧 마지막 상태를 받습니다.",
          en: "An attention-less decoder gets the state after the encoder has read the whole input: the last one.",
        },
      },
      {
        test: `(() => { const m = __lib.createSeq2Seq({ attention: "none", seed: 2 }); const a = fixedVector(m, "2026-11-24"); const b = fixedVector(m, "1999-11-24"); return a.some((x, d) => x !== b[d]); })()`,
        label: { ko: "입력 전체에 따라 달라짐", en: "depends on the whole input" },
        fail: {
          ko: "앞부분만 다른 두 입력도 다른 벡터를 내야 합니다. 첫 글자 직후의 상태가 아니라 끝까지 읽은 상태를 쓰세요.",
          en: "Two inputs that differ early on must still give different vectors: use the state after the whole input, not after its first character.",
        },
      },
    ],
  },
  {
    id: "seq-iso-date",
    chapter: "04-seq2seq",
    title: { ko: "목표 형식 만들기", en: "Write the target format" },
    prompt: {
      ko: "모델이 배워야 할 출력 형식을 직접 만들어 봅니다. `toIso(year, month, day)`는 `YYYY-MM-DD` 문자열을 돌려주며, 월과 일은 두 자리로 채웁니다.",
      en: "Write the output format the model must learn. `toIso(year, month, day)` returns a `YYYY-MM-DD` string, with month and day padded to two digits.",
    },
    starter: `function toIso(year: number, month: number, day: number): string {
  return \`\${year}-\${month}-\${day}\`;
}

toIso(2026, 11, 4)`,
    solution: `function toIso(year: number, month: number, day: number): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return \`\${year}-\${two(month)}-\${two(day)}\`;
}

toIso(2026, 11, 4)`,
    hint: {
      ko: '`String(n).padStart(2, "0")`은 한 자리 수 앞에 0을 붙입니다.',
      en: '`String(n).padStart(2, "0")` puts a 0 in front of a one-digit number.',
    },
    checks: [
      {
        test: `toIso(2026, 11, 24) === "2026-11-24"`,
        label: { ko: "2026, 11, 24 → 2026-11-24", en: "2026, 11, 24 → 2026-11-24" },
        fail: { ko: "연, 월, 일을 `-`로 이어야 합니다.", en: "Join year, month and day with `-`." },
      },
      {
        test: `toIso(1999, 1, 5) === "1999-01-05"`,
        label: { ko: "한 자리 월과 일은 0으로 채움", en: "one-digit month and day are padded" },
        fail: {
          ko: "1월 5일은 `01`, `05`로 써야 출력 길이가 항상 10글자가 됩니다.",
          en: "January 5 must be written `01`, `05`, so every output is exactly 10 characters.",
        },
      },
      {
        test: `__lib.makeDateDataset({ seed: 5, train: 30, validation: 0, test: 0 }).train.every((e) => toIso(+e.output.slice(0, 4), +e.output.slice(5, 7), +e.output.slice(8)) === e.output)`,
        label: { ko: "데이터셋의 정답과 일치", en: "agrees with the dataset's answers" },
        fail: {
          ko: "데이터셋의 출력과 같은 형식이어야 합니다.",
          en: "The format must match the dataset's outputs.",
        },
      },
    ],
  },
];

export const quizzes: QuizDef[] = [
  {
    id: "seq-bottleneck",
    chapter: "04-seq2seq",
    question: {
      ko: "어텐션이 없는 seq2seq 모델이 긴 입력에서 특히 약한 이유는 무엇일까요?",
      en: "Why does a seq2seq model without attention struggle most with long inputs?",
    },
    options: [
      {
        text: {
          ko: "입력 전체가 길이와 상관없이 고정된 크기의 벡터 $h_T$ 하나에 담겨야 하기 때문",
          en: "the whole input must fit into one fixed-size vector $h_T$, however long it is",
        },
        correct: true,
        explanation: {
          ko: "맞습니다. 벡터의 크기는 그대로인데 담을 내용만 늘어나므로, 앞부분의 정보가 흐려집니다.",
          en: "Right: the vector's size stays the same while there is more to remember, so early information fades.",
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
