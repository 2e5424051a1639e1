import type { ExerciseDef, QuizDef } from "./types.ts";

export const exercises: ExerciseDef[] = [
  {
    id: "close-scaled-dot",
    chapter: "09-closing",
    title: { ko: "스케일드 닷-프로덕트 구현하기", en: "Implement the scaled dot product" },
    prompt: {
      ko: "`myScaledDot(q, k)`는 $q^\\top k / \\sqrt{d}$를 돌려줍니다. $d$는 벡터의 길이입니다.",
      en: "`myScaledDot(q, k)` returns $q^\\top k / \\sqrt{d}$, where $d$ is the vectors' length.",
    },
    starter: `function myScaledDot(q: number[], k: number[]): number {
  const dot = q.reduce((sum, x, i) => sum + x * k[i], 0);
  return dot / q.length;
}

myScaledDot([1, 1, 1, 1], [1, 1, 1, 1])`,
    solution: `function myScaledDot(q: number[], k: number[]): number {
  const dot = q.reduce((sum, x, i) => sum + x * k[i], 0);
  return dot / Math.sqrt(q.length);
}

myScaledDot([1, 1, 1, 1], [1, 1, 1, 1])`,
    hint: {
      ko: "$d$가 아니라 $\\sqrt{d}$로 나눕니다. `Math.sqrt`를 쓰세요.",
      en: "Divide by $\\sqrt{d}$, not by $d$: use `Math.sqrt`.",
    },
    checks: [
      {
        test: `myScaledDot([1, 1, 1, 1], [1, 1, 1, 1]) === 2`,
        label: { ko: "[1,1,1,1]·[1,1,1,1] / √4 = 2", en: "[1,1,1,1]·[1,1,1,1] / √4 = 2" },
        fail: {
          ko: "내적 4를 $\\sqrt{4} = 2$로 나누면 2입니다.",
          en: "The dot product 4 divided by $\\sqrt{4} = 2$ is 2.",
        },
      },
      {
        test: `(() => { const q = [0.3, -1.2, 0.5, 2, 0.1, -0.4, 0.9, 1.1, -0.7]; const k = [1, 0.2, -0.3, 0.5, 0.8, -1, 0.4, 0, 0.6]; return Math.abs(myScaledDot(q, k) - __lib.scaledDot(q, k)) < 1e-6; })()`,
        label: { ko: "라이브러리의 `scaledDot`과 같음", en: "matches the library's `scaledDot`" },
        fail: {
          ko: "9차원 벡터에서도 $\\sqrt{9} = 3$으로 나눠야 합니다.",
          en: "For 9-dimensional vectors, divide by $\\sqrt{9} = 3$.",
        },
      },
    ],
  },
  {
    id: "close-self-attention",
    chapter: "09-closing",
    title: { ko: "셀프 어텐션 한 층", en: "One layer of self-attention" },
    prompt: {
      ko: '셀프 어텐션에서는 시퀀스의 모든 위치가 쿼리이면서, 같은 시퀀스 전체가 키와 값입니다. `selfAttention(xs)`는 위치마다 `attend(x, xs, xs, { score: "scaledDot" })`의 어텐션 값을 구해, 위치 수만큼의 벡터를 돌려줍니다.',
      en: 'In self-attention every position of a sequence is a query, and the same whole sequence provides the keys and values. `selfAttention(xs)` computes `attend(x, xs, xs, { score: "scaledDot" })` for every position and returns one vector per position.',
    },
    starter: `import { attend } from "attention";

function selfAttention(xs: number[][]): Float32Array[] {
  return [attend(xs[0], xs, xs, { score: "scaledDot" }).value];
}

selfAttention([[1, 0], [0, 1], [1, 1]])`,
    solution: `import { attend } from "attention";

function selfAttention(xs: number[][]): Float32Array[] {
  return xs.map((x) => attend(x, xs, xs, { score: "scaledDot" }).value);
}

selfAttention([[1, 0], [0, 1], [1, 1]])`,
    hint: {
      ko: "첫 위치만 쿼리로 쓰고 있습니다. `xs.map`으로 모든 위치를 쿼리로 쓰세요.",
      en: "Only the first position is used as a query. Use `xs.map` to make every position a query.",
    },
    checks: [
      {
        test: `selfAttention([[1, 0], [0, 1], [1, 1]]).length === 3`,
        label: { ko: "위치마다 출력 하나", en: "one output per position" },
        fail: {
          ko: "입력 위치가 3개면 출력도 3개여야 합니다.",
          en: "Three positions in, three vectors out.",
        },
      },
      {
        test: `(() => { const xs = [[1, 0], [0, 1], [1, 1]]; const out = selfAttention(xs); return out.every((v, i) => { const ref = __lib.attend(xs[i], xs, xs, { score: "scaledDot" }).value; return v.every((x, d) => Math.abs(x - ref[d]) < 1e-6); }); })()`,
        label: { ko: "각 위치가 자기 자신을 쿼리로", en: "each position queries with itself" },
        fail: {
          ko: "위치 $i$의 출력은 $x_i$를 쿼리로, 전체 시퀀스를 키와 값으로 쓴 어텐션 값입니다.",
          en: "Position $i$'s output is the attention value with $x_i$ as the query and the whole sequence as keys and values.",
        },
      },
    ],
  },
];

export const quizzes: QuizDef[] = [
  {
    id: "close-luong-query",
    chapter: "09-closing",
    question: {
      ko: "루옹 어텐션이 현재 상태 $s_i$를 쿼리로 쓸 수 있는 이유는 무엇일까요?",
      en: "Why can Luong attention use the current state $s_i$ as its query?",
    },
    options: [
      {
        text: {
          ko: "RNN이 어텐션 값을 입력으로 받지 않고, 컨텍스트를 RNN을 거친 뒤에 연결하기 때문",
          en: "its RNN does not take the attention value as input; the context is concatenated after the RNN",
        },
        correct: true,
        explanation: {
          ko: "맞습니다. $s_i$를 먼저 계산한 뒤 그것을 쿼리로 쓰고, 어텐션 값을 $s_i$와 연결해 $\\tilde h_i = \\tanh(W_c[a_i; s_i])$를 만듭니다.",
          en: "Right: $s_i$ is computed first, then used to query, and the context is combined as $\\tilde h_i = \\tanh(W_c[a_i; s_i])$.",
        },
      },
      {
        text: { ko: "가산 스코어를 쓰기 때문", en: "because it uses the additive score" },
        correct: false,
        explanation: {
          ko: "스코어 함수의 종류는 쿼리가 어느 시점의 상태인지와 무관합니다. 루옹은 주로 dot이나 general 스코어를 씁니다.",
          en: "The kind of score has nothing to do with which state is the query; Luong mostly uses the dot or general score.",
        },
      },
      {
        text: { ko: "인코더가 양방향이기 때문", en: "because its encoder is bidirectional" },
        correct: false,
        explanation: {
          ko: "양방향 인코더는 오히려 바다나우 등의 논문이 쓴 것이고(08장), 루옹 등은 한 방향으로 읽는 LSTM을 여러 층 쌓아 썼습니다. 게다가 인코더의 방향은 키와 값을 바꿀 뿐, 디코더가 한 시점 안에서 무엇을 먼저 계산하는지와는 관계가 없습니다.",
          en: "If anything, the bidirectional encoder is Bahdanau et al.'s (chapter 08); Luong et al. stack one-directional LSTMs. And the encoder's direction changes the keys and values, not the order in which the decoder computes within a step.",
        },
      },
    ],
  },
];
