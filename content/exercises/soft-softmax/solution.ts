function mySoftmax(scores: number[], temperature = 1): number[] {
  if (temperature === 0) {
    const best = scores.indexOf(Math.max(...scores));
    return scores.map((_, j) => (j === best ? 1 : 0));
  }
  const scaled = scores.map((s) => s / temperature);
  const max = Math.max(...scaled);
  const exps = scaled.map((s) => Math.exp(s - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

mySoftmax([2, 1, 0.1], 0.5)
