// Dictionary lookup in the browser: every change of the query or the entries asks the library's
// hardLookup (through the kernel) and redraws.
import { pageLang } from "../../i18n/lang.ts";
import { kernelMessage, library, onLibraryChange } from "../shared/compute.ts";
import { type WidgetHandle, part, readProps, serialUpdates, setMessage, timed } from "../shared/dom.ts";
import { entriesHtml, entryProblem, lookupTable, queryProblem, renderLookup, type Entry } from "./render.ts";
import { strings } from "./strings.ts";

export function mount(root: HTMLElement): WidgetHandle {
  const lang = pageLang();
  const s = strings[lang];
  const props = readProps<{ query: string; entries: Entry[]; compare?: boolean }>(root);
  const compare = props.compare !== false;
  let entries: Entry[] = props.entries.map(([k, v]) => [k, v] as const);
  const input = part<HTMLInputElement>(root, "[data-query]");
  const plot = part(root, "[data-plot]");
  const table = compare ? part(root, "[data-table]") : null;
  const list = part(root, "[data-entries]");
  const newKey = part<HTMLInputElement>(root, "[data-new-key]");
  const newValue = part<HTMLInputElement>(root, "[data-new-value]");

  const update = serialUpdates(root, () =>
    timed(root, async () => {
      const query = input.value;
      const problem = queryProblem(query, s);
      if (problem) {
        setMessage(root, problem);
        return;
      }
      const result = await library.hardLookup(entries, query);
      if (!result.ok) {
        setMessage(root, kernelMessage(result.error, lang));
        return;
      }
      plot.innerHTML = renderLookup(entries, query, result.value, s, compare);
      if (table) table.innerHTML = lookupTable(result.value, s);
      setMessage(root, result.value.found ? null : s.noMatch(query), "info");
    }),
  );

  const redrawEntries = () => {
    list.innerHTML = entriesHtml(entries, s);
    update();
  };
  list.addEventListener("click", (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>("[data-remove]");
    if (!button) return;
    if (entries.length === 1) {
      setMessage(root, s.lastEntry);
      return;
    }
    entries = entries.filter((_, j) => j !== Number(button.dataset.remove));
    redrawEntries();
    list.querySelector<HTMLButtonElement>("[data-remove]")?.focus();
  });
  part(root, "[data-add]").addEventListener("click", () => {
    const key = newKey.value.trim();
    const value = newValue.value.trim();
    const problem = entryProblem(entries, key, value, s);
    if (problem) {
      setMessage(root, problem);
      return;
    }
    entries = [...entries, [key, value]];
    newKey.value = "";
    newValue.value = "";
    redrawEntries();
  });
  input.addEventListener("input", update);
  onLibraryChange(update);
  update();
  return {};
}
