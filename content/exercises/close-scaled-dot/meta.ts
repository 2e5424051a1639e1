import type { ExerciseMeta } from "../types.ts";

export default {
  chapter: "09-closing",
  title: {
    ko: "스케일드 닷-프로덕트 스코어 구현하기",
    en: "Implement the scaled dot-product score",
  },
  prompt: {
    ko: "`myScaledDot(q, k)`는 $q^\\top k / \\sqrt{d}$를 돌려줍니다. $d$는 벡터의 길이입니다.",
    en: "`myScaledDot(q, k)` returns $q^\\top k / \\sqrt{d}$, where $d$ is the vectors' length.",
  },
  hint: {
    ko: "$d$가 아니라 $\\sqrt{d}$로 나눕니다. `Math.sqrt`를 쓰세요.",
    en: "Divide by $\\sqrt{d}$, not by $d$: use `Math.sqrt`.",
  },
  checks: [
    {
      id: "small-example",
      label: {
        ko: "[1, 2, 2, 0]·[1, 2, 2, 4] / √4 = 4.5",
        en: "[1, 2, 2, 0]·[1, 2, 2, 4] / √4 = 4.5",
      },
      fail: {
        ko: "내적 9를 $\\sqrt{4} = 2$로 나누면 4.5입니다. $d$로 나누거나, 나누지 않고 그대로 두거나, 두 벡터의 길이로 나누면(코사인) 안 됩니다.",
        en: "The dot product 9 divided by $\\sqrt{4} = 2$ is 4.5: don't divide by $d$, don't leave the dot product unscaled, and don't divide by the vectors' lengths (that is the cosine).",
      },
    },
    {
      id: "library",
      label: {
        ko: "라이브러리의 `scaledDot`과 같음",
        en: "matches the library's `scaledDot`",
      },
      fail: {
        ko: "9차원 벡터에서는 $\\sqrt{9} = 3$으로 나눠야 합니다.",
        en: "For 9-dimensional vectors, divide by $\\sqrt{9} = 3$.",
      },
    },
    {
      id: "any-dimension",
      label: {
        ko: "차원이 1에서 16까지 무엇이든, 큰 값에서도",
        en: "any dimension from 1 to 16, large values too",
      },
      fail: {
        ko: "$d$는 벡터의 길이 `q.length`입니다. 예시의 차원을 숫자로 정해 두지 말고, 모든 성분을 곱해 더하세요.",
        en: "$d$ is the vectors' length, `q.length`: don't write the example's dimension as a number, and add up every component's product.",
      },
    },
    {
      id: "unchanged",
      label: { ko: "두 벡터는 그대로", en: "both vectors are left as they were" },
      fail: {
        ko: "받은 벡터를 나누거나 고치지 말고, 결과는 새 값으로 계산하세요.",
        en: "Don't divide or change the vectors you were given: compute the result as a new value.",
      },
    },
  ],
  wrong: [
    {
      mistake: "divides by d instead of the square root of d",
      replace: [["  return dot / Math.sqrt(q.length);", "  return dot / q.length;"]],
      caughtBy: "small-example",
      named: {
        ko: "$d$로 나누거나",
        en: "don't divide by $d$",
      },
    },
    {
      mistake: "a plain dot product (not scaled)",
      replace: [["  return dot / Math.sqrt(q.length);", "  return dot;"]],
      caughtBy: "small-example",
      named: {
        ko: "나누지 않고 그대로",
        en: "unscaled",
      },
    },
    {
      mistake: "divides by the vectors' lengths (the cosine)",
      replace: [
        [
          "  return dot / Math.sqrt(q.length);",
          `  const norm = (v: number[]) => Math.sqrt(v.reduce((sum, x) => sum + x * x, 0));
  return dot / (norm(q) * norm(k));`,
        ],
      ],
      caughtBy: "small-example",
      named: {
        ko: "코사인",
        en: "cosine",
      },
    },
    {
      mistake: "divides by 2, the square root of the example's d = 4",
      replace: [["  return dot / Math.sqrt(q.length);", "  return dot / 2;"]],
      caughtBy: "library",
      named: { ko: "$\\sqrt{9} = 3$", en: "$\\sqrt{9} = 3$" },
    },
    {
      mistake: "scales q in place before the dot product",
      replace: [
        [
          `  const dot = q.reduce((sum, x, i) => sum + x * k[i], 0);
  return dot / Math.sqrt(q.length);`,
          `  const scale = Math.sqrt(q.length);
  q.forEach((x, i) => (q[i] = x / scale));
  return q.reduce((sum, x, i) => sum + x * k[i], 0);`,
        ],
      ],
      caughtBy: "unchanged",
      named: { ko: "나누거나 고치지", en: "Don't divide or change" },
    },
  ],
} satisfies ExerciseMeta;
