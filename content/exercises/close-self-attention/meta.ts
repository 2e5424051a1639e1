import type { ExerciseMeta } from "../types.ts";

export default {
  chapter: "09-closing",
  title: {
    ko: "셀프 어텐션 한 층",
    en: "One layer of self-attention",
  },
  prompt: {
    ko: '셀프 어텐션에서는 시퀀스의 모든 위치가 쿼리이면서, 같은 시퀀스 전체가 키와 값입니다. `selfAttention(xs)`는 위치마다 `attend(x, xs, xs, { score: "scaledDot" })`의 어텐션 값을 구해, 위치 수만큼의 벡터를 돌려줍니다.',
    en: 'In self-attention every position of a sequence is a query, and the same whole sequence provides the keys and values. `selfAttention(xs)` computes `attend(x, xs, xs, { score: "scaledDot" })` for every position and returns one vector per position.',
  },
  hint: {
    ko: "첫 위치만 쿼리로 쓰고 있습니다. `xs.map`으로 모든 위치를 쿼리로 쓰세요.",
    en: "Only the first position is used as a query. Use `xs.map` to make every position a query.",
  },
  checks: [
    {
      id: "shape",
      label: {
        ko: "위치마다 크기 2인 벡터 하나",
        en: "one vector of size 2 per position",
      },
      fail: {
        ko: "입력 위치가 3개면 출력도 3개이고, 각 출력은 가중치가 아니라 입력 벡터와 크기가 같은(2) 어텐션 값입니다.",
        en: "Three positions in, three vectors out, and each is an attention value the size of an input vector (2), not the weights.",
      },
    },
    {
      id: "includes-itself",
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
      label: {
        ko: "각 위치가 자기 벡터를 쿼리로 씀",
        en: "each position uses its own vector as the query",
      },
      fail: {
        ko: "위치 $i$의 출력은 $x_i$를 쿼리로 쓴 어텐션 값입니다. 모든 위치에서 첫 벡터를 쿼리로 쓰면 안 됩니다.",
        en: "Position $i$'s output uses $x_i$ as the query: don't use the first vector as the query everywhere.",
      },
    },
    {
      id: "any-size",
      label: { ko: "위치가 0에서 8개까지, 차원이 무엇이든", en: "0 to 8 positions, of any dimension" },
      fail: {
        ko: "위치가 몇 개든 위치마다 결과가 하나씩 나와야 합니다. 빈 입력에는 빈 배열을 돌려주세요. 위치 수를 정해 두지 마세요.",
        en: "Whatever the number of positions, each gets one result, and an empty input gives an empty array: don't fix how many positions there are.",
      },
    },
    {
      id: "unchanged",
      label: { ko: "입력 벡터는 그대로", en: "the input vectors are left as they were" },
      fail: {
        ko: "입력 벡터를 결과로 덮어쓰지 마세요. 뒤의 위치가 아직 원래 벡터를 키와 값으로 씁니다.",
        en: "Don't overwrite the input vectors with results: the later positions still use the original vectors as keys and values.",
      },
    },
  ],
  wrong: [
    {
      mistake: "only the first position asks",
      replace: [
        [
          '  return xs.map((x) => attend(x, xs, xs, { score: "scaledDot" }).value);',
          '  return [attend(xs[0], xs, xs, { score: "scaledDot" }).value];',
        ],
      ],
      caughtBy: "shape",
      named: {
        ko: "출력도 3개",
        en: "three vectors out",
      },
    },
    {
      mistake: "returns the weights instead of the attention values",
      replace: [
        [
          '  return xs.map((x) => attend(x, xs, xs, { score: "scaledDot" }).value);',
          '  return xs.map((x) => attend(x, xs, xs, { score: "scaledDot" }).weights);',
        ],
      ],
      caughtBy: "shape",
      named: {
        ko: "가중치가 아니라",
        en: "not the weights",
      },
    },
    {
      mistake: "leaves the position itself out of the keys and values",
      replace: [
        [
          '  return xs.map((x) => attend(x, xs, xs, { score: "scaledDot" }).value);',
          `  return xs.map((x, i) => {
    const others = xs.filter((_, j) => j !== i);
    return attend(x, others, others, { score: "scaledDot" }).value;
  });`,
        ],
      ],
      caughtBy: "includes-itself",
      named: {
        ko: "자기 위치를 빼면",
        en: "don't leave it out",
      },
    },
    {
      mistake: "maps over the positions but keeps xs[0] as the query",
      replace: [
        [
          '  return xs.map((x) => attend(x, xs, xs, { score: "scaledDot" }).value);',
          '  return xs.map(() => attend(xs[0], xs, xs, { score: "scaledDot" }).value);',
        ],
      ],
      caughtBy: "own-query",
      named: {
        ko: "첫 벡터를 쿼리로",
        en: "first vector as the query",
      },
    },
    {
      mistake: "overwrites each position with its result as it goes",
      replace: [
        [
          '  return xs.map((x) => attend(x, xs, xs, { score: "scaledDot" }).value);',
          `  const out: Float32Array[] = [];
  xs.forEach((x, i) => {
    out.push(attend(x, xs, xs, { score: "scaledDot" }).value);
    xs[i] = Array.from(out[i]);
  });
  return out;`,
        ],
      ],
      caughtBy: "own-query",
      named: { ko: "$x_i$", en: "$x_i$" },
    },
  ],
} satisfies ExerciseMeta;
