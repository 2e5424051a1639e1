function mySoftmax(scores: number[], temperature = 1): number[] {
  const exps = scores.map((s) => Math.exp(s));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

mySoftmax([2, 1, 0.1], 0.5)
