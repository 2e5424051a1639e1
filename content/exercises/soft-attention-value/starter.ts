import { softmax } from "attention";

function myAttend(query: number[], keys: number[][], values: number[][]) {
  const scores = keys.map((key) => key.reduce((s, k, d) => s + k * query[d], 0));
  const weights = Array.from(softmax(scores));
  const value = values[weights.indexOf(Math.max(...weights))];
  return { weights, value };
}

myAttend([1.5, 0.5], [[1, 0], [0, 1], [-1, 0]], [[10, 0], [0, 10], [-10, 0]])
