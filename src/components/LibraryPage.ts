/**
 * The library page: each file of the attention library in its own editor (CodeMirror loads on
 * first focus), with Apply, a diff against the original and Restore. Unapplied text is kept as a
 * draft, so nothing the reader typed is lost; Apply loads the whole edited library in the kernel
 * first and saves it only when it loaded — otherwise the previous version stays in use.
 */
import { button, part, withStrings } from "./editing/dom.ts";
import { diffRows } from "./editing/diff.ts";
import { pageLang } from "../i18n/lang.ts";
import { getKernel } from "../kernel/client.ts";
import { highlight } from "../kernel/highlight.ts";
import { getStore } from "../kernel/storage/index.ts";
import { editStatus, type EditRecord } from "../kernel/storage/records.ts";
import type { CodeEditor } from "./editing/editor.ts";
import { libraryErrorText, withEdits } from "./LibraryOverrides.ts";
import type { LibraryVerdict } from "../kernel/checking/library.ts";

interface FileState {
  path: string;
  section: HTMLElement;
  original: string;
  applied?: EditRecord;
  draft?: EditRecord;
  /** The text shown (the editor's, once it exists). */
  text: string;
  editor?: CodeEditor;
  saveTimer?: ReturnType<typeof setTimeout>;
}

export function startLibraryPage(): void {
  const found = withStrings("[data-library-page]");
  if (!found) return;
  const { root: page, s } = found;
  const store = getStore();
  const files = new Map<string, FileState>();
  for (const section of page.querySelectorAll<HTMLElement>("[data-library-file]")) {
    const path = section.dataset.libraryFile!;
    const original = section.dataset.original ?? "";
    files.set(path, { path, section, original, text: original });
  }

  const say = (f: FileState, text: string, kind: "ok" | "warn" | "error" = "ok") => {
    const m = part(f.section, "[data-lib-message]");
    m.textContent = text;
    m.dataset.kind = kind;
  };

  /** The text that is in use for `f`: the applied edit, or the original. */
  const inUse = (f: FileState) => f.applied?.code ?? f.original;

  function showStatus(f: FileState) {
    const stale =
      editStatus(f.applied, f.original) === "stale" || editStatus(f.draft, f.original) === "stale";
    const [kind, text] = stale
      ? ["stale", s["library.stale"]]
      : f.draft
        ? ["draft", s["library.draft"]]
        : f.applied
          ? ["modified", s["library.modified"]]
          : ["", ""];
    for (const el of [
      part(f.section, "[data-lib-status]"),
      part(page, `[data-lib-index-status="${CSS.escape(f.path)}"]`),
    ]) {
      el.textContent = text;
      el.dataset.kind = kind;
    }
    part(page, "[data-lib-top]").hidden = ![...files.values()].some((x) => x.applied || x.draft);
    if (stale && !part(f.section, "[data-lib-message]").textContent) say(f, s["library.staleNote"]);
    const diff = part(f.section, "[data-lib-diff]");
    if (!diff.hidden) renderDiff(f);
  }

  function renderDiff(f: FileState) {
    const box = part(f.section, "[data-lib-diff]");
    const rows = diffRows(f.original, f.text, { lineNumbers: true });
    if (rows.length === 0) box.textContent = s["library.noChanges"];
    else box.replaceChildren(...rows);
  }

  /** Show `text` in the file's editor, or in its static view when the editor is not loaded yet. */
  function show(f: FileState, text: string) {
    if (f.editor) {
      if (f.editor.getCode() !== text) f.editor.setCode(text);
    } else if (text !== f.text) {
      // The static view already shows f.text (the build highlighted the original): redo it only
      // when the text changes, so opening the page does not re-highlight the whole library.
      part(f.section, "[data-cell-editor] pre code").innerHTML = highlight(text);
    }
    f.text = text;
  }

  async function saveDraft(f: FileState) {
    if (f.text === inUse(f)) {
      if (f.draft) await store.clearEdit("library-draft", f.path);
      f.draft = undefined;
    } else {
      const r = await store.saveEdit("library-draft", f.path, f.original, f.text, f.draft?.rev ?? 0);
      if (r.ok) f.draft = r.record;
      else if (r.reason === "quota") say(f, s["store.quota"], "error");
      else offerConflict(f, r.current);
    }
    showStatus(f);
  }

  function offerConflict(f: FileState, theirs: EditRecord) {
    say(f, s["store.conflict"], "error");
    const m = part(f.section, "[data-lib-message]");
    const load = button(s["store.loadTheirs"], () => {
      f.draft = theirs;
      show(f, theirs.code);
      say(f, "");
      showStatus(f);
    });
    const keep = button(s["store.keepMine"], () => {
      f.draft = theirs;
      say(f, "");
      void saveDraft(f);
    });
    m.append(" ", load, " ", keep);
  }

  function onEdit(f: FileState, text: string) {
    f.text = text;
    clearTimeout(f.saveTimer);
    f.saveTimer = setTimeout(() => {
      f.saveTimer = undefined;
      void saveDraft(f);
    }, 300);
  }

  async function mountEditor(f: FileState) {
    if (f.editor) return;
    const [{ createEditor }, { librarySetup }] = await Promise.all([
      import("./editing/editor.ts"),
      import("./editing/library-setup.ts"),
    ]);
    if (f.editor) return;
    const host = part(f.section, "[data-cell-editor]");
    host.replaceChildren();
    f.editor = createEditor(host, f.text, {
      label: s["library.editorLabel"].replace("{file}", f.path),
      setup: librarySetup,
      onChange: (code) => onEdit(f, code),
    });
    f.editor.view.focus();
    void import("./editing/typecheck.ts").then(({ attachTypescript }) =>
      attachTypescript(f.editor!.view, {
        lang: pageLang(),
        doc: { file: f.path },
        getLibrary: () => Object.fromEntries([...files.values()].map((g) => [g.path, g.text])),
      }),
    );
  }

  /**
   * Load the library with `edits` in the kernel, checked; `error` says why it could not load,
   * else `verdicts` are its checks (null: the course's library).
   */
  async function tryLibrary(
    edits: { id: string; code: string }[],
  ): Promise<{ error: string } | { error?: undefined; verdicts: LibraryVerdict[] | null }> {
    const originals = Object.fromEntries([...files.values()].map((f) => [f.path, f.original]));
    const kernel = getKernel();
    const t0 = performance.now();
    const result = await kernel.setLibraryOverrides(withEdits(originals, edits));
    // How long Apply took, checks included (read by the browser tests, which report it).
    page.dataset.applyMs = (performance.now() - t0).toFixed(0);
    return result.ok
      ? { verdicts: result.value }
      : { error: libraryErrorText(result.error, kernel.timeLimitMs) };
  }

  /** Each checked function's verdict, under the file just applied (one list on the page at a time). */
  function showVerdicts(f: FileState, verdicts: LibraryVerdict[] | null) {
    for (const g of files.values()) {
      const list = part(g.section, "[data-lib-verdicts]");
      list.hidden = true;
      list.replaceChildren();
    }
    if (!verdicts) return;
    const box = part(f.section, "[data-lib-verdicts]");
    const failing = verdicts.filter((v) => !v.ok).length;
    const head = document.createElement("p");
    head.className = "lib-verdicts-head";
    head.textContent = failing
      ? s["library.checksFailing"].replace("{n}", String(failing)).replace("{total}", String(verdicts.length))
      : s["library.checksPassed"].replace("{total}", String(verdicts.length));
    const list = document.createElement("ul");
    list.append(
      ...verdicts.map((v) => {
        const item = document.createElement("li");
        item.dataset.verdict = v.name;
        item.dataset.ok = String(v.ok);
        const mark = document.createElement("span");
        mark.className = "mark";
        mark.textContent = v.ok ? "✓" : "✗";
        mark.setAttribute("aria-label", v.ok ? s["library.checkPassed"] : s["library.checkFailed"]);
        const name = document.createElement("code");
        name.textContent = v.name;
        item.append(mark, " ", name);
        if (v.message) {
          const why = document.createElement("span");
          why.className = "why";
          why.textContent = v.message;
          item.append(why);
        }
        return item;
      }),
    );
    box.replaceChildren(head, list);
    box.hidden = false;
  }

  const appliedList = (except?: string) =>
    [...files.values()].filter((x) => x.applied && x.path !== except).map((x) => x.applied!);

  async function apply(f: FileState) {
    clearTimeout(f.saveTimer);
    say(f, s["library.applying"]);
    const text = f.text;
    const edits = [...appliedList(f.path), ...(text === f.original ? [] : [{ id: f.path, code: text }])];
    const tried = await tryLibrary(edits);
    if (tried.error !== undefined) {
      await saveDraft(f);
      say(f, `${s["library.failed"]}\n${tried.error}`, "error");
      return;
    }
    if (text === f.original) {
      await store.clearEdit("library", f.path);
      f.applied = undefined;
    } else {
      const r = await store.saveEdit("library", f.path, f.original, text, f.applied?.rev ?? 0);
      if (r.ok) f.applied = r.record;
      else if (r.reason === "quota") f.applied = r.record;
      else {
        offerConflict(f, r.current);
        return;
      }
    }
    if (f.draft) await store.clearEdit("library-draft", f.path);
    f.draft = undefined;
    const failing = tried.verdicts?.some((v) => !v.ok);
    say(f, failing ? s["library.appliedFailing"] : s["library.applied"], failing ? "warn" : "ok");
    showVerdicts(f, tried.verdicts);
    showStatus(f);
  }

  async function restore(f: FileState) {
    clearTimeout(f.saveTimer);
    await store.clearEdit("library-draft", f.path);
    await store.clearEdit("library", f.path);
    f.draft = undefined;
    f.applied = undefined;
    show(f, f.original);
    const tried = await tryLibrary(appliedList());
    if (tried.error !== undefined) say(f, `${s["library.failed"]}\n${tried.error}`, "error");
    else {
      say(f, s["library.restored"]);
      showVerdicts(f, tried.verdicts);
    }
    showStatus(f);
  }

  async function restoreAll() {
    for (const f of files.values()) {
      clearTimeout(f.saveTimer);
      if (f.draft) await store.clearEdit("library-draft", f.path);
      if (f.applied) await store.clearEdit("library", f.path);
      f.draft = undefined;
      f.applied = undefined;
      show(f, f.original);
      say(f, "");
      showStatus(f);
    }
    showVerdicts([...files.values()][0], null);
    await getKernel().setLibraryOverrides(null);
    part(page, "[data-lib-top-message]").textContent = s["library.restored"];
  }

  async function load(f: FileState) {
    f.applied = (await store.loadEdit("library", f.path, f.original)).record;
    f.draft = (await store.loadEdit("library-draft", f.path, f.original)).record;
    show(f, f.draft?.code ?? inUse(f));
    showStatus(f);
  }

  for (const f of files.values()) {
    part(f.section, ".lib-bar").hidden = false;
    const pre = part(f.section, "[data-cell-editor] pre");
    pre.addEventListener("focus", () => void mountEditor(f));
    pre.addEventListener("click", () => void mountEditor(f));
    part(f.section, '[data-action="apply"]').addEventListener("click", () => void apply(f));
    part(f.section, '[data-action="restore"]').addEventListener("click", () => void restore(f));
    const diffButton = part(f.section, '[data-action="diff"]');
    diffButton.addEventListener("click", () => {
      const box = part(f.section, "[data-lib-diff]");
      box.hidden = !box.hidden;
      diffButton.setAttribute("aria-expanded", String(!box.hidden));
      diffButton.textContent = box.hidden ? s["library.diff"] : s["library.hideDiff"];
      if (!box.hidden) renderDiff(f);
    });
    void load(f);
  }
  part(page, '[data-action="restore-all"]').addEventListener("click", () => void restoreAll());

  // Arrived from a cell's "open in editor" (#uses=<name>): go to the file that defines <name>.
  const uses = /^#uses=([\w$]+)$/.exec(decodeURIComponent(location.hash))?.[1];
  if (uses) {
    const defines = new RegExp(
      `export\\s+(?:async\\s+)?(?:function\\*?|const|let|class|interface|type)\\s+${uses}\\b`,
    );
    const target = [...files.values()].find((f) => f.path !== "index.ts" && defines.test(f.original));
    if (target) {
      target.section.scrollIntoView();
      void mountEditor(target);
    }
  }

  // Leaving right after typing: write the draft now rather than after the pause.
  addEventListener("pagehide", () => {
    for (const f of files.values())
      if (f.saveTimer) {
        clearTimeout(f.saveTimer);
        f.saveTimer = undefined;
        void saveDraft(f);
      }
  });

  // Another tab changed a file: show its version unless this tab has unsaved typing there.
  store.onChange((c) => {
    if (c.from !== "other-tab") return;
    const targets =
      c.type === "import"
        ? [...files.values()]
        : c.type === "edit" && c.kind !== "cell" && files.has(c.id)
          ? [files.get(c.id)!]
          : [];
    for (const f of targets) if (!f.saveTimer) void load(f);
  });
}
