// Dictionary lookup, one definition for the build and the page: the query and the entries go to
// the library's hardLookup; the picture shows which pair it finds and the output (with `compare`,
// chapter 02's version, also the 0/1 compare column and the output as a weighted sum). In the
// page the reader types a query and adds or removes entries.
import { defineWidget } from "../shared/widget.ts";
import { entriesHtml, entryProblem, lookupTable, queryProblem, renderLookup, type Entry } from "./render.ts";
import { strings } from "./strings.ts";

export interface Props {
  /** The query shown first. */
  query?: string;
  entries?: Entry[];
  /** Show the 0/1 compare column and the output as Σ compare × value (chapter 02); chapter 01 shows key → value only. */
  compare?: boolean;
}

interface State {
  query: string;
  entries: Entry[];
  compare: boolean;
}

export default defineWidget({
  name: "dictionary-lookup",
  strings,
  initial: ({
    query = "2018",
    entries = [
      ["2019", "EndGame"],
      ["2018", "InfinityWar"],
      ["2012", "Avengers"],
    ],
    compare = true,
  }: Props): State => ({ query, entries, compare }),
  problem: ({ query }, s) => queryProblem(query, s),
  compute: ({ library }, { entries, query }) => library.hardLookup(entries, query),
  render: (result, { entries, query, compare }, s) => ({
    plot: renderLookup(entries, query, result, s, compare),
    ...(compare ? { table: lookupTable(result, s) } : {}),
  }),
  note: (result, { query }, s) => (result.found ? null : { text: s.noMatch(query), kind: "info" }),
  bind(live) {
    const { s } = live;
    const input = live.part<HTMLInputElement>("[data-query]");
    const list = live.part("[data-entries]");
    const newKey = live.part<HTMLInputElement>("[data-new-key]");
    const newValue = live.part<HTMLInputElement>("[data-new-value]");
    // The list is redrawn at once (the focus moves within it), the lookup once computed.
    const setEntries = (entries: Entry[]) => {
      list.innerHTML = entriesHtml(entries, s);
      live.set({ entries });
    };
    list.addEventListener("click", (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>("[data-remove]");
      if (!button) return;
      const { entries } = live.state;
      if (entries.length === 1) {
        live.message(s.lastEntry);
        return;
      }
      setEntries(entries.filter((_, j) => j !== Number(button.dataset.remove)));
      list.querySelector<HTMLButtonElement>("[data-remove]")?.focus();
    });
    live.part("[data-add]").addEventListener("click", () => {
      const key = newKey.value.trim();
      const value = newValue.value.trim();
      const problem = entryProblem(live.state.entries, key, value, s);
      if (problem) {
        live.message(problem);
        return;
      }
      newKey.value = "";
      newValue.value = "";
      setEntries([...live.state.entries, [key, value]]);
    });
    const typed = () => live.set({ query: input.value });
    input.addEventListener("input", typed);
    typed();
  },
});
