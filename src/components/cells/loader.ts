/**
 * The only cell code a chapter loads up front: it shows the cell toolbars, restores the reader's
 * saved edits into the static view, and loads the rest (kernel, editor) on first use.
 */
import "./persist.ts"; // IndexedDB behind edits.ts, share links (before any getInitialCode)
import { crashedRuns } from "../../kernel/storage/crash-note.ts";
import { getInitialCode } from "../../kernel/edits.ts";
import { highlight } from "../../kernel/highlight.ts";

type CellsUi = typeof import("./cells-ui.ts");
let ui: Promise<CellsUi> | undefined;
const loadUi = () => (ui ??= import("./cells-ui.ts"));

const cells = [...document.querySelectorAll<HTMLElement>("[data-cell]")];

async function restoreEdit(cell: HTMLElement): Promise<void> {
  const saved = await getInitialCode(cell.dataset.cell!, cell.dataset.code ?? "");
  if (!saved || saved.code === cell.dataset.code || cell.dataset.currentCode !== undefined) return;
  cell.dataset.currentCode = saved.code;
  cell.dataset.edited = saved.stale ? "stale" : "true";
  const code = cell.querySelector(".cell-code code");
  if (code) code.innerHTML = highlight(saved.code);
  (await loadUi()).markEdited(cell, saved.stale);
}

/**
 * Start the kernel (worker, library, transpiler) and load the editor's code before the reader
 * asks, so the first click and the first Run answer at once: when the pointer or the focus comes
 * to a cell, or once the page is idle with a cell near the screen. Not for a page opened from a
 * share link or one that reports a crashed run: there nothing starts until the reader acts.
 */
let warmed = false;
function warm() {
  if (warmed) return;
  warmed = true;
  void loadUi().then((m) => m.warm());
}

function warmWhenNear() {
  if (location.hash.startsWith("#share=")) return;
  const near = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      near.disconnect();
      const idle = window.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 300));
      void crashedRuns().then((crashed) => {
        if (crashed.length === 0) idle(warm, { timeout: 2000 });
      });
    },
    { rootMargin: "400px 0px" },
  );
  for (const cell of cells) near.observe(cell);
}

if (cells.length > 0) {
  const onCell = (ev: Event) => {
    if ((ev.target as Element).closest?.("[data-cell]")) warm();
  };
  document.addEventListener("pointerover", onCell, { passive: true });
  document.addEventListener("pointerdown", onCell, { passive: true });
  document.addEventListener("focusin", onCell);
  if (document.readyState === "complete") warmWhenNear();
  else addEventListener("load", warmWhenNear, { once: true });

  for (const cell of cells) {
    cell.querySelector<HTMLElement>(".cell-bar")?.removeAttribute("hidden");
    void restoreEdit(cell);
  }
  cells[0].querySelector<HTMLElement>("[data-page-actions]")?.removeAttribute("hidden");

  document.addEventListener("click", (ev) => {
    const button = (ev.target as Element).closest<HTMLElement>("[data-cell] [data-action]");
    if (button) {
      void loadUi().then((m) => m.act(button.closest<HTMLElement>("[data-cell]")!, button.dataset.action!));
      return;
    }
    const code = (ev.target as Element).closest<HTMLElement>("[data-cell] .cell-code");
    if (code) void loadUi().then((m) => m.openEditor(code.closest<HTMLElement>("[data-cell]")!, true));
  });
  document.addEventListener("keydown", (ev) => {
    const code = (ev.target as Element).closest?.<HTMLElement>("[data-cell] .cell-code");
    if (!code) return;
    const cell = code.closest<HTMLElement>("[data-cell]")!;
    if (ev.key === "Enter" && (ev.shiftKey || ev.ctrlKey || ev.metaKey)) {
      ev.preventDefault();
      void loadUi().then((m) => m.act(cell, "run"));
    } else if (ev.key === "Enter") {
      ev.preventDefault();
      void loadUi().then((m) => m.openEditor(cell, true));
    }
  });
  document.addEventListener("focusin", (ev) => {
    const code = (ev.target as Element).closest?.<HTMLElement>("[data-cell] .cell-code");
    if (code) void loadUi().then((m) => m.openEditor(code.closest<HTMLElement>("[data-cell]")!, true));
  });
  document.addEventListener("change", (ev) => {
    const select = (ev.target as Element).closest<HTMLSelectElement>("[data-time-limit]");
    if (select) void loadUi().then((m) => m.setTimeLimit(Number(select.value)));
  });
}
