import type { ExerciseMeta } from "../types.ts";

export default {
  chapter: "06-query",
  title: {
    ko: "올바른 쿼리 고르기",
    en: "Pick the right query",
  },
  prompt: {
    ko: "`decoderStates`에는 $s_0, s_1, s_2, \\dots$가 순서대로 들어 있습니다(`decoderStates[0]`이 $s_0 = h_T$). `queryFor(i, decoderStates)`는 $i$번째 출력($i$는 1부터)을 만들 때 바다나우 어텐션이 쓰는 쿼리를 돌려줘야 합니다.",
    en: "`decoderStates` holds $s_0, s_1, s_2, \\dots$ in order (`decoderStates[0]` is $s_0 = h_T$). `queryFor(i, decoderStates)` must return the query Bahdanau attention uses to produce output $i$ (counting from 1).",
  },
  hint: {
    ko: "$i$번째 출력의 쿼리는 $s_{i-1}$입니다. 배열에서 $s_{i-1}$은 몇 번째 칸에 있을까요?",
    en: "The query for output $i$ is $s_{i-1}$. Which index of the array holds $s_{i-1}$?",
  },
  checks: [
    {
      id: "first-query",
      label: {
        ko: "첫 출력의 쿼리는 $s_0$",
        en: "the first output's query is $s_0$",
      },
      fail: {
        ko: "첫 번째 출력을 만들 때는 아직 $s_1$이 없으므로 쿼리는 $s_0 = h_T$입니다. $i$번째 출력의 쿼리는 새 상태 $s_i$가 아니라 직전 상태 $s_{i-1}$입니다.",
        en: "When the first output is produced, $s_1$ does not exist yet, so the query is $s_0 = h_T$. The query for output $i$ is the previous state $s_{i-1}$, not the new state $s_i$.",
      },
    },
    {
      id: "every-step",
      label: {
        ko: "모델이 실제로 쓴 쿼리와 같음",
        en: "matches the query the model really used",
      },
      fail: {
        ko: "쿼리는 시점마다 바뀝니다. 매번 $s_0 = h_T$를 쓰지 말고, 출력 $i$마다 그 직전 상태 $s_{i-1}$을 쓰세요.",
        en: "The query changes from step to step: instead of the same $s_0 = h_T$ every time, use for each output $i$ the state just before it, $s_{i-1}$.",
      },
    },
    {
      id: "any-step",
      label: { ko: "상태가 몇 개든, 어느 출력에서든", en: "any number of states, any output" },
      fail: {
        ko: "출력 $i$의 쿼리는 언제나 `decoderStates[i - 1]`입니다. 배열의 길이나 마지막 원소에 기대지 마세요.",
        en: "The query for output $i$ is always `decoderStates[i - 1]`: don't rely on the array's length or its last element.",
      },
    },
    {
      id: "unchanged",
      label: { ko: "상태 배열은 그대로", en: "the states array is left as it was" },
      fail: {
        ko: "`decoderStates`에서 상태를 꺼내 지우지(`splice`, `shift`) 말고 읽기만 하세요. 다음 출력도 같은 배열을 씁니다.",
        en: "Read from `decoderStates`, don't take states out of it (`splice`, `shift`): the next output uses the same array.",
      },
    },
  ],
  wrong: [
    {
      mistake: "the wrong query s_i instead of s_{i-1}",
      replace: [["  return decoderStates[i - 1];", "  return decoderStates[i];"]],
      caughtBy: "first-query",
      named: {
        ko: "새 상태 $s_i$가 아니라",
        en: "not the new state $s_i$",
      },
    },
    {
      mistake: "always queries with s_0 = h_T",
      replace: [["  return decoderStates[i - 1];", "  return decoderStates[0];"]],
      caughtBy: "every-step",
      named: {
        ko: "매번 $s_0 = h_T$를",
        en: "the same $s_0 = h_T$",
      },
    },
    {
      mistake: "takes the newest state, the last in the array",
      replace: [["  return decoderStates[i - 1];", "  return decoderStates[decoderStates.length - 1];"]],
      caughtBy: "first-query",
      named: { ko: "$s_i$", en: "$s_i$" },
    },
    {
      mistake: "takes the state out of the array (splice)",
      replace: [["  return decoderStates[i - 1];", "  return decoderStates.splice(i - 1, 1)[0];"]],
      caughtBy: "unchanged",
      named: { ko: "`splice`", en: "`splice`" },
    },
  ],
} satisfies ExerciseMeta;
