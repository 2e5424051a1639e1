import type { ExerciseDef, QuizDef } from "./types.ts";

export const exercises: ExerciseDef[] = [
  {
    id: "query-pick",
    chapter: "06-query",
    title: { ko: "올바른 쿼리 고르기", en: "Pick the right query" },
    prompt: {
      ko: "`decoderStates`에는 $s_0, s_1, s_2, \\dots$가 순서대로 들어 있습니다(`decoderStates[0]`이 $s_0 = h_T$). `queryFor(i, decoderStates)`는 $i$번째 출력($i$는 1부터)을 만들 때 바다나우 어텐션이 쓰는 쿼리를 돌려줘야 합니다.",
      en: "`decoderStates` holds $s_0, s_1, s_2, \\dots$ in order (`decoderStates[0]` is $s_0 = h_T$). `queryFor(i, decoderStates)` must return the query Bahdanau attention uses to produce output $i$ (counting from 1).",
    },
    starter: `function queryFor(i: number, decoderStates: Float32Array[]): Float32Array {
  return decoderStates[i];
}

queryFor(1, [Float32Array.of(0), Float32Array.of(1), Float32Array.of(2)])`,
    solution: `function queryFor(i: number, decoderStates: Float32Array[]): Float32Array {
  return decoderStates[i - 1];
}

queryFor(1, [Float32Array.of(0), Float32Array.of(1), Float32Array.of(2)])`,
    hint: {
      ko: "$i$번째 출력의 쿼리는 $s_{i-1}$입니다. 배열에서 $s_{i-1}$은 몇 번째 칸에 있을까요?",
      en: "The query for output $i$ is $s_{i-1}$. Which index of the array holds $s_{i-1}$?",
    },
    checks: [
      {
        id: "first-query",
        test: `queryFor(1, [Float32Array.of(0), Float32Array.of(1), Float32Array.of(2)])[0] === 0`,
        label: { ko: "첫 출력의 쿼리는 $s_0$", en: "the first output's query is $s_0$" },
        fail: {
          ko: "첫 번째 출력을 만들 때는 아직 $s_1$이 없으므로 쿼리는 $s_0 = h_T$입니다. $i$번째 출력의 쿼리는 새 상태 $s_i$가 아니라 직전 상태 $s_{i-1}$입니다.",
          en: "When the first output is produced, $s_1$ does not exist yet, so the query is $s_0 = h_T$. The query for output $i$ is the previous state $s_{i-1}$, not the new state $s_i$.",
        },
      },
      {
        id: "every-step",
        test: `(() => { const m = __lib.createSeq2Seq({ attention: "bahdanau", seed: 6 }); const run = __lib.greedyDecode(m, "Nov 24, 2026", { maxLength: 3 }); const states = [run.steps[0].prevDecoderState, ...run.steps.map((s) => s.decoderState)]; return run.steps.length === 3 && run.steps.every((step, k) => { const q = queryFor(k + 1, states); return q.every((x, d) => x === step.query[d]); }); })()`,
        label: { ko: "모델이 실제로 쓴 쿼리와 같음", en: "matches the query the model really used" },
        fail: {
          ko: "쿼리는 시점마다 바뀝니다. 매번 $s_0 = h_T$를 쓰지 말고, 출력 $i$마다 그 직전 상태 $s_{i-1}$을 쓰세요.",
          en: "The query changes from step to step: instead of the same $s_0 = h_T$ every time, use for each output $i$ the state just before it, $s_{i-1}$.",
        },
      },
    ],
    wrong: [
      {
        mistake: "the wrong query s_i instead of s_{i-1}",
        code: `function queryFor(i: number, decoderStates: Float32Array[]): Float32Array {
  return decoderStates[i];
}

queryFor(1, [Float32Array.of(0), Float32Array.of(1), Float32Array.of(2)])`,
        caughtBy: "first-query",
        named: { ko: "새 상태 $s_i$가 아니라", en: "not the new state $s_i$" },
      },
      {
        mistake: "always queries with s_0 = h_T",
        code: `function queryFor(i: number, decoderStates: Float32Array[]): Float32Array {
  return decoderStates[0];
}

queryFor(1, [Float32Array.of(0), Float32Array.of(1), Float32Array.of(2)])`,
        caughtBy: "every-step",
        named: { ko: "매번 $s_0 = h_T$를", en: "the same $s_0 = h_T$" },
      },
    ],
  },
  {
    id: "query-loop",
    chapter: "06-query",
    title: { ko: "디코더 반복문 고치기", en: "Fix the decoder loop" },
    prompt: {
      ko: "`decode(s0, length, step)`은 디코더를 `length`번 진행하며, 각 시점에 쿼리로 쓴 상태를 모아 돌려줍니다. `step(query)`는 쿼리로 한 시점을 진행해 새 상태 $s_i$를 돌려줍니다. 지금 코드는 새 상태를 쿼리로 기록합니다. 바다나우 어텐션처럼 $s_{i-1}$이 쿼리가 되도록 고치세요.",
      en: "`decode(s0, length, step)` runs the decoder `length` times and returns the state used as the query at each step. `step(query)` runs one step from that query and returns the new state $s_i$. The code records the new state as the query; fix it so that, as in Bahdanau attention, $s_{i-1}$ is the query.",
    },
    starter: `function decode(s0: number, length: number, step: (query: number) => number): number[] {
  const queries: number[] = [];
  let state = s0;
  for (let i = 1; i <= length; i++) {
    state = step(state);
    queries.push(state);
  }
  return queries;
}

decode(0, 3, (query) => query + 1)`,
    solution: `function decode(s0: number, length: number, step: (query: number) => number): number[] {
  const queries: number[] = [];
  let state = s0;
  for (let i = 1; i <= length; i++) {
    queries.push(state);
    state = step(state);
  }
  return queries;
}

decode(0, 3, (query) => query + 1)`,
    hint: {
      ko: "한 시점 안의 순서를 떠올리세요. 먼저 지금 가진 상태로 묻고(기록), 그다음 새 상태를 계산합니다.",
      en: "Remember the order inside a step: first ask with the state you have (record it), then compute the new state.",
    },
    checks: [
      {
        id: "first-query",
        test: `JSON.stringify(decode(7, 1, (q) => q + 1)) === "[7]"`,
        label: { ko: "첫 쿼리는 $s_0$", en: "the first query is $s_0$" },
        fail: {
          ko: "첫 쿼리는 $s_0$이어야 합니다. 상태를 갱신하기 전에 기록하세요.",
          en: "The first query must be $s_0$: record the state before updating it.",
        },
      },
      {
        id: "carries-over",
        test: `JSON.stringify(decode(1, 4, (q) => q * 3)) === "[1,3,9,27]"`,
        label: { ko: "상태가 다음 시점으로 이어짐", en: "the state carries over to the next step" },
        fail: {
          ko: "`step`이 돌려준 새 상태가 다음 시점의 쿼리가 되어야 합니다. 돌려받은 상태를 버리거나, 매번 $s_0$에서 다시 시작하면 안 됩니다.",
          en: "The new state that `step` returns must become the next step's query: don't throw the returned state away, and don't start again from $s_0$ each time.",
        },
      },
      {
        id: "one-call-per-output",
        test: `(() => { let calls = 0; decode(5, 4, (q) => { calls++; return q * 2; }); return calls === 4; })()`,
        label: { ko: "시점마다 step을 한 번씩", en: "one call to step per output" },
        fail: {
          ko: "`step`은 출력마다 정확히 한 번 불러야 합니다.",
          en: "Call `step` exactly once per output.",
        },
      },
    ],
    wrong: [
      {
        mistake: "records the new state s_i as the query",
        code: `function decode(s0: number, length: number, step: (query: number) => number): number[] {
  const queries: number[] = [];
  let state = s0;
  for (let i = 1; i <= length; i++) {
    state = step(state);
    queries.push(state);
  }
  return queries;
}

decode(0, 3, (query) => query + 1)`,
        caughtBy: "first-query",
        named: { ko: "갱신하기 전에 기록", en: "record the state before updating" },
      },
      {
        mistake: "throws away the state that step returns",
        code: `function decode(s0: number, length: number, step: (query: number) => number): number[] {
  const queries: number[] = [];
  let state = s0;
  for (let i = 1; i <= length; i++) {
    queries.push(state);
    step(state);
  }
  return queries;
}

decode(0, 3, (query) => query + 1)`,
        caughtBy: "carries-over",
        named: { ko: "돌려받은 상태를 버리거나", en: "throw the returned state away" },
      },
      {
        mistake: "runs every step from s_0 again",
        code: `function decode(s0: number, length: number, step: (query: number) => number): number[] {
  const queries: number[] = [];
  let state = s0;
  for (let i = 1; i <= length; i++) {
    queries.push(state);
    state = step(s0);
  }
  return queries;
}

decode(0, 3, (query) => query + 1)`,
        caughtBy: "carries-over",
        named: { ko: "매번 $s_0$에서 다시", en: "start again from $s_0$" },
      },
    ],
  },
];

export const quizzes: QuizDef[] = [
  {
    id: "query-why-previous",
    chapter: "06-query",
    question: {
      ko: "바다나우 어텐션에서 $i$번째 출력의 쿼리가 $s_i$가 아니라 $s_{i-1}$인 이유는 무엇일까요?",
      en: "In Bahdanau attention, why is the query for output $i$ the state $s_{i-1}$ rather than $s_i$?",
    },
    options: [
      {
        text: {
          ko: "$s_i$는 어텐션 값 $a_i$를 입력받아 계산되므로, 쿼리가 필요할 때에는 아직 없다",
          en: "$s_i$ is computed from the attention value $a_i$, so it does not exist yet when the question is asked",
        },
        correct: true,
        explanation: {
          ko: "어텐션 값이 RNN의 입력에 연결되므로, 쿼리는 RNN을 돌리기 전의 상태일 수밖에 없습니다.",
          en: "The attention value is part of the RNN's input, so the query has to be the state from before the RNN runs.",
        },
      },
      {
        text: {
          ko: "$s_{i-1}$이 $s_i$보다 정보가 많기 때문",
          en: "$s_{i-1}$ holds more information than $s_i$",
        },
        correct: false,
        explanation: {
          ko: "오히려 $s_i$가 한 시점 더 많은 정보를 담습니다. 문제는 정보의 양이 아니라 계산 순서입니다.",
          en: "If anything $s_i$ has seen one more step. The reason is the order of computation, not the amount of information.",
        },
      },
      {
        text: {
          ko: "인코더도 한 시점 앞선 $h_{j-1}$을 키로 쓰기 때문",
          en: "the encoder also uses the earlier $h_{j-1}$ as the key",
        },
        correct: false,
        explanation: {
          ko: "인코더 쪽에서는 같은 위치의 $h_j$가 키입니다. 한 시점 밀리는 것은 쿼리뿐입니다.",
          en: "On the encoder side the key is $h_j$ of the same position. Only the query is shifted by a step.",
        },
      },
    ],
  },
];
