import type { ExerciseDef, QuizDef } from "./types.ts";

export const exercises: ExerciseDef[] = [
  {
    id: "close-scaled-dot",
    chapter: "09-closing",
    title: { ko: "스케일드 닷-프로덕트 스코어 구현하기", en: "Implement the scaled dot-product score" },
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
        id: "small-example",
        test: `Math.abs(myScaledDot([1, 2, 2, 0], [1, 2, 2, 4]) - 4.5) < 1e-9`,
        label: { ko: "[1, 2, 2, 0]·[1, 2, 2, 4] / √4 = 4.5", en: "[1, 2, 2, 0]·[1, 2, 2, 4] / √4 = 4.5" },
        fail: {
          ko: "내적 9를 $\\sqrt{4} = 2$로 나누면 4.5입니다. $d$로 나누거나, 나누지 않고 그대로 두거나, 두 벡터의 길이로 나누면(코사인) 안 됩니다.",
          en: "The dot product 9 divided by $\\sqrt{4} = 2$ is 4.5: don't divide by $d$, don't leave the dot product unscaled, and don't divide by the vectors' lengths (that is the cosine).",
        },
      },
      {
        id: "library",
        test: `(() => { const q = [0.3, -1.2, 0.5, 2, 0.1, -0.4, 0.9, 1.1, -0.7]; const k = [1, 0.2, -0.3, 0.5, 0.8, -1, 0.4, 0, 0.6]; return Math.abs(myScaledDot(q, k) - __lib.scaledDot(q, k)) < 1e-6; })()`,
        label: { ko: "라이브러리의 `scaledDot`과 같음", en: "matches the library's `scaledDot`" },
        fail: {
          ko: "9차원 벡터에서는 $\\sqrt{9} = 3$으로 나눠야 합니다.",
          en: "For 9-dimensional vectors, divide by $\\sqrt{9} = 3$.",
        },
      },
    ],
    wrong: [
      {
        mistake: "divides by d instead of the square root of d",
        code: `function myScaledDot(q: number[], k: number[]): number {
  const dot = q.reduce((sum, x, i) => sum + x * k[i], 0);
  return dot / q.length;
}

myScaledDot([1, 1, 1, 1], [1, 1, 1, 1])`,
        caughtBy: "small-example",
        named: { ko: "$d$로 나누거나", en: "don't divide by $d$" },
      },
      {
        mistake: "a plain dot product (not scaled)",
        code: `function myScaledDot(q: number[], k: number[]): number {
  const dot = q.reduce((sum, x, i) => sum + x * k[i], 0);
  return dot;
}

myScaledDot([1, 1, 1, 1], [1, 1, 1, 1])`,
        caughtBy: "small-example",
        named: { ko: "나누지 않고 그대로", en: "unscaled" },
      },
      {
        mistake: "divides by the vectors' lengths (the cosine)",
        code: `function myScaledDot(q: number[], k: number[]): number {
  const dot = q.reduce((sum, x, i) => sum + x * k[i], 0);
  const norm = (v: number[]) => Math.sqrt(v.reduce((sum, x) => sum + x * x, 0));
  return dot / (norm(q) * norm(k));
}

myScaledDot([1, 1, 1, 1], [1, 1, 1, 1])`,
        caughtBy: "small-example",
        named: { ko: "코사인", en: "cosine" },
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
        id: "shape",
        test: `(() => { const out = selfAttention([[1, 0], [0, 1], [1, 1]]); return out.length === 3 && out.every((v) => v.length === 2); })()`,
        label: { ko: "위치마다 크기 2인 벡터 하나", en: "one vector of size 2 per position" },
        fail: {
          ko: "입력 위치가 3개면 출력도 3개이고, 각 출력은 가중치가 아니라 입력 벡터와 크기가 같은(2) 어텐션 값입니다.",
          en: "Three positions in, three vectors out, and each is an attention value the size of an input vector (2), not the weights.",
        },
      },
      {
        id: "includes-itself",
        test: `(() => { const xs = [[1, 0], [0, 1], [1, 1]]; const out = selfAttention(xs); const ref = (i: number) => __lib.attend(xs[i], xs, xs, { score: "scaledDot" }).value; const same = (v: Float32Array, r: Float32Array) => v.length === r.length && v.every((x, d) => Math.abs(x - r[d]) < 1e-6); return same(out[0], ref(0)); })()`,
        label: {
          ko: "키와 값은 자기 위치까지 포함한 시퀀스 전체",
          en: "the keys and values are the whole sequence, the position itself included",
        },
        fail: {
          ko: "셀프 어텐션에서 키와 값은 시퀀스 전체이고, 쿼리가 된 위치 자신도 들어갑니다. 자기 위치를 빼면 안 됩니다.",
          en: "In self-attention the keys and values are the whole sequence, including the position that asks: don't leave it out.",
        },
      },
      {
        id: "own-query",
        test: `(() => { const xs = [[1, 0], [0, 1], [1, 1]]; const out = selfAttention(xs); const ref = (i: number) => __lib.attend(xs[i], xs, xs, { score: "scaledDot" }).value; const same = (v: Float32Array, r: Float32Array) => v.length === r.length && v.every((x, d) => Math.abs(x - r[d]) < 1e-6); return out.every((v, i) => same(v, ref(i))); })()`,
        label: {
          ko: "각 위치가 자기 벡터를 쿼리로 씀",
          en: "each position uses its own vector as the query",
        },
        fail: {
          ko: "위치 $i$의 출력은 $x_i$를 쿼리로 쓴 어텐션 값입니다. 모든 위치에서 첫 벡터를 쿼리로 쓰면 안 됩니다.",
          en: "Position $i$'s output uses $x_i$ as the query: don't use the first vector as the query everywhere.",
        },
      },
    ],
    wrong: [
      {
        mistake: "only the first position asks",
        code: `import { attend } from "attention";

function selfAttention(xs: number[][]): Float32Array[] {
  return [attend(xs[0], xs, xs, { score: "scaledDot" }).value];
}

selfAttention([[1, 0], [0, 1], [1, 1]])`,
        caughtBy: "shape",
        named: { ko: "출력도 3개", en: "three vectors out" },
      },
      {
        mistake: "returns the weights instead of the attention values",
        code: `import { attend } from "attention";

function selfAttention(xs: number[][]): Float32Array[] {
  return xs.map((x) => attend(x, xs, xs, { score: "scaledDot" }).weights);
}

selfAttention([[1, 0], [0, 1], [1, 1]])`,
        caughtBy: "shape",
        named: { ko: "가중치가 아니라", en: "not the weights" },
      },
      {
        mistake: "leaves the position itself out of the keys and values",
        code: `import { attend } from "attention";

function selfAttention(xs: number[][]): Float32Array[] {
  return xs.map((x, i) => {
    const others = xs.filter((_, j) => j !== i);
    return attend(x, others, others, { score: "scaledDot" }).value;
  });
}

selfAttention([[1, 0], [0, 1], [1, 1]])`,
        caughtBy: "includes-itself",
        named: { ko: "자기 위치를 빼면", en: "don't leave it out" },
      },
      {
        mistake: "maps over the positions but keeps xs[0] as the query",
        code: `import { attend } from "attention";

function selfAttention(xs: number[][]): Float32Array[] {
  return xs.map(() => attend(xs[0], xs, xs, { score: "scaledDot" }).value);
}

selfAttention([[1, 0], [0, 1], [1, 1]])`,
        caughtBy: "own-query",
        named: { ko: "첫 벡터를 쿼리로", en: "first vector as the query" },
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
          ko: "RNN이 어텐션 값을 입력으로 받지 않고, 어텐션 값은 RNN 뒤에서 $s_i$와 연결되기 때문",
          en: "its RNN does not take the attention value as input; the attention value is concatenated with $s_i$ after the RNN",
        },
        correct: true,
        explanation: {
          ko: "$s_i$를 먼저 계산해 쿼리로 쓰고, 그 결과인 어텐션 값을 $s_i$와 연결해 $\\tilde h_i = \\tanh(W_c[a_i; s_i])$를 만듭니다.",
          en: "$s_i$ is computed first and used as the query, and the resulting attention value is concatenated with it to make $\\tilde h_i = \\tanh(W_c[a_i; s_i])$.",
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
