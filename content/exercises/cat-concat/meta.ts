import type { ExerciseMeta } from "../types.ts";

export default {
  chapter: "08-concatenation",
  title: {
    ko: "디코더 입력 조립하기",
    en: "Assemble the decoder's input",
  },
  prompt: {
    ko: "`decoderInput(embedded, attentionValue)`는 $[\\mathrm{embed}(y_{i-1});\\, a_i]$, 곧 임베딩 뒤에 어텐션 값을 연결한 `Float32Array`를 돌려줍니다.",
    en: "`decoderInput(embedded, attentionValue)` returns $[\\mathrm{embed}(y_{i-1});\\, a_i]$: a `Float32Array` with the attention value appended after the embedding.",
  },
  hint: {
    ko: "연결은 더하기가 아닙니다. 길이 $D + H$인 새 배열을 만들고 `set`으로 두 벡터를 차례로 넣으세요.",
    en: "Concatenation is not addition. Make a new array of length $D + H$ and `set` the two vectors into it one after the other.",
  },
  checks: [
    {
      id: "length",
      label: {
        ko: "길이는 2 + 3 = 5",
        en: "the length is 2 + 3 = 5",
      },
      fail: {
        ko: "연결은 더하기도 평균도 아닙니다. 결과의 길이는 두 벡터 길이의 합 $D + H$입니다.",
        en: "Concatenation is neither addition nor averaging: the result is as long as both vectors together, $D + H$.",
      },
    },
    {
      id: "order",
      label: {
        ko: "[1, 2]와 [7, 8, 9] → [1, 2, 7, 8, 9]",
        en: "[1, 2] and [7, 8, 9] → [1, 2, 7, 8, 9]",
      },
      fail: {
        ko: "임베딩이 앞, 어텐션 값이 뒤입니다. $[\\mathrm{embed}(y_{i-1});\\, a_i]$ 순서를 지키세요.",
        en: "The embedding comes first and the attention value second: keep the order $[\\mathrm{embed}(y_{i-1});\\, a_i]$.",
      },
    },
    {
      id: "model",
      label: {
        ko: "모델이 실제로 읽는 입력과 같음",
        en: "matches what the model's decoder really reads",
      },
      fail: {
        ko: "모델의 `decoderInput`과 같아야 합니다. 순서가 [임베딩; 어텐션 값]인지 확인하세요.",
        en: "It must equal the model's `decoderInput`. Check the order: [embedding; attention value].",
      },
    },
    {
      id: "any-size",
      label: { ko: "두 벡터의 길이가 무엇이든", en: "any lengths of the two vectors" },
      fail: {
        ko: "어텐션 값은 임베딩이 끝나는 자리, `embedded.length`부터 넣으세요. 자리를 숫자로 정해 두면 길이가 다른 임베딩에서 어긋납니다.",
        en: "Put the attention value where the embedding ends, at `embedded.length`: a fixed position goes wrong for an embedding of another length.",
      },
    },
    {
      id: "unchanged",
      label: { ko: "두 벡터는 그대로", en: "both vectors are left as they were" },
      fail: {
        ko: "받은 벡터를 고치지 말고, 새 배열에 복사해 넣으세요.",
        en: "Don't change the vectors you were given: copy them into a new array.",
      },
    },
  ],
  wrong: [
    {
      mistake: "adds instead of concatenating",
      replace: [
        [
          `  const input = new Float32Array(embedded.length + attentionValue.length);
  input.set(embedded, 0);
  input.set(attentionValue, embedded.length);
  return input;`,
          "  return embedded.map((x, d) => x + attentionValue[d]);",
        ],
      ],
      caughtBy: "length",
      named: {
        ko: "더하기도",
        en: "neither addition",
      },
    },
    {
      mistake: "averages the two vectors",
      replace: [
        [
          `  const input = new Float32Array(embedded.length + attentionValue.length);
  input.set(embedded, 0);
  input.set(attentionValue, embedded.length);
  return input;`,
          "  return embedded.map((x, d) => (x + attentionValue[d]) / 2);",
        ],
      ],
      caughtBy: "length",
      named: {
        ko: "평균도",
        en: "nor averaging",
      },
    },
    {
      mistake: "concatenates in the wrong order [a_i; embed(y_{i-1})]",
      replace: [
        [
          `  input.set(embedded, 0);
  input.set(attentionValue, embedded.length);`,
          `  input.set(attentionValue, 0);
  input.set(embedded, attentionValue.length);`,
        ],
      ],
      caughtBy: "order",
      named: {
        ko: "임베딩이 앞",
        en: "embedding comes first",
      },
    },
    {
      mistake: "puts the attention value at a fixed offset 2",
      replace: [["  input.set(attentionValue, embedded.length);", "  input.set(attentionValue, 2);"]],
      caughtBy: "model",
      named: { ko: "`decoderInput`", en: "`decoderInput`" },
    },
  ],
} satisfies ExerciseMeta;
