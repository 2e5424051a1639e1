/**
 * The cells' behaviour once the reader starts using them (loaded on first use by
 * loader.ts): running through the page's kernel, showing outputs, Stop, Reset, the editor.
 */
import { getKernel, pageCells, type CellListener } from "../../kernel/client.ts";
import { outputWords, type OutputItem } from "../../kernel/output.ts";
import { showOutput as showItems, supersede } from "../output/reader-output.ts";
import { keepBeforeRun, onCellEdit, onCellReset } from "../../kernel/edits.ts";
import { noteRunning } from "../../kernel/storage/crash-note.ts";
import { highlight } from "../../kernel/highlight.ts";
import type { CodeEditor } from "../editing/editor.ts";
import { part } from "../editing/dom.ts";
import { pageLang, t, type UiKey } from "../../i18n/index.ts";

const lang = pageLang();
const words = outputWords[lang];
const say = (key: UiKey, vars: Record<string, string> = {}) => t(lang, key, vars);
const kernel = getKernel();
const editors = new Map<HTMLElement, Promise<CodeEditor>>();
const saveTimers = new Map<HTMLElement, ReturnType<typeof setTimeout>>();

const cellById = (id: string) => document.querySelector<HTMLElement>(`[data-cell="${CSS.escape(id)}"]`);
const codeOf = (cell: HTMLElement) => cell.dataset.currentCode ?? cell.dataset.code ?? "";

function setState(
  cell: HTMLElement,
  state: "idle" | "running" | "done" | "error" | "stopped",
  status = "",
): void {
  cell.dataset.state = state;
  part(cell, "[data-action=stop]").hidden = state !== "running";
  part(cell, "[data-cell-status]").textContent = status;
}

/** Show a run's output; resolves to false when a newer output or run took the cell meanwhile. */
function showOutput(cell: HTMLElement, items: OutputItem[]): Promise<boolean> {
  return showItems(part(cell, "[data-cell-output]"), items, words);
}

const onEvent: CellListener = (id, event) => {
  const cell = cellById(id);
  if (!cell) return;
  if (event.phase === "start") {
    void noteRunning(id);
    supersede(part(cell, "[data-cell-output]"));
    setState(cell, "running", say("cell.running"));
  } else if (event.phase === "result") {
    const items =
      event.ok || !event.error
        ? event.items
        : [...event.items, { kind: "error" as const, error: event.error }];
    delete cell.dataset.edited;
    // Done once the output is all there (a chart's sanitizer loads with the first chart).
    void showOutput(cell, items).then((current) => {
      if (current)
        setState(
          cell,
          event.ok ? "done" : "error",
          say("cell.done", { ms: event.ms.toFixed(event.ms < 10 ? 1 : 0) }),
        );
    });
  } else {
    const s = String(Math.round(event.afterMs / 100) / 10);
    const message = say("cell.stopped", { s });
    void showOutput(cell, [
      { kind: "error", error: { name: say("cell.stop"), message, kind: "stopped" } },
      { kind: "note", text: say("cell.stoppedNote") },
    ]);
    setState(cell, "stopped", message);
    // The fresh kernel gets the page's state back up to this cell: the cells it needs run again.
    queue = queue
      .catch(() => undefined)
      .then(() => kernel.run(pageCells(), id, onEvent, { providersOnly: true }));
  }
};

let queue: Promise<void> = Promise.resolve();

/** Save the cell's edit (the typing has stopped). */
function save(cell: HTMLElement): Promise<void> {
  saveTimers.delete(cell);
  return onCellEdit(cell.dataset.cell!, codeOf(cell), cell.dataset.code ?? "");
}

/** A run is starting: an edit still waiting for the typing to stop must be kept first. */
function keepNow(cell: HTMLElement): Promise<void> {
  if (!saveTimers.has(cell)) return Promise.resolve();
  clearTimeout(saveTimers.get(cell));
  saveTimers.delete(cell);
  return keepBeforeRun(cell.dataset.cell!, codeOf(cell), cell.dataset.code ?? "");
}

/** Run a cell (null: every cell) and what depends on it; runs wait for each other. */
function run(cell: HTMLElement | null): Promise<void> {
  const id = cell?.dataset.cell ?? null;
  if (cell) setState(cell, "running", say("cell.running"));
  const saved = Promise.all([...saveTimers.keys()].map(keepNow));
  // A failed run must not block the runs after it.
  queue = queue
    .catch(() => undefined)
    .then(() => saved)
    .then(() => kernel.run(pageCells(), id, onEvent))
    .finally(() => void noteRunning(null));
  return queue;
}

function setCode(cell: HTMLElement, code: string): void {
  const editor = editors.get(cell);
  if (editor) void editor.then((e) => e.getCode() !== code && e.setCode(code));
  else {
    const el = cell.querySelector(".cell-code code");
    if (el) el.innerHTML = highlight(code);
  }
}

async function reset(cell: HTMLElement): Promise<void> {
  delete cell.dataset.currentCode;
  delete cell.dataset.edited;
  setCode(cell, cell.dataset.code ?? "");
  await onCellReset(cell.dataset.cell!);
  await run(cell);
}

async function resetPage(): Promise<void> {
  kernel.stop();
  for (const cell of document.querySelectorAll<HTMLElement>("[data-cell]")) {
    delete cell.dataset.currentCode;
    delete cell.dataset.edited;
    setCode(cell, cell.dataset.code ?? "");
    await onCellReset(cell.dataset.cell!);
    setState(cell, "idle");
  }
  await kernel.reset();
  await run(null);
}

/** A button in a cell was pressed. */
export async function act(cell: HTMLElement, action: string): Promise<void> {
  switch (action) {
    case "run":
      return run(cell);
    case "stop":
      return kernel.stop();
    case "reset":
      return reset(cell);
    case "run-all":
      return run(null);
    case "reset-page":
      return resetPage();
  }
}

/** Have the kernel and the editor's code ready before the reader's first click or Run. */
export function warm(): void {
  kernel.warm();
  void import("../editing/editor.ts");
}

export function setTimeLimit(ms: number): void {
  kernel.timeLimitMs = ms;
}

/** Show that a cell holds the reader's edit that has not run yet. */
export function markEdited(cell: HTMLElement, stale = false): void {
  cell.dataset.edited = stale ? "stale" : "true";
  part(cell, "[data-cell-status]").textContent = say(stale ? "cell.stale" : "cell.edited");
}

/** Replace the static code with the editor (loaded now, once per cell). */
export function openEditor(cell: HTMLElement, focus: boolean): Promise<CodeEditor> {
  let editor = editors.get(cell);
  if (!editor) {
    editor = import("../editing/editor.ts").then(({ createEditor, cellSetup, runKeys }) => {
      const host = part(cell, "[data-cell-editor]");
      const pre = host.querySelector("pre");
      const e = createEditor(host, codeOf(cell), {
        label: `${say("cell.editorLabel")} (${cell.dataset.cell})`,
        setup: [runKeys(() => void run(cell)), cellSetup],
        onChange: (code) => {
          cell.dataset.currentCode = code;
          markEdited(cell);
          clearTimeout(saveTimers.get(cell));
          saveTimers.set(
            cell,
            setTimeout(() => void save(cell), 300),
          );
        },
      });
      pre?.remove();
      void import("../editing/typecheck.ts").then(({ attachTypescript }) =>
        attachTypescript(e.view, {
          lang,
          doc: { cell: cell.dataset.cell! },
          getCells: pageCells,
          getLibrary: () => kernel.libraryOverrides,
          listen: (recheck) => kernel.onChange(recheck),
        }),
      );
      return e;
    });
    editors.set(cell, editor);
  }
  if (focus) void editor.then((e) => e.focus());
  return editor;
}
