/**
 * The "My work" page: what is stored, and export/import of all of it as one JSON file. An import
 * is checked completely and shown as a list of changes; nothing is written until the reader
 * confirms.
 */
import { format, pageLang } from "../i18n/lang.ts";
import { part } from "./editing/dom.ts";
import { strings } from "./strings.ts";
import { getStore, KEPT_MARK } from "../kernel/storage/index.ts";
import { askToKeepAgain, persistence, type Persistence } from "../kernel/storage/persist.ts";
import {
  MAX_IMPORT_BYTES,
  parseImport,
  planCounts,
  planImport,
  toExportFile,
  type ImportPlan,
  type Snapshot,
} from "../kernel/storage/transfer.ts";

function li(text: string, tag?: string): HTMLLIElement {
  const item = document.createElement("li");
  item.textContent = text;
  if (tag) {
    const span = document.createElement("span");
    span.className = "tag";
    span.textContent = tag;
    item.append(span);
  }
  return item;
}

function list(items: HTMLLIElement[], empty: string): HTMLElement {
  if (items.length === 0) {
    const p = document.createElement("p");
    p.textContent = empty;
    return p;
  }
  const ul = document.createElement("ul");
  ul.append(...items);
  return ul;
}

/** Save `snapshot` as a file download, and note when (the reminder to export goes quiet). */
export function downloadExport(snapshot: Snapshot): void {
  void getStore().noteExported();
  const now = new Date();
  const blob = new Blob([JSON.stringify(toExportFile(snapshot, now), null, 1)], { type: "application/json" });
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = `attention-live-my-work-${now.toISOString().slice(0, 10)}.json`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/** When work was first kept in this browser, as noted in localStorage (null: never, or cleared). */
function keptMark(): string | null {
  try {
    return localStorage.getItem(KEPT_MARK);
  } catch {
    return null;
  }
}

export function startMyWork(): void {
  const found = document.querySelector<HTMLElement>("[data-my-work]");
  if (!found) return;
  const root: HTMLElement = found;
  const s = strings[pageLang()].myWork;
  const store = getStore();
  const message = part(root, "[data-transfer-message]");
  const planBox = part(root, "[data-import-plan]");
  let pending: { snapshot: Snapshot; plan: ImportPlan } | undefined;

  const say = (text: string, kind: "ok" | "error" = "ok") => {
    message.textContent = text;
    message.dataset.kind = kind;
  };

  const keep = part(root, "[data-persistence]");
  const askButton = part<HTMLButtonElement>(root, '[data-action="persist"]');
  function showPersistence(state: Persistence, refused = false) {
    keep.dataset.persistence = state;
    part(keep, "[data-persistence-text]").textContent =
      state === "persistent" ? s.kept : refused ? s.keepRefused : s.mayClear;
    askButton.hidden = state === "persistent";
  }
  askButton.addEventListener("click", async () => {
    const state = await askToKeepAgain();
    showPersistence(state, state !== "persistent");
  });

  /** Empty here: say whether the browser cleared work that was kept, and offer the import. */
  async function showGone(empty: boolean) {
    const gone = part(root, "[data-work-gone]");
    gone.hidden = !empty;
    if (!empty) return;
    const mark = keptMark();
    const since = (await store.getMeta()).since;
    const text = part(gone, "[data-work-gone-text]");
    // The mark outlived the database: the browser (or the reader) cleared the stored work.
    if (mark !== null && since === undefined)
      text.textContent = format(s.gone, {
        date: new Date(Number(mark)).toLocaleDateString(document.documentElement.lang),
      });
    else text.textContent = s.empty;
    gone.dataset.workGone = mark !== null && since === undefined ? "cleared" : "empty";
  }

  async function render() {
    const snap = await store.snapshot();
    const p = snap.progress;
    const empty =
      snap.edits.length + snap.models.length === 0 &&
      Object.keys(p.passed).length + Object.keys(p.quiz).length + Object.keys(p.read).length === 0;
    await showGone(empty);
    const count = (k: string) => snap.edits.filter((e) => e.kind === k).length;
    part(root, "[data-work-summary]").textContent = format(s.summary, {
      cells: count("cell"),
      library: count("library"),
      models: snap.models.length,
    });

    const edits = [
      ...snap.edits.map((e) => li(`${s.kind[e.kind]} · ${e.id}`)),
      ...snap.models.map((m) => li(`${s.kind.model} · ${m.name}`)),
    ];
    part(root, "[data-edits-list]").replaceChildren(list(edits, s.noEdits));
  }

  for (const b of root.querySelectorAll('[data-action="export"]'))
    b.addEventListener("click", async () => {
      downloadExport(await store.snapshot());
      say(s.exported);
    });

  const input = part<HTMLInputElement>(root, "[data-import-file]");
  part(root, '[data-action="import-open"]').addEventListener("click", () => input.click());
  input.addEventListener("change", async () => {
    const file = input.files?.[0];
    input.value = "";
    pending = undefined;
    planBox.hidden = true;
    if (!file) return;
    const result =
      file.size > MAX_IMPORT_BYTES ? parseImport("", file.size) : parseImport(await file.text(), file.size);
    if (!result.ok) {
      say(format(s.err[result.code], { detail: result.detail }), "error");
      return;
    }
    const plan = planImport(await store.snapshot(), result.snapshot);
    const counts = planCounts(plan);
    if (counts.added === 0 && plan.progressAdded === 0) {
      say(format(s.importNothing, counts));
      return;
    }
    const rows = plan.changes
      .flatMap(({ change, what, id }) => (change === "same" ? [] : [{ change, what, id }]))
      .map((c) => {
        const row = li(`${s.plan[c.change]}: ${s.kind[c.what]} · ${c.id}`);
        row.dataset.change = c.change;
        return row;
      });
    if (plan.progressAdded > 0) rows.push(li(format(s.progressAdded, { n: plan.progressAdded })));
    part(root, "[data-plan-list]").replaceChildren(...rows);
    part(root, "[data-plan-summary]").textContent = format(s.planSummary, counts);
    pending = { snapshot: result.snapshot, plan };
    say("");
    planBox.hidden = false;
    part(root, '[data-action="import-confirm"]').focus();
  });

  part(root, '[data-action="import-confirm"]').addEventListener("click", async () => {
    if (!pending) return;
    const { plan } = pending;
    const done = await store.applyImport(pending.snapshot, plan);
    const counts = planCounts(plan);
    pending = undefined;
    planBox.hidden = true;
    // Another tab may have saved something newer since the plan was made: say what really happened.
    say(format(s.imported, { ...counts, added: done.written, kept: counts.kept + done.kept }));
    await render();
  });

  part(root, '[data-action="import-cancel"]').addEventListener("click", () => {
    pending = undefined;
    planBox.hidden = true;
    say(s.cancelled);
  });

  store.onChange(() => void render());
  void render();
  void persistence().then((state) => showPersistence(state));
}
