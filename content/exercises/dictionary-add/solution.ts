function addPair(pairs: Array<[string, string]>, key: string, value: string): Array<[string, string]> {
  if (pairs.some(([k]) => k === key)) {
    return pairs.map(([k, v]): [string, string] => (k === key ? [k, value] : [k, v]));
  }
  return [...pairs, [key, value]];
}

addPair([["2019", "EndGame"], ["2018", "InfinityWar"]], "2018", "Black Panther")
