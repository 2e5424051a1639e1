function lookup(pairs: Array<[string, string]>, query: string): string | undefined {
  for (const [key, value] of pairs) {
    if (key === query) return value;
  }
  return undefined;
}

lookup([["2019", "EndGame"], ["2018", "InfinityWar"], ["2012", "Avengers"]], "2018")
