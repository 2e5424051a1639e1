/**
 * Notices about the reader's saved code, one shape for cells, exercises and the reminder to export:
 * a `.store-notice` box (`data-store-notice` says which) with a sentence and buttons. `staleNotice`
 * is the one for code saved before the course changed it: compare, keep mine, or reset.
 */
import { button } from "./dom.ts";

export { button };

/** A `.store-notice` box of `kind` saying `text`, followed by `extra` (buttons, an input, …). */
export function noticeBox(kind: string, text: string, ...extra: Node[]): HTMLElement {
  const box = document.createElement("div");
  box.className = "store-notice";
  box.dataset.storeNotice = kind;
  box.setAttribute("role", kind === "share-error" ? "alert" : "status");
  const p = document.createElement("p");
  p.textContent = text;
  box.append(p, ...extra);
  return box;
}

export interface StaleNotice {
  /** What the notice says, and the labels of its three buttons. */
  text: string;
  compareLabel: string;
  keepLabel: string;
  resetLabel: string;
  /** The course's code now, and the reader's (read when the comparison opens). */
  original: string;
  mine: () => string;
  /** The reader keeps their code; resolves true once it is saved (the notice then goes). */
  keep: () => Promise<boolean> | boolean;
  /** The reader goes back to the course's code. */
  reset: () => void;
}

/**
 * The course changed this code since the reader saved theirs: their code is shown, and the notice
 * says so, with a comparison against the course's new code, until they keep theirs or reset.
 */
export function staleNotice(o: StaleNotice): HTMLElement {
  let open: HTMLElement | undefined;
  const box = noticeBox(
    "stale",
    o.text,
    button(o.compareLabel, async () => {
      if (open) {
        open.remove();
        open = undefined;
      } else {
        const { diffBox } = await import("./diff.ts");
        box.append((open = diffBox(o.original, o.mine())));
      }
    }),
    button(o.keepLabel, async () => {
      if (await o.keep()) box.remove();
    }),
    button(o.resetLabel, () => o.reset()),
  );
  return box;
}
