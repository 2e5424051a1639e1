/**
 * The one way the editing code finds and makes the elements it works with (cells, exercises, the
 * library page, My work): `part` for a piece the page's markup always has, `button` for a button
 * made on the fly.
 */

/** The element under `root` that `selector` names; the markup always has it, so a missing one is a bug. */
export function part<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`missing ${selector} in the page's markup`);
  return found;
}

/** A button of the tools' look (`.control`) with `label` that calls `onClick`. */
export function button(label: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement("button");
  b.type = "button";
  b.className = "control";
  b.textContent = label;
  b.addEventListener("click", onClick);
  return b;
}

/** The page's element `selector` (none: undefined) with the strings the build put on it (`data-strings`). */
export function withStrings(selector: string): { root: HTMLElement; s: Record<string, string> } | undefined {
  const root = document.querySelector<HTMLElement>(selector);
  if (!root) return undefined;
  return { root, s: JSON.parse(root.dataset.strings ?? "{}") as Record<string, string> };
}
