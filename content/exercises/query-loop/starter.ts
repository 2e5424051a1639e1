function decode(s0: number, length: number, step: (query: number) => number): number[] {
  const queries: number[] = [];
  let state = s0;
  for (let i = 1; i <= length; i++) {
    state = step(state);
    queries.push(state);
  }
  return queries;
}

decode(0, 3, (query) => query + 1)
