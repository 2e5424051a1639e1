/**
 * The one view of a diff (cells, exercises and library files compare the reader's code with the
 * course's): the changed lines with three lines around each, "⋯" for what is left out, `+`/`−`
 * marks, and with `lineNumbers` each line's number. Rows are `.add`, `.del`, `.same`, `.gap`.
 */
import { diffHunks, diffLines } from "../../kernel/storage/diff.ts";

/** The rows of the diff from `before` to `after`; none when nothing changed. */
export function diffRows(
  before: string,
  after: string,
  options: { lineNumbers?: boolean } = {},
): HTMLElement[] {
  const hunks = diffHunks(diffLines(before, after));
  if (!hunks.some((l) => l && l.op !== "same")) return [];
  return hunks.map((l) => {
    const row = document.createElement("div");
    if (!l) {
      row.className = "gap";
      row.textContent = "⋯";
      return row;
    }
    row.className = l.op;
    const mark = l.op === "add" ? "+" : l.op === "del" ? "−" : " ";
    if (options.lineNumbers) {
      const ln = document.createElement("span");
      ln.className = "ln";
      ln.textContent = `${mark}${l.line}`;
      row.append(ln, l.text);
    } else row.textContent = `${mark} ${l.text}`;
    return row;
  });
}

/** A `.store-diff` box with the diff from `before` to `after` (as notices show it). */
export function diffBox(before: string, after: string): HTMLElement {
  const box = document.createElement("div");
  box.className = "store-diff";
  box.append(...diffRows(before, after));
  return box;
}
