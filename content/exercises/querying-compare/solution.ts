function compare(query: string, keys: string[]): number[] {
  return keys.map((key) => (key === query ? 1 : 0));
}

compare("2018", ["2019", "2018", "2012"])
