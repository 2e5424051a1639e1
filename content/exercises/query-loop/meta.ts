import type { ExerciseMeta } from "../types.ts";

export default {
  chapter: "06-query",
  title: {
    ko: "디코더 반복문 고치기",
    en: "Fix the decoder loop",
  },
  prompt: {
    ko: "`decode(s0, length, step)`은 디코더를 `length`번 진행하며, 각 시점에 쿼리로 쓴 상태를 모아 돌려줍니다. `step(query)`는 쿼리로 한 시점을 진행해 새 상태 $s_i$를 돌려줍니다. 지금 코드는 새 상태를 쿼리로 기록합니다. 바다나우 어텐션처럼 $s_{i-1}$이 쿼리가 되도록 고치세요.",
    en: "`decode(s0, length, step)` runs the decoder `length` times and returns the state used as the query at each step. `step(query)` runs one step from that query and returns the new state $s_i$. The code records the new state as the query; fix it so that, as in Bahdanau attention, $s_{i-1}$ is the query.",
  },
  hint: {
    ko: "한 시점 안의 순서를 떠올리세요. 먼저 지금 가진 상태로 묻고(기록), 그다음 새 상태를 계산합니다.",
    en: "Remember the order inside a step: first ask with the state you have (record it), then compute the new state.",
  },
  checks: [
    {
      id: "first-query",
      label: {
        ko: "첫 쿼리는 $s_0$",
        en: "the first query is $s_0$",
      },
      fail: {
        ko: "첫 쿼리는 $s_0$이어야 합니다. 상태를 갱신하기 전에 기록하세요.",
        en: "The first query must be $s_0$: record the state before updating it.",
      },
    },
    {
      id: "carries-over",
      label: {
        ko: "상태가 다음 시점으로 이어짐",
        en: "the state carries over to the next step",
      },
      fail: {
        ko: "`step`이 돌려준 새 상태가 다음 시점의 쿼리가 되어야 합니다. 돌려받은 상태를 버리거나, 매번 $s_0$에서 다시 시작하면 안 됩니다.",
        en: "The new state that `step` returns must become the next step's query: don't throw the returned state away, and don't start again from $s_0$ each time.",
      },
    },
    {
      id: "one-call-per-output",
      label: {
        ko: "시점마다 step을 한 번씩",
        en: "one call to step per output",
      },
      fail: {
        ko: "`step`은 출력마다 정확히 한 번 불러야 합니다.",
        en: "Call `step` exactly once per output.",
      },
    },
    {
      id: "any-length",
      label: { ko: "길이가 0에서 8까지 무엇이든", en: "any length from 0 to 8" },
      fail: {
        ko: "출력이 `length`개면 쿼리도 정확히 `length`개입니다. 길이가 0이면 빈 배열입니다. 반복 횟수를 하나 더하거나 빼지 마세요.",
        en: "`length` outputs take exactly `length` queries, and length 0 gives an empty array: don't loop one time too many or too few.",
      },
    },
  ],
  wrong: [
    {
      mistake: "records the new state s_i as the query",
      replace: [
        [
          `    queries.push(state);
    state = step(state);`,
          `    state = step(state);
    queries.push(state);`,
        ],
      ],
      caughtBy: "first-query",
      named: {
        ko: "갱신하기 전에 기록",
        en: "record the state before updating",
      },
    },
    {
      mistake: "throws away the state that step returns",
      replace: [["    state = step(state);", "    step(state);"]],
      caughtBy: "carries-over",
      named: {
        ko: "돌려받은 상태를 버리거나",
        en: "throw the returned state away",
      },
    },
    {
      mistake: "runs every step from s_0 again",
      replace: [["    state = step(state);", "    state = step(s0);"]],
      caughtBy: "carries-over",
      named: {
        ko: "매번 $s_0$에서 다시",
        en: "start again from $s_0$",
      },
    },
    {
      mistake: "prints the next state while debugging (calls step twice)",
      replace: [
        [
          "    queries.push(state);",
          `    queries.push(state);
    console.log("next:", step(state));`,
        ],
      ],
      caughtBy: "one-call-per-output",
      named: { ko: "정확히 한 번", en: "exactly once" },
    },
    {
      mistake: "loops while i < length (one output short)",
      replace: [["i <= length", "i < length"]],
      caughtBy: "first-query",
      named: { ko: "$s_0$", en: "$s_0$" },
    },
  ],
} satisfies ExerciseMeta;
