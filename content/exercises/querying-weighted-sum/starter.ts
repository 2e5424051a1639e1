function weightedSum(weights: number[], values: number[][]): number[] {
  const out = new Array(values[0].length).fill(0);
  // add weights[j] * values[j] into out
  return out;
}

weightedSum([0, 1, 0], [[181, 2019], [149, 2018], [143, 2012]])
