import type { ExerciseMeta } from "../types.ts";

export default {
  chapter: "07-attention-value-ai",
  title: {
    ko: "어텐션 값 $a_i$ 계산하기",
    en: "Compute the attention value $a_i$",
  },
  prompt: {
    ko: "`attentionValueFrom(weights, encoderStates)`는 $a_i = \\sum_j \\alpha_{ij} h_j$를 돌려줍니다. `weights`는 한 시점의 $\\alpha_{i1}, \\dots, \\alpha_{iT}$이고, `encoderStates`는 $h_1, \\dots, h_T$입니다.",
    en: "`attentionValueFrom(weights, encoderStates)` returns $a_i = \\sum_j \\alpha_{ij} h_j$. `weights` are one step's $\\alpha_{i1}, \\dots, \\alpha_{iT}$ and `encoderStates` are $h_1, \\dots, h_T$.",
  },
  hint: {
    ko: "지금 코드는 상태들을 그냥 더합니다. 각 $h_j$에 $\\alpha_{ij}$, 곧 `weights[j]`를 곱해서 더하세요.",
    en: "The code just adds the states. Multiply each $h_j$ by its $\\alpha_{ij}$, `weights[j]`, before adding.",
  },
  checks: [
    {
      id: "small-example",
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
      label: {
        ko: "모델의 모든 시점에서 라이브러리와 같음",
        en: "matches the model at every step",
      },
      fail: {
        ko: "모델이 계산한 어텐션 값과 다릅니다. 모든 상태와 모든 성분에 대해 `weights[j] * h[d]`를 더했는지 확인하세요.",
        en: "It differs from the model's attention value. Check that you add `weights[j] * h[d]` for every state and every component.",
      },
    },
    {
      id: "any-size",
      label: { ko: "상태가 몇 개든, 차원이 무엇이든", en: "any number of states, of any dimension" },
      fail: {
        ko: "결과의 길이는 상태 하나의 길이 `encoderStates[0].length`입니다. 성분 수를 정해 두지 말고, 모든 상태를 더하세요.",
        en: "The result is as long as one state, `encoderStates[0].length`: don't fix the number of components, and add up every state.",
      },
    },
    {
      id: "unchanged",
      label: { ko: "가중치와 상태는 그대로", en: "the weights and states are left as they were" },
      fail: {
        ko: "받은 상태에 곱하거나 더하지 말고, 결과는 새 배열에 모으세요.",
        en: "Don't multiply or add into the states you were given: collect the result in a new array.",
      },
    },
  ],
  wrong: [
    {
      mistake: "adds the states without their weights",
      replace: [
        [
          "  encoderStates.forEach((h, j) => h.forEach((x, d) => (a[d] += weights[j] * x)));",
          "  encoderStates.forEach((h, j) => h.forEach((x, d) => (a[d] += x)));",
        ],
      ],
      caughtBy: "small-example",
      named: {
        ko: "가중치 없이 더하거나",
        en: "don't add or average the states without their weights",
      },
    },
    {
      mistake: "averages the states (unweighted mean)",
      replace: [
        [
          "  encoderStates.forEach((h, j) => h.forEach((x, d) => (a[d] += weights[j] * x)));",
          "  encoderStates.forEach((h) => h.forEach((x, d) => (a[d] += x / encoderStates.length)));",
        ],
      ],
      caughtBy: "small-example",
      named: {
        ko: "평균을 내면",
        en: "average",
      },
    },
    {
      mistake: "weights along the wrong axis: weights[d] per component instead of weights[j] per state",
      replace: [
        [
          "  encoderStates.forEach((h, j) => h.forEach((x, d) => (a[d] += weights[j] * x)));",
          "  encoderStates.forEach((h) => h.forEach((x, d) => (a[d] += weights[d] * x)));",
        ],
      ],
      caughtBy: "small-example",
      named: {
        ko: "`weights[d]`",
        en: "`weights[d]`",
      },
    },
    {
      mistake: "hard-codes two components",
      replace: [["const a = new Float32Array(encoderStates[0].length);", "const a = new Float32Array(2);"]],
      caughtBy: "model",
      named: { ko: "성분", en: "every component" },
    },
    {
      mistake: "accumulates into the first state",
      replace: [
        [
          `  const a = new Float32Array(encoderStates[0].length);
  encoderStates.forEach((h, j) => h.forEach((x, d) => (a[d] += weights[j] * x)));`,
          `  const a = encoderStates[0];
  a.forEach((x, d) => (a[d] = weights[0] * x));
  encoderStates.slice(1).forEach((h, j) => h.forEach((x, d) => (a[d] += weights[j + 1] * x)));`,
        ],
      ],
      caughtBy: "unchanged",
      named: { ko: "새 배열", en: "new array" },
    },
  ],
} satisfies ExerciseMeta;
