function myScaledDot(q: number[], k: number[]): number {
  const dot = q.reduce((sum, x, i) => sum + x * k[i], 0);
  return dot / Math.sqrt(q.length);
}

myScaledDot([1, 1, 1, 1], [1, 1, 1, 1])
