function additiveScore(s: number[], h: number[], W: number[][], U: number[][], v: number[]): number {
  const dot = (a: number[], b: number[]) => a.reduce((sum, x, k) => sum + x * b[k], 0);
  const Ws = W.map((row) => dot(row, s));
  const Uh = U.map((row) => dot(row, h));
  const hidden = Ws.map((x, r) => Math.tanh(x + Uh[r]));
  return dot(v, hidden);
}

additiveScore([1, 0], [0, 1], [[1, 0]], [[0, 1]], [1])
