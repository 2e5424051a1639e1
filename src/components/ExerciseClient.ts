/**
 * Brings every exercise on the page to life: "Check" runs the hidden checks in the page's kernel
 * (never on the main thread), marks each check ✓ or ✗ with its message, and records a pass in the
 * reader's progress. The solution is inserted only when the reader asks for it. The code is a
 * plain textarea until the reader focuses it; then the cells' CodeMirror editor, with TypeScript
 * help, takes its place (the textarea stays the fallback without JavaScript or before it loads).
 */
import type { CheckResult } from "../kernel/checking/exercise.ts";
import type { CodeEditor } from "./editing/editor.ts";
import { crashedRuns, noteRunning } from "../kernel/storage/crash-note.ts";
import { getStore } from "../kernel/storage/index.ts";
import { pageLang, t } from "../i18n/index.ts";
import { part } from "./editing/dom.ts";
import { staleNotice } from "./editing/notice.ts";
import { once } from "./progress-view.ts";
import { strings } from "./strings.ts";

const kernel = async () => (await import("../kernel/client.ts")).getKernel();

/**
 * Each exercise's checks.ts as source (for the kernel to run), loaded only when that exercise is
 * first checked: a page ships no other exercise's checks, nor any wrong answer.
 */
const checkSources = import.meta.glob<string>("../../content/exercises/*/checks.ts", {
  query: "?raw",
  import: "default",
});
const checksOf = (id: string) => {
  const load = checkSources[`../../content/exercises/${id}/checks.ts`];
  return load ? load() : Promise.reject(new Error(`no checks for exercise ${id}`));
};

const text = { ko: strings.ko.exercise, en: strings.en.exercise };

function setup(root: HTMLElement): void {
  const id = root.dataset.exercise!;
  const lang = pageLang();
  const textarea = part<HTMLTextAreaElement>(root, "[data-exercise-editor]");
  const host = part<HTMLElement>(root, "[data-exercise-code]");
  let editor: CodeEditor | undefined;
  const code = () => editor?.getCode() ?? textarea.value;
  const setCode = (next: string) => {
    textarea.value = next;
    editor?.setCode(next);
  };
  const status = part<HTMLElement>(root, "[data-exercise-status]");
  const errorBox = part<HTMLElement>(root, "[data-exercise-error]");
  const items = [...root.querySelectorAll<HTMLElement>("[data-check]")];
  const announce = part<HTMLElement>(root, "[data-exercise-announce]");
  // The exercise as the page has it: the starter in the plain box, the solution in its template.
  const exercise = {
    starter: textarea.defaultValue,
    solution: part(part<HTMLTemplateElement>(root, "template[data-solution]").content, "code").textContent!,
  };

  const show = (result: "unanswered" | "passed" | "failed", label: string) => {
    root.dataset.result = result;
    status.textContent = label;
  };

  async function check(): Promise<void> {
    root.dataset.checking = "true";
    show(root.dataset.result as "unanswered", text[lang].checking);
    errorBox.hidden = true;
    let results: CheckResult[] = [];
    // The reader's code is saved before it runs: a run that takes the tab down loses nothing.
    clearTimeout(saveTimer);
    await save();
    await noteRunning(editId);
    const fail = (message: string) => {
      errorBox.textContent = `${text[lang].error}: ${message}`;
      errorBox.hidden = false;
    };
    try {
      const checks = await checksOf(id);
      const result = await (
        await kernel()
      ).checkExercise({ code: code(), solution: exercise.solution, checks });
      if (result.ok) results = result.value;
      else fail(result.error.message);
    } catch (e) {
      fail(e instanceof Error ? e.message : String(e));
    }
    items.forEach((item, index) => {
      const r = results[index];
      const passed = r?.status === "pass";
      item.dataset.state = passed ? "pass" : "fail";
      part(item, ".mark").textContent = passed ? "✓" : "✗";
      part<HTMLElement>(item, ".message").hidden = passed;
      // The smallest failing input, what came back and what should have (text, never markup).
      const found = part<HTMLElement>(item, ".case");
      found.textContent = !passed && r?.message ? r.message : "";
      found.hidden = found.textContent === "";
      found.dataset.thrown = r?.status === "error" ? "true" : "";
    });
    const passedCount = items.filter((item) => item.dataset.state === "pass").length;
    const allPassed = results.length === items.length && passedCount === items.length;
    show(allPassed ? "passed" : "failed", allPassed ? `✓ ${text[lang].passed}` : text[lang].failed);
    // Said to screen readers: how many passed, and the first that failed with its case.
    const firstFailing = items.find((item) => item.dataset.state !== "pass");
    const label = firstFailing?.querySelector(".label")?.textContent?.trim() ?? "";
    const found = firstFailing?.querySelector(".case")?.textContent ?? "";
    announce.textContent = allPassed
      ? text[lang].allPassed(items.length)
      : `${text[lang].somePassed(passedCount, items.length, label)} ${found}`.trim();
    void noteRunning(null);
    await getStore().markChecked(id);
    if (allPassed) await getStore().markPassed(id);
    delete root.dataset.checking;
  }

  // The reader's code is kept like a cell edit (and so travels with export/import).
  const store = getStore();
  const editId = `exercise-${id}`;
  let rev = 0;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  const save = async () => {
    if (code() === exercise.starter) return;
    const result = await store.saveEdit("cell", editId, exercise.starter, code(), rev);
    if (result.ok) rev = result.record.rev;
    else if (result.reason === "conflict") rev = result.current.rev;
  };
  const saveSoon = () => {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => void save(), 400);
  };
  textarea.addEventListener("input", () => {
    // Text that reaches the plain box after the editor took its place (autofill, assistive tools,
    // a keystroke racing the editor's start) goes into the editor too, never lost behind it.
    if (editor && editor.getCode() !== textarea.value) editor.setCode(textarea.value);
    saveSoon();
  });
  if (textarea.value !== exercise.starter) saveSoon(); // typed before this code loaded
  void store.loadEdit("cell", editId, exercise.starter).then(({ record, status }) => {
    if (!record) return;
    rev = record.rev;
    if (code() !== exercise.starter) return;
    setCode(record.code);
    if (status === "stale") showStale();
  });

  /**
   * The course changed this exercise's starter since the reader saved their code: their code is
   * shown, and says so, with a comparison against the new starter, until they choose.
   */
  function showStale() {
    const box = staleNotice({
      text: t(lang, "exercise.stale"),
      compareLabel: t(lang, "library.diff"),
      keepLabel: t(lang, "store.keepMine"),
      resetLabel: t(lang, "exercise.reset"),
      original: exercise.starter,
      mine: code,
      keep: () => {
        void save();
        return true;
      },
      reset: () => part(root, "[data-action=reset-exercise]").click(),
    });
    textarea.before(box);
  }

  // The real editor, loaded once when the reader first focuses the code.
  let opening: Promise<void> | undefined;
  const openEditor = () =>
    (opening ??= Promise.all([import("./editing/editor.ts"), import("../kernel/client.ts")]).then(
      ([{ createEditor, cellSetup, runKeys }, client]) => {
        const label = root.querySelector(`label[for="${textarea.id}"]`)?.textContent?.trim() ?? "";
        const cursor = textarea.selectionStart;
        const hadFocus = document.activeElement === textarea;
        host.hidden = false;
        const e = createEditor(host, textarea.value, {
          label,
          setup: [runKeys(() => void check()), cellSetup],
          onChange: (next) => {
            textarea.value = next;
            saveSoon();
          },
        });
        e.view.dispatch({ selection: { anchor: Math.min(cursor, e.view.state.doc.length) } });
        textarea.hidden = true;
        editor = e;
        if (hadFocus) e.focus();
        const k = client.getKernel();
        // Type-checked like a cell placed after the page's cells: that is where the check runs it.
        void import("./editing/typecheck.ts").then(({ attachTypescript }) =>
          attachTypescript(e.view, {
            lang,
            doc: { cell: editId },
            getCells: () => [...client.pageCells(), { id: editId, code: e.getCode() }],
            getLibrary: () => k.libraryOverrides,
            listen: (recheck) => k.onChange(recheck),
          }),
        );
      },
    ));
  textarea.addEventListener("focus", () => void openEditor());
  if (document.activeElement === textarea) void openEditor(); // focused before this code loaded

  part(root, "[data-action=check]").addEventListener("click", () => void check());
  textarea.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.shiftKey || event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void check();
    }
  });
  part(root, "[data-action=reset-exercise]").addEventListener("click", () => {
    root.querySelector('[data-store-notice="stale"]')?.remove();
    setCode(exercise.starter);
    clearTimeout(saveTimer);
    rev = 0;
    void store.clearEdit("cell", editId);
  });
  const solutionButton = part<HTMLButtonElement>(root, "[data-action=solution]");
  const slot = part<HTMLElement>(root, "[data-solution-slot]");
  solutionButton.addEventListener("click", () => {
    const open = solutionButton.getAttribute("aria-expanded") === "true";
    solutionButton.setAttribute("aria-expanded", String(!open));
    slot.replaceChildren();
    if (open) return;
    const template = part<HTMLTemplateElement>(root, "template[data-solution]");
    slot.append(template.content.cloneNode(true));
    part(slot, "[data-action=use-solution]").addEventListener("click", () => {
      setCode(exercise.solution);
      (editor ?? textarea).focus();
      void save();
    });
  });

  void crashedRuns().then((ids) => {
    if (!ids.includes(editId)) return;
    errorBox.textContent = t(lang, "cell.crashed");
    errorBox.hidden = false;
  });
  void getStore()
    .getProgress()
    .then((progress) => {
      if (progress.passed[id] && root.dataset.result === "unanswered")
        show("passed", `✓ ${text[lang].passed}`);
    });
}

/** Sets up every exercise on the page once. */
export const initExercises = once(() =>
  document.querySelectorAll<HTMLElement>("[data-exercise]").forEach(setup),
);
