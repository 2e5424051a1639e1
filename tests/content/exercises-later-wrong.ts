/**
 * Wrong answers written after the checks were, and kept out of the exercises' own lists (none was
 * in view while writing the checks): each must fail some check. Whole programs, the way a reader
 * would type them.
 */
export const laterWrongAnswers: Array<{ exercise: string; mistake: string; code: string }> = [
  {
    exercise: "dictionary-lookup",
    mistake: "keeps looking after a match, so a repeated key gives its last value",
    code: `function lookup(pairs: Array<[string, string]>, query: string): string | undefined {
  let found: string | undefined;
  for (const [key, value] of pairs) if (key === query) found = value;
  return found;
}`,
  },
  {
    exercise: "dictionary-lookup",
    mistake: "trims both sides before comparing",
    code: `function lookup(pairs: Array<[string, string]>, query: string): string | undefined {
  return pairs.find(([key]) => key.trim() === query.trim())?.[1];
}`,
  },
  {
    exercise: "dictionary-add",
    mistake: "goes through an object (integer-like keys come out sorted)",
    code: `function addPair(pairs: Array<[string, string]>, key: string, value: string): Array<[string, string]> {
  const dict: Record<string, string> = Object.fromEntries(pairs);
  dict[key] = value;
  return Object.entries(dict);
}`,
  },
  {
    exercise: "querying-compare",
    mistake: "a key that the query starts with counts as a match",
    code: `function compare(query: string, keys: string[]): number[] {
  return keys.map((key) => (query.startsWith(key) ? 1 : 0));
}`,
  },
  {
    exercise: "querying-weighted-sum",
    mistake: "the output is as long as the weights",
    code: `function weightedSum(weights: number[], values: number[][]): number[] {
  const out = new Array(weights.length).fill(0);
  values.forEach((value, j) => value.forEach((x, d) => (out[d] += weights[j] * x)));
  return out;
}`,
  },
  {
    exercise: "soft-softmax",
    mistake: "finds the maximum with reduce starting from 0",
    code: `function mySoftmax(scores: number[], temperature = 1): number[] {
  if (temperature === 0) {
    const best = scores.indexOf(Math.max(...scores));
    return scores.map((_, j) => (j === best ? 1 : 0));
  }
  const scaled = scores.map((s) => s / temperature);
  const max = scaled.reduce((a, b) => Math.max(a, b), 0);
  const exps = scaled.map((s) => Math.exp(s - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}`,
  },
  {
    exercise: "soft-softmax",
    mistake: "at temperature 0 gives every tied maximum weight 1",
    code: `function mySoftmax(scores: number[], temperature = 1): number[] {
  const top = Math.max(...scores);
  if (temperature === 0) return scores.map((s) => (s === top ? 1 : 0));
  const exps = scores.map((s) => Math.exp((s - top) / temperature));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}`,
  },
  {
    exercise: "soft-attention-value",
    mistake: "scales the scores by the square root of the dimension",
    code: `import { softmax } from "attention";
function myAttend(query: number[], keys: number[][], values: number[][]) {
  const scores = keys.map((key) => key.reduce((s, k, d) => s + k * query[d], 0) / Math.sqrt(query.length));
  const weights = Array.from(softmax(scores));
  const value = new Array(values[0].length).fill(0);
  values.forEach((v, j) => v.forEach((x, d) => (value[d] += weights[j] * x)));
  return { weights, value };
}`,
  },
  {
    exercise: "seq-prefix-state",
    mistake: "counts j from 0",
    code: `import { encode, type Seq2Seq } from "attention";
function prefixState(model: Seq2Seq, input: string, j: number): Float32Array {
  return encode(model, input).encoderStates[j];
}`,
  },
  {
    exercise: "kv-attend-states",
    mistake: "uses the scaled dot product",
    code: `import { attend } from "attention";
function attendOverInput(query: Float32Array, encoderStates: Float32Array[]): Float32Array {
  return attend(query, encoderStates, encoderStates, { score: "scaledDot" }).value;
}`,
  },
  {
    exercise: "query-loop",
    mistake: "loops while fewer than length + 1 queries are recorded",
    code: `function decode(s0: number, length: number, step: (query: number) => number): number[] {
  const queries: number[] = [];
  let state = s0;
  while (queries.length <= length) {
    queries.push(state);
    state = step(state);
  }
  return queries;
}`,
  },
  {
    exercise: "av-weighted-states",
    mistake: "divides by the sum of the weights again",
    code: `function attentionValueFrom(weights: ArrayLike<number>, encoderStates: Float32Array[]): Float32Array {
  const total = Array.from(weights).reduce((a, b) => a + b, 0);
  const a = new Float32Array(encoderStates[0].length);
  encoderStates.forEach((h, j) => h.forEach((x, d) => (a[d] += (weights[j] / total) * x)));
  return a;
}`,
  },
  {
    exercise: "av-additive",
    mistake: "a tanh around the whole score",
    code: `function additiveScore(s: number[], h: number[], W: number[][], U: number[][], v: number[]): number {
  const dot = (a: number[], b: number[]) => a.reduce((sum, x, k) => sum + x * b[k], 0);
  const hidden = W.map((row, r) => dot(row, s) + dot(U[r], h));
  return Math.tanh(dot(v, hidden));
}`,
  },
  {
    exercise: "cat-concat",
    mistake: "forgets to copy the embedding in",
    code: `function decoderInput(embedded: Float32Array, attentionValue: Float32Array): Float32Array {
  const input = new Float32Array(embedded.length + attentionValue.length);
  input.set(attentionValue, embedded.length);
  return input;
}`,
  },
  {
    exercise: "cat-decoder-step",
    mistake: "asks with the last encoder state instead of the previous decoder state",
    code: `import { attend } from "attention";
function decoderStep(prev: Float32Array, prevToken: string, encoderStates: Float32Array[], parts: { embed: (t: string) => Float32Array; rnn: (s: Float32Array, x: Float32Array) => Float32Array }): Float32Array {
  const a = attend(encoderStates[encoderStates.length - 1], encoderStates, encoderStates).value;
  const e = parts.embed(prevToken);
  return parts.rnn(prev, Float32Array.from([...e, ...a]));
}`,
  },
  {
    exercise: "close-scaled-dot",
    mistake: "counts only the nonzero components as the dimension",
    code: `function myScaledDot(q: number[], k: number[]): number {
  const dot = q.reduce((sum, x, i) => sum + x * k[i], 0);
  return dot / Math.sqrt(q.filter((x) => x !== 0).length);
}`,
  },
  {
    exercise: "close-self-attention",
    mistake: "uses the plain dot product",
    code: `import { attend } from "attention";
function selfAttention(xs: number[][]): Float32Array[] {
  return xs.map((x) => attend(x, xs, xs).value);
}`,
  },
];
