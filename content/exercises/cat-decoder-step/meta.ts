import type { ExerciseMeta } from "../types.ts";

export default {
  chapter: "08-concatenation",
  title: {
    ko: "바다나우 디코더의 한 시점",
    en: "One step of the Bahdanau decoder",
  },
  prompt: {
    ko: "`decoderStep(prev, prevToken, encoderStates, parts)`는 디코더를 한 시점 진행해 새 상태 $s_i$를 돌려줍니다. `prev`는 $s_{i-1}$, `parts.embed(token)`은 토큰의 임베딩, `parts.rnn(state, input)`은 RNN의 한 시점입니다. 어텐션 값 $a_i$는 `attend`로 구합니다(키와 값은 `encoderStates`). 지금 코드는 $a_i$를 계산만 하고 RNN에 넘기지 않습니다. RNN이 $[\\mathrm{embed}(y_{i-1});\\, a_i]$를 읽도록 고치세요.",
    en: "`decoderStep(prev, prevToken, encoderStates, parts)` runs the decoder one step and returns the new state $s_i$. `prev` is $s_{i-1}$, `parts.embed(token)` gives a token's embedding and `parts.rnn(state, input)` is one step of the RNN. The attention value $a_i$ comes from `attend` (keys and values: `encoderStates`). The code computes $a_i$ but never gives it to the RNN: make the RNN read $[\\mathrm{embed}(y_{i-1});\\, a_i]$.",
  },
  hint: {
    ko: "임베딩 `parts.embed(prevToken)` 뒤에 `a`를 연결한 길이 $D + H$의 배열을 만들고(`set` 두 번), 그것을 `parts.rnn`의 두 번째 인자로 넘기세요. 첫 번째 인자는 그대로 `prev`입니다.",
    en: "Build an array of length $D + H$ with `a` after the embedding `parts.embed(prevToken)` (two calls to `set`) and pass it as the second argument of `parts.rnn`. The first argument stays `prev`.",
  },
  checks: [
    {
      id: "rnn-reads-both",
      label: {
        ko: "RNN이 $D + H$차원 벡터를 읽음",
        en: "the RNN reads $D + H$ numbers",
      },
      fail: {
        ko: "RNN의 입력은 $D$차원 임베딩에 $H$차원 어텐션 값을 연결한 $D + H$차원 벡터입니다. $a_i$를 계산만 하고 넘기지 않거나, 임베딩에 더하면 안 됩니다.",
        en: "The RNN's input is the embedding's $D$ numbers concatenated with the attention value's $H$: don't compute $a_i$ and then never pass it on, and don't add it to the embedding.",
      },
    },
    {
      id: "embedding-first",
      label: {
        ko: "앞부분은 $\\mathrm{embed}(y_{i-1})$",
        en: "it starts with $\\mathrm{embed}(y_{i-1})$",
      },
      fail: {
        ko: "연결 순서는 $[\\mathrm{embed}(y_{i-1});\\, a_i]$, 곧 임베딩이 앞입니다.",
        en: "The order is $[\\mathrm{embed}(y_{i-1});\\, a_i]$: the embedding comes first.",
      },
    },
    {
      id: "attention-value",
      label: {
        ko: "뒷부분은 $s_{i-1}$로 구한 $a_i$",
        en: "then comes $a_i$, asked with $s_{i-1}$",
      },
      fail: {
        ko: "뒷부분은 직전 상태 $s_{i-1}$(`prev`)을 쿼리로 구한 어텐션 값 $a_i$입니다. 어텐션이 없는 모델처럼 $h_T$를 넣으면 안 됩니다.",
        en: "The rest is the attention value $a_i$, asked with the previous state $s_{i-1}$ (`prev`): don't put in $h_T$ as the attention-less model does.",
      },
    },
    {
      id: "new-state",
      label: {
        ko: "$s_{i-1}$에서 이어 가 $s_i$를 돌려줌",
        en: "continues from $s_{i-1}$ and returns $s_i$",
      },
      fail: {
        ko: "RNN은 직전 상태 $s_{i-1}$에서 이어 갑니다. `parts.rnn`의 첫 인자는 `prev`이고, 돌려줄 것은 RNN이 내놓은 $s_i$입니다.",
        en: "The RNN carries on from the previous state $s_{i-1}$: the first argument of `parts.rnn` is `prev`, and what you return is the $s_i$ the RNN gives back.",
      },
    },
    {
      id: "any-size",
      label: { ko: "상태가 몇 개든, 크기가 무엇이든", en: "any number of states, of any size" },
      fail: {
        ko: "RNN의 입력 길이는 `embedded.length + a.length`입니다. 예시의 크기(3)를 코드에 정해 두지 마세요.",
        en: "The RNN's input is `embedded.length + a.length` long: don't write the example's size (3) into the code.",
      },
    },
    {
      id: "unchanged",
      label: {
        ko: "`prev`와 인코더 상태는 그대로",
        en: "`prev` and the encoder states are left as they were",
      },
      fail: {
        ko: "`prev`나 인코더 상태에 결과를 써 넣지 마세요. 다음 시점도 같은 상태들을 읽습니다.",
        en: "Don't write results into `prev` or the encoder states: the next step reads the same states.",
      },
    },
  ],
  wrong: [
    {
      mistake: "computes a_i but never feeds it to the RNN",
      replace: [
        [
          `  const embedded = parts.embed(prevToken);
  const input = new Float32Array(embedded.length + a.length);
  input.set(embedded, 0);
  input.set(a, embedded.length);
  return parts.rnn(prev, input);`,
          "  return parts.rnn(prev, parts.embed(prevToken));",
        ],
      ],
      caughtBy: "rnn-reads-both",
      named: {
        ko: "넘기지 않거나",
        en: "never pass it on",
      },
    },
    {
      mistake: "adds a_i to the embedding instead of concatenating",
      replace: [
        [
          `  const input = new Float32Array(embedded.length + a.length);
  input.set(embedded, 0);
  input.set(a, embedded.length);
  return parts.rnn(prev, input);`,
          "  return parts.rnn(prev, embedded.map((x, d) => x + a[d]));",
        ],
      ],
      caughtBy: "rnn-reads-both",
      named: {
        ko: "임베딩에 더하면",
        en: "add it to the embedding",
      },
    },
    {
      mistake: "concatenates in the wrong order [a_i; embed(y_{i-1})]",
      replace: [
        [
          `  const input = new Float32Array(embedded.length + a.length);
  input.set(embedded, 0);
  input.set(a, embedded.length);`,
          `  const input = new Float32Array(a.length + embedded.length);
  input.set(a, 0);
  input.set(embedded, a.length);`,
        ],
      ],
      caughtBy: "embedding-first",
      named: {
        ko: "임베딩이 앞",
        en: "the embedding comes first",
      },
    },
    {
      mistake: "feeds the fixed vector h_T, as the model without attention does",
      replace: [
        [
          `  const input = new Float32Array(embedded.length + a.length);
  input.set(embedded, 0);
  input.set(a, embedded.length);`,
          `  const last = encoderStates[encoderStates.length - 1];
  const input = new Float32Array(embedded.length + last.length);
  input.set(embedded, 0);
  input.set(last, embedded.length);`,
        ],
      ],
      caughtBy: "attention-value",
      named: {
        ko: "$h_T$를 넣으면",
        en: "don't put in $h_T$",
      },
    },
    {
      mistake: "sizes the RNN input with the example's H = 3",
      replace: [
        [
          "  const input = new Float32Array(embedded.length + a.length);",
          "  const input = new Float32Array(embedded.length + 3);",
        ],
      ],
      caughtBy: "any-size",
      named: { ko: "예시의 크기(3)", en: "the example's size (3)" },
    },
  ],
} satisfies ExerciseMeta;
