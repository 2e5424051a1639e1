import { softmax } from "attention";

function myAttend(query: number[], keys: number[][], values: number[][]) {
  const scores = keys.map((key) => key.reduce((s, k, d) => s + k * query[d], 0));
  const weights = Array.from(softmax(scores));
  const value = new Array(values[0].length).fill(0);
  values.forEach((v, j) => v.forEach((x, d) => (value[d] += weights[j] * x)));
  return { weights, value };
}

myAttend([1.5, 0.5], [[1, 0], [0, 1], [-1, 0]], [[10, 0], [0, 10], [-10, 0]])
