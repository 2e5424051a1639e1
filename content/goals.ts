/**
 * What shows each chapter goal. The goals themselves are the `goals` lists in the chapters'
 * frontmatter (the same number, in the same order, in both editions); here each chapter has one
 * list per goal, in that order, of the items whose answers show the goal. The progress page turns
 * the reader's answers to these items into a level per goal (src/review/mastery.ts).
 *
 * Item ids: `exercise:<id>` (content/exercises/<id>), `quiz:<id>` (content/exercises/quizzes),
 * `predict:<id>` (content/predictions) and `gen:<name>` (a review item made from a seed,
 * src/review/generators.ts); quizzes and predictions come back in review under the same ids. An
 * item may show goals of a later chapter too (chapter 09 retells the whole path).
 * tests/content/goals.test.ts checks that every goal has an item that comes back in review (so
 * it can be mastered), that every id exists, and that every exercise, quiz, prediction and
 * generated item shows some goal.
 */
export const goalItems: Record<string, readonly (readonly string[])[]> = {
  "00-intro": [["quiz:intro-problem"], ["quiz:intro-year-place"], ["quiz:intro-where-kept"]],
  "01-dictionary": [
    ["quiz:dictionary-roles"],
    ["exercise:dictionary-add", "predict:predict-duplicate-keys"],
    ["exercise:dictionary-lookup", "predict:predict-dictionary-missing"],
  ],
  "02-querying": [
    ["exercise:querying-compare", "quiz:querying-no-match"],
    ["predict:predict-duplicate-keys"],
    ["exercise:querying-weighted-sum", "quiz:querying-no-match"],
  ],
  "03-attention-value": [
    ["quiz:soft-high-temperature"],
    [
      "exercise:soft-softmax",
      "exercise:soft-attention-value",
      "predict:predict-softmax-shift",
      "gen:softmax-weights",
      "gen:attention-value",
    ],
    ["predict:predict-temperature-zero-miss"],
    ["predict:predict-temperature-zero-miss", "gen:key-wins"],
  ],
  "04-seq2seq": [
    ["predict:predict-encoder-states"],
    ["exercise:seq-fixed-vector", "quiz:seq-bottleneck"],
    ["exercise:seq-prefix-state", "predict:predict-encoder-states"],
  ],
  "05-keys-and-values": [
    ["exercise:kv-dictionary", "predict:predict-self-match"],
    ["exercise:kv-attend-states", "quiz:kv-same-vectors"],
    ["exercise:kv-attend-states", "predict:predict-value-size"],
  ],
  "06-query": [
    ["exercise:query-pick", "predict:predict-first-query", "gen:query-at-step"],
    ["quiz:query-why-previous"],
    ["exercise:query-loop", "gen:query-at-step"],
  ],
  "07-attention-value-ai": [
    ["exercise:av-additive", "gen:softmax-weights"],
    ["exercise:av-weighted-states", "gen:attention-value"],
    ["quiz:av-alignment-row", "predict:predict-month-row", "predict:predict-untrained-row"],
  ],
  "08-concatenation": [
    ["exercise:cat-decoder-step", "quiz:cat-order"],
    ["exercise:cat-concat", "predict:predict-decoder-input", "gen:decoder-input-size"],
    ["predict:predict-no-attention-long", "quiz:seq-bottleneck"],
    ["quiz:cat-departure"],
  ],
  "09-closing": [
    ["quiz:soft-high-temperature", "quiz:kv-same-vectors", "quiz:query-why-previous", "quiz:cat-order"],
    ["quiz:cat-order", "predict:predict-month-row"],
    ["quiz:close-luong-query"],
    ["exercise:close-scaled-dot", "exercise:close-self-attention", "quiz:close-why-scale"],
  ],
};

/** `quiz:cat-order` → `{ kind: "quiz", id: "cat-order" }`. */
export function parseItem(item: string): { kind: string; id: string } {
  const at = item.indexOf(":");
  return { kind: item.slice(0, at), id: item.slice(at + 1) };
}
