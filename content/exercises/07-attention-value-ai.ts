import type { ExerciseDef, QuizDef } from "./types.ts";

export const exercises: ExerciseDef[] = [
  {
    id: "av-weighted-states",
    chapter: "07-attention-value-ai",
    title: { ko: "어텐션 값 $a_i$ 계산하기", en: "Compute the attention value $a_i$" },
    prompt: {
      ko: "`attentionValueFrom(weights, encoderStates)`는 $a_i = \\sum_j \\alpha_{ij} h_j$를 돌려줍니다. `weights`는 한 시점의 $\\alpha_{i1}, \\dots, \\alpha_{iT}$이고, `encoderStates`는 $h_1, \\dots, h_T$입니다.",
      en: "`attentionValueFrom(weights, encoderStates)` returns $a_i = \\sum_j \\alpha_{ij} h_j$. `weights` are one step's $\\alpha_{i1}, \\dots, \\alpha_{iT}$ and `encoderStates` are $h_1, \\dots, h_T$.",
    },
    starter: `function attentionValueFrom(weights: ArrayLike<number>, encoderStates: Float32Array[]): Float32Array {
  const a = new Float32Array(encoderStates[0].length);
  encoderStates.forEach((h, j) => h.forEach((x, d) => (a[d] += x)));
  return a;
}

attentionValueFrom([0.25, 0.75], [Float32Array.of(4, 0), Float32Array.of(0, 4)])`,
    solution: `function attentionValueFrom(weights: ArrayLike<number>, encoderStates: Float32Array[]): Float32Array {
  const a = new Float32Array(encoderStates[0].length);
  encoderStates.forEach((h, j) => h.forEach((x, d) => (a[d] += weights[j] * x)));
  return a;
}

attentionValueFrom([0.25, 0.75], [Float32Array.of(4, 0), Float32Array.of(0, 4)])`,
    hint: {
      ko: "지금 코드는 상태들을 그냥 더합니다. 각 $h_j$에 $\\alpha_{ij}$, 곧 `weights[j]`를 곱해서 더하세요.",
      en: "The code just adds the states. Multiply each $h_j$ by its $\\alpha_{ij}$, `weights[j]`, before adding.",
    },
    checks: [
      {
        id: "small-example",
        test: `(() => { const a = attentionValueFrom([0.5, 0.25, 0.25], [Float32Array.of(4, 0), Float32Array.of(0, 4), Float32Array.of(4, 4)]); return a.length === 2 && a[0] === 3 && a[1] === 2; })()`,
        label: {
          ko: "0.5·[4, 0] + 0.25·[0, 4] + 0.25·[4, 4] = [3, 2]",
          en: "0.5·[4, 0] + 0.25·[0, 4] + 0.25·[4, 4] = [3, 2]",
        },
        fail: {
          ko: "상태 $h_j$마다 자기 가중치 `weights[j]`를 곱한 뒤 더해야 합니다. 가중치 없이 더하거나 평균을 내면 안 되고, 성분 번호 `d`로 가중치를 골라서도(`weights[d]`) 안 됩니다.",
          en: "Multiply each state $h_j$ by its own weight `weights[j]`, then add: don't add or average the states without their weights, and don't pick the weight by the component index (`weights[d]`).",
        },
      },
      {
        id: "model",
        test: `(() => { const m = __lib.createSeq2Seq({ attention: "bahdanau", seed: 8 }); const input = "the 3rd of May 2001"; const run = __lib.greedyDecode(m, input, { maxLength: 3 }); const { encoderStates } = __lib.encode(m, input); return run.steps.length === 3 && run.steps.every((step) => { const a = attentionValueFrom(step.weights, encoderStates); return a.every((x, d) => Math.abs(x - step.attentionValue[d]) < 1e-5); }); })()`,
        label: { ko: "모델의 모든 시점에서 라이브러리와 같음", en: "matches the model at every step" },
        fail: {
          ko: "모델이 계산한 어텐션 값과 다릅니다. 모든 상태와 모든 성분에 대해 `weights[j] * h[d]`를 더했는지 확인하세요.",
          en: "It differs from the model's attention value. Check that you add `weights[j] * h[d]` for every state and every component.",
        },
      },
    ],
    wrong: [
      {
        mistake: "adds the states without their weights",
        code: `function attentionValueFrom(weights: ArrayLike<number>, encoderStates: Float32Array[]): Float32Array {
  const a = new Float32Array(encoderStates[0].length);
  encoderStates.forEach((h, j) => h.forEach((x, d) => (a[d] += x)));
  return a;
}

attentionValueFrom([0.25, 0.75], [Float32Array.of(4, 0), Float32Array.of(0, 4)])`,
        caughtBy: "small-example",
        named: { ko: "가중치 없이 더하거나", en: "don't add or average the states without their weights" },
      },
      {
        mistake: "averages the states (unweighted mean)",
        code: `function attentionValueFrom(weights: ArrayLike<number>, encoderStates: Float32Array[]): Float32Array {
  const a = new Float32Array(encoderStates[0].length);
  encoderStates.forEach((h) => h.forEach((x, d) => (a[d] += x / encoderStates.length)));
  return a;
}

attentionValueFrom([0.25, 0.75], [Float32Array.of(4, 0), Float32Array.of(0, 4)])`,
        caughtBy: "small-example",
        named: { ko: "평균을 내면", en: "average" },
      },
      {
        mistake: "weights along the wrong axis: weights[d] per component instead of weights[j] per state",
        code: `function attentionValueFrom(weights: ArrayLike<number>, encoderStates: Float32Array[]): Float32Array {
  const a = new Float32Array(encoderStates[0].length);
  encoderStates.forEach((h) => h.forEach((x, d) => (a[d] += weights[d] * x)));
  return a;
}

attentionValueFrom([0.25, 0.75], [Float32Array.of(4, 0), Float32Array.of(0, 4)])`,
        caughtBy: "small-example",
        named: { ko: "`weights[d]`", en: "`weights[d]`" },
      },
    ],
  },
  {
    id: "av-additive",
    chapter: "07-attention-value-ai",
    title: { ko: "가산 스코어 구현하기", en: "Implement the additive score" },
    prompt: {
      ko: "`additiveScore(s, h, W, U, v)`는 $v^\\top \\tanh(W s + U h)$를 돌려줍니다. 행렬은 행의 배열이고(`W[r]`이 $r$번째 행), $W s$는 행마다 `s`와 내적한 결과입니다.",
      en: "`additiveScore(s, h, W, U, v)` returns $v^\\top \\tanh(W s + U h)$. Matrices are arrays of rows (`W[r]` is row $r$), and $W s$ is each row dotted with `s`.",
    },
    starter: `function additiveScore(s: number[], h: number[], W: number[][], U: number[][], v: number[]): number {
  const dot = (a: number[], b: number[]) => a.reduce((sum, x, k) => sum + x * b[k], 0);
  const Ws = W.map((row) => dot(row, s));
  const Uh = U.map((row) => dot(row, h));
  return dot(v, Ws) + dot(v, Uh);
}

additiveScore([1, 0], [0, 1], [[1, 0]], [[0, 1]], [1])`,
    solution: `function additiveScore(s: number[], h: number[], W: number[][], U: number[][], v: number[]): number {
  const dot = (a: number[], b: number[]) => a.reduce((sum, x, k) => sum + x * b[k], 0);
  const Ws = W.map((row) => dot(row, s));
  const Uh = U.map((row) => dot(row, h));
  const hidden = Ws.map((x, r) => Math.tanh(x + Uh[r]));
  return dot(v, hidden);
}

additiveScore([1, 0], [0, 1], [[1, 0]], [[0, 1]], [1])`,
    hint: {
      ko: "지금 코드에는 $\\tanh$가 없습니다. 두 사영 $Ws$와 $Uh$를 성분별로 더하고 `Math.tanh`를 적용한 뒤 $v$와 내적하세요.",
      en: "The $\\tanh$ is missing. Add the projections $Ws$ and $Uh$ component by component, apply `Math.tanh`, then dot with $v$.",
    },
    checks: [
      {
        id: "small-example",
        test: `Math.abs(additiveScore([1, 0], [0, 1], [[1, 1]], [[1, 1]], [2]) - 2 * Math.tanh(2)) < 1e-9`,
        label: { ko: "작은 예제: 2 · tanh(1 + 1)", en: "small example: 2 · tanh(1 + 1)" },
        fail: {
          ko: "$W s = 1$, $U h = 1$, $v = 2$이므로 스코어는 $2 \\tanh(2) \\approx 1.928$입니다. 두 사영을 먼저 더하고, $\\tanh$는 그 합에 한 번 적용한 뒤, 결과를 $v$와 내적하세요.",
          en: "$W s = 1$, $U h = 1$ and $v = 2$, so the score is $2 \\tanh(2) \\approx 1.928$: add the two projections first, apply $\\tanh$ once to the sum, then take the dot product with $v$.",
        },
      },
      {
        id: "library",
        test: `(() => { const W = [[0.5, -1, 0.2], [1, 0.3, -0.7]]; const U = [[0.1, 0.4], [-0.6, 0.9]]; const v = [1.5, -0.8]; const s = [0.3, -0.2, 0.9]; const h = [1.2, -0.4]; return Math.abs(additiveScore(s, h, W, U, v) - __lib.additive(s, h, { W, U, v })) < 1e-5; })()`,
        label: { ko: "라이브러리의 `additive`와 같음", en: "matches the library's `additive`" },
        fail: {
          ko: "크기가 다른 $s$(3개)와 $h$(2개)에서도 맞아야 합니다. $W$는 $s$에, $U$는 $h$에 곱하세요.",
          en: "It must also work when $s$ (3 numbers) and $h$ (2 numbers) differ in size: $W$ multiplies $s$, $U$ multiplies $h$.",
        },
      },
    ],
    wrong: [
      {
        mistake: "leaves out the tanh",
        code: `function additiveScore(s: number[], h: number[], W: number[][], U: number[][], v: number[]): number {
  const dot = (a: number[], b: number[]) => a.reduce((sum, x, k) => sum + x * b[k], 0);
  const Ws = W.map((row) => dot(row, s));
  const Uh = U.map((row) => dot(row, h));
  return dot(v, Ws) + dot(v, Uh);
}

additiveScore([1, 0], [0, 1], [[1, 0]], [[0, 1]], [1])`,
        caughtBy: "small-example",
        named: { ko: "$\\tanh$는 그 합에", en: "apply $\\tanh$ once to the sum" },
      },
      {
        mistake: "applies tanh to each projection separately",
        code: `function additiveScore(s: number[], h: number[], W: number[][], U: number[][], v: number[]): number {
  const dot = (a: number[], b: number[]) => a.reduce((sum, x, k) => sum + x * b[k], 0);
  const Ws = W.map((row) => Math.tanh(dot(row, s)));
  const Uh = U.map((row) => Math.tanh(dot(row, h)));
  return dot(v, Ws) + dot(v, Uh);
}

additiveScore([1, 0], [0, 1], [[1, 0]], [[0, 1]], [1])`,
        caughtBy: "small-example",
        named: { ko: "먼저 더하고", en: "add the two projections first" },
      },
      {
        mistake: "forgets v (sums the hidden units)",
        code: `function additiveScore(s: number[], h: number[], W: number[][], U: number[][], v: number[]): number {
  const dot = (a: number[], b: number[]) => a.reduce((sum, x, k) => sum + x * b[k], 0);
  const Ws = W.map((row) => dot(row, s));
  const Uh = U.map((row) => dot(row, h));
  const hidden = Ws.map((x, r) => Math.tanh(x + Uh[r]));
  return hidden.reduce((sum, x) => sum + x, 0);
}

additiveScore([1, 0], [0, 1], [[1, 0]], [[0, 1]], [1])`,
        caughtBy: "small-example",
        named: { ko: "$v$와 내적", en: "dot product with $v$" },
      },
      {
        mistake: "swaps the roles of W and U",
        code: `function additiveScore(s: number[], h: number[], W: number[][], U: number[][], v: number[]): number {
  const dot = (a: number[], b: number[]) => a.reduce((sum, x, k) => sum + x * b[k], 0);
  const Ws = W.map((row) => dot(row, h));
  const Uh = U.map((row) => dot(row, s));
  const hidden = Ws.map((x, r) => Math.tanh(x + Uh[r]));
  return dot(v, hidden);
}

additiveScore([1, 0], [0, 1], [[1, 0]], [[0, 1]], [1])`,
        caughtBy: "library",
        named: { ko: "$W$는 $s$에", en: "$W$ multiplies $s$" },
      },
    ],
  },
];

export const quizzes: QuizDef[] = [
  {
    id: "av-alignment-row",
    chapter: "07-attention-value-ai",
    question: {
      ko: "정렬 행렬 $A = [\\alpha_{ij}]$의 한 행은 무엇을 나타낼까요?",
      en: "What does one row of the alignment matrix $A = [\\alpha_{ij}]$ show?",
    },
    options: [
      {
        text: {
          ko: "출력 글자 하나를 쓸 때 각 입력 글자에 준 가중치(합이 1)",
          en: "the weights one output character gave to each input character (summing to 1)",
        },
        correct: true,
        explanation: {
          ko: "행 $i$는 출력 시점 $i$의 어텐션 분포이고, 소프트맥스에서 나왔으므로 합이 1입니다.",
          en: "Row $i$ is the attention distribution of output step $i$; it comes from a softmax, so it sums to 1.",
        },
      },
      {
        text: {
          ko: "입력 글자 하나가 모든 출력 글자에서 받은 가중치(합이 1)",
          en: "the weights one input character received from every output character (summing to 1)",
        },
        correct: false,
        explanation: {
          ko: "그것은 열입니다. 소프트맥스는 입력 위치 $j$에 대해 계산되므로, 열의 합은 1이 아닐 수 있습니다.",
          en: "That is a column. The softmax runs over the input positions $j$, so a column need not sum to 1.",
        },
      },
      {
        text: { ko: "디코더 은닉 상태 $s_i$의 숫자들", en: "the numbers of the decoder state $s_i$" },
        correct: false,
        explanation: {
          ko: "정렬 행렬에는 가중치만 들어 있습니다. $s_i$는 크기 $H$의 벡터로, 입력 길이와 관계가 없습니다.",
          en: "The alignment matrix holds only weights. $s_i$ is a vector of size $H$, unrelated to the input length.",
        },
      },
    ],
  },
];
