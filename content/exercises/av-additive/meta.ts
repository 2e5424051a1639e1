import type { ExerciseMeta } from "../types.ts";

export default {
  chapter: "07-attention-value-ai",
  title: {
    ko: "가산 스코어 구현하기",
    en: "Implement the additive score",
  },
  prompt: {
    ko: "`additiveScore(s, h, W, U, v)`는 $v^\\top \\tanh(W s + U h)$를 돌려줍니다. 행렬은 행의 배열이고(`W[r]`이 $r$번째 행), $W s$는 행마다 `s`와 내적한 결과입니다.",
    en: "`additiveScore(s, h, W, U, v)` returns $v^\\top \\tanh(W s + U h)$. Matrices are arrays of rows (`W[r]` is row $r$), and $W s$ is each row dotted with `s`.",
  },
  hint: {
    ko: "지금 코드에는 $\\tanh$가 없습니다. 두 사영 $Ws$와 $Uh$를 성분별로 더하고 `Math.tanh`를 적용한 뒤 $v$와 내적하세요.",
    en: "The $\\tanh$ is missing. Add the projections $Ws$ and $Uh$ component by component, apply `Math.tanh`, then dot with $v$.",
  },
  checks: [
    {
      id: "small-example",
      label: {
        ko: "작은 예제: 2 · tanh(1 + 1)",
        en: "small example: 2 · tanh(1 + 1)",
      },
      fail: {
        ko: "$W s = 1$, $U h = 1$, $v = 2$이므로 스코어는 $2 \\tanh(2) \\approx 1.928$입니다. 두 사영을 먼저 더하고, $\\tanh$는 그 합에 한 번 적용한 뒤, 결과를 $v$와 내적하세요.",
        en: "$W s = 1$, $U h = 1$ and $v = 2$, so the score is $2 \\tanh(2) \\approx 1.928$: add the two projections first, apply $\\tanh$ once to the sum, then take the dot product with $v$.",
      },
    },
    {
      id: "library",
      label: {
        ko: "라이브러리의 `additive`와 같음",
        en: "matches the library's `additive`",
      },
      fail: {
        ko: "크기가 다른 $s$(3개)와 $h$(2개)에서도 맞아야 합니다. $W$는 $s$에, $U$는 $h$에 곱하세요.",
        en: "It must also work when $s$ (3 numbers) and $h$ (2 numbers) differ in size: $W$ multiplies $s$, $U$ multiplies $h$.",
      },
    },
    {
      id: "any-size",
      label: {
        ko: "s, h, v의 차원이 무엇이든, 큰 값에서도",
        en: "any sizes of s, h and v, large values too",
      },
      fail: {
        ko: "$W$의 행 수, $U$의 행 수, $v$의 길이는 모두 같은 $A$이고, $s$와 $h$의 길이는 따로 정해집니다. 차원을 정해 두거나 한쪽 길이로 다른 쪽을 돌지 마세요.",
        en: "$W$ and $U$ have $A$ rows each and $v$ has $A$ numbers, while $s$ and $h$ have sizes of their own: don't fix a size, and don't loop over one vector with another's length.",
      },
    },
    {
      id: "unchanged",
      label: { ko: "인자는 그대로", en: "the arguments are left as they were" },
      fail: {
        ko: "받은 벡터와 행렬에 중간 결과를 써 넣지 말고, 새 배열이나 변수에 담으세요.",
        en: "Don't write intermediate results into the vectors and matrices you were given: use new arrays or variables.",
      },
    },
  ],
  wrong: [
    {
      mistake: "leaves out the tanh",
      replace: [
        [
          `  const hidden = Ws.map((x, r) => Math.tanh(x + Uh[r]));
  return dot(v, hidden);`,
          "  return dot(v, Ws) + dot(v, Uh);",
        ],
      ],
      caughtBy: "small-example",
      named: {
        ko: "$\\tanh$는 그 합에",
        en: "apply $\\tanh$ once to the sum",
      },
    },
    {
      mistake: "applies tanh to each projection separately",
      replace: [
        [
          `  const Ws = W.map((row) => dot(row, s));
  const Uh = U.map((row) => dot(row, h));
  const hidden = Ws.map((x, r) => Math.tanh(x + Uh[r]));
  return dot(v, hidden);`,
          `  const Ws = W.map((row) => Math.tanh(dot(row, s)));
  const Uh = U.map((row) => Math.tanh(dot(row, h)));
  return dot(v, Ws) + dot(v, Uh);`,
        ],
      ],
      caughtBy: "small-example",
      named: {
        ko: "먼저 더하고",
        en: "add the two projections first",
      },
    },
    {
      mistake: "forgets v (sums the hidden units)",
      replace: [["  return dot(v, hidden);", "  return hidden.reduce((sum, x) => sum + x, 0);"]],
      caughtBy: "small-example",
      named: {
        ko: "$v$와 내적",
        en: "dot product with $v$",
      },
    },
    {
      mistake: "swaps the roles of W and U",
      replace: [
        [
          `  const Ws = W.map((row) => dot(row, s));
  const Uh = U.map((row) => dot(row, h));`,
          `  const Ws = W.map((row) => dot(row, h));
  const Uh = U.map((row) => dot(row, s));`,
        ],
      ],
      caughtBy: "library",
      named: {
        ko: "$W$는 $s$에",
        en: "$W$ multiplies $s$",
      },
    },
    {
      mistake: "projects h with both W and U",
      replace: [["  const Ws = W.map((row) => dot(row, s));", "  const Ws = W.map((row) => dot(row, h));"]],
      caughtBy: "library",
      named: { ko: "$W$는", en: "$W$ multiplies $s$" },
    },
    {
      mistake: "stores the hidden units in v",
      replace: [
        [
          "  return dot(v, hidden);",
          `  v.forEach((x, r) => (v[r] = x * hidden[r]));
  return v.reduce((a, b) => a + b, 0);`,
        ],
      ],
      caughtBy: "unchanged",
      named: { ko: "써 넣지", en: "write intermediate" },
    },
  ],
} satisfies ExerciseMeta;
