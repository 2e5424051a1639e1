function addPair(pairs: Array<[string, string]>, key: string, value: string): Array<[string, string]> {
  return [...pairs, [key, value]];
}

addPair([["2019", "EndGame"], ["2018", "InfinityWar"]], "2018", "Black Panther")
