/**
 * Cells backed by the reader's storage: saved edits come back on reload (with a notice and a
 * comparison when the course changed the cell since), two tabs do not overwrite each other, a
 * full quota is reported with an offer to export, and share links open a cell's shared code
 * WITHOUT running it. Imported by loader.ts before it asks for any saved code.
 */
import { setEditStore, type EditStore } from "../../kernel/edits.ts";
import { highlight } from "../../kernel/highlight.ts";
import { decodeShare, encodeShare } from "../../kernel/share.ts";
import { crashedRuns } from "../../kernel/storage/crash-note.ts";
import { getStore } from "../../kernel/storage/index.ts";
import { pageLang } from "../../i18n/lang.ts";
import type { UiKey } from "../../i18n/index.ts";
import type { EditRecord } from "../../kernel/storage/records.ts";

const lang = pageLang();
/**
 * The UI strings and the notices' module, loaded with the first notice (neither is in this
 * first-load script; every notice is shown after something asynchronous anyway). Every notice
 * starts with `await say(…)`, so `kit` is there by the time a notice or a button is made.
 */
type Kit = [typeof import("../../i18n/index.ts"), typeof import("../editing/notice.ts")];
let loading: Promise<Kit> | undefined;
let kit: Kit | undefined;
async function say(key: UiKey, vars: Record<string, string> = {}): Promise<string> {
  kit = await (loading ??= Promise.all([import("../../i18n/index.ts"), import("../editing/notice.ts")]));
  return kit[0].t(lang, key, vars);
}
const button = (label: string, onClick: () => void) => kit![1].button(label, onClick);
const store = getStore();
/** The revision of each cell's saved edit this tab has seen (0: none). */
const revs = new Map<string, number>();
const shared = decodeShare(location.hash);

const cellById = (id: string) => document.querySelector<HTMLElement>(`[data-cell="${CSS.escape(id)}"]`);

/** Show a notice of `kind` above the cell's code (one per kind; replaced when shown again). */
function notice(cell: HTMLElement, kind: string, text: string, ...extra: Node[]): HTMLElement {
  cell.querySelector(`[data-store-notice="${kind}"]`)?.remove();
  const box = kit![1].noticeBox(kind, text, ...extra);
  cell.querySelector("[data-cell-editor]")?.before(box);
  return box;
}

const clearNotices = (cell: HTMLElement, ...kinds: string[]) =>
  kinds.forEach((k) => cell.querySelector(`[data-store-notice="${k}"]`)?.remove());

/** Show `code` in a cell whose editor has not opened yet (the static view). */
function showStatic(cell: HTMLElement, code: string) {
  cell.dataset.currentCode = code;
  const el = cell.querySelector(".cell-code code");
  if (el) el.innerHTML = highlight(code);
}

async function offerExport(cell: HTMLElement) {
  notice(
    cell,
    "quota",
    await say("store.quota"),
    button(await say("store.exportOffer"), async () => {
      const { downloadExport } = await import("../MyWorkClient.ts");
      downloadExport(await store.snapshot());
    }),
  );
}

async function offerStale(cell: HTMLElement, record: EditRecord, original: string) {
  const id = cell.dataset.cell!;
  const mine = () => cell.dataset.currentCode ?? record.code;
  const text = await say("cell.stale");
  cell.querySelector('[data-store-notice="stale"]')?.remove();
  const box = kit![1].staleNotice({
    text,
    compareLabel: await say("library.diff"),
    keepLabel: await say("store.keepMine"),
    resetLabel: await say("cell.reset"),
    original,
    mine,
    // Keep the reader's code, now as an edit of the course's current code: no longer stale.
    keep: async () => {
      const r = await store.saveEdit("cell", id, original, mine(), revs.get(id) ?? 0);
      if (!r.ok) return false;
      revs.set(id, r.record.rev);
      savedCode.set(id, r.record.code);
      cell.dataset.edited = "true";
      return true;
    },
    reset: () => cell.querySelector<HTMLElement>('[data-action="reset"]')?.click(),
  });
  cell.querySelector("[data-cell-editor]")?.before(box);
}

async function offerConflict(cell: HTMLElement, theirs: EditRecord, mine: string, original: string) {
  const id = cell.dataset.cell!;
  notice(
    cell,
    "conflict",
    await say("store.conflict"),
    button(await say("store.loadTheirs"), () => location.reload()),
    button(await say("store.keepMine"), async () => {
      const r = await store.saveEdit("cell", id, original, mine, theirs.rev);
      if (r.ok) {
        revs.set(id, r.record.rev);
        savedCode.set(id, r.record.code);
      }
      clearNotices(cell, "conflict");
    }),
  );
}

/** The code stored for each cell as far as this tab knows, and each cell's saves (one at a time). */
const savedCode = new Map<string, string>();
const saving = new Map<string, Promise<void>>();

async function write(cellId: string, code: string, original: string): Promise<void> {
  if (savedCode.get(cellId) === code) return dropPending(cellId, code);
  const cell = cellById(cellId);
  if (cell) delete cell.dataset.shared; // the reader changed it: it is their edit now
  if (code === original) {
    await store.clearEdit("cell", cellId);
    revs.set(cellId, 0);
    savedCode.set(cellId, code);
    dropPending(cellId, code);
    return;
  }
  const r = await store.saveEdit("cell", cellId, original, code, revs.get(cellId) ?? 0);
  if (r.ok) {
    revs.set(cellId, r.record.rev);
    savedCode.set(cellId, code);
    dropPending(cellId, code);
  } else if (r.reason === "quota") {
    revs.set(cellId, r.record.rev);
    savedCode.set(cellId, code);
    if (cell) await offerExport(cell);
  } else if (cell) await offerConflict(cell, r.current, code, original);
}

function save(cellId: string, code: string, original: string): Promise<void> {
  const next = (saving.get(cellId) ?? Promise.resolve()).then(() => write(cellId, code, original));
  saving.set(cellId, next);
  return next;
}

// The cell UI saves a moment after the last keystroke; leaving the page sooner must not lose it.
// IndexedDB may not finish writing while the page unloads, so the unsaved code also goes to
// localStorage (synchronous); the next visit moves it into IndexedDB.
const PENDING = "attention-live/pending-cell:";
interface Pending {
  code: string;
  original: string;
  rev: number;
}

/** Keep unsaved code in localStorage until IndexedDB has it (false: localStorage refused it). */
function holdPending(cellId: string, code: string, original: string): boolean {
  try {
    const pending: Pending = { code, original, rev: revs.get(cellId) ?? 0 };
    localStorage.setItem(PENDING + cellId, JSON.stringify(pending));
    return true;
  } catch {
    return false; // storage disabled or full
  }
}

/** IndexedDB has `code` (or, without it, the cell was reset): its hold in localStorage can go, not a newer one. */
function dropPending(cellId: string, code?: string): void {
  try {
    const held = localStorage.getItem(PENDING + cellId);
    if (code !== undefined && held !== null && (JSON.parse(held) as Pending).code !== code) return;
    localStorage.removeItem(PENDING + cellId);
  } catch {
    // storage disabled: nothing was held there
  }
}

/**
 * Hold the code in localStorage (synchronous: a tab that dies next does not lose it) and save it
 * to IndexedDB. Resolves at once if localStorage took it, else once IndexedDB has it.
 */
function keep(cellId: string, code: string, original: string): Promise<void> {
  const held = holdPending(cellId, code, original);
  const saving = save(cellId, code, original);
  return held ? Promise.resolve() : saving;
}

function flush() {
  for (const cell of document.querySelectorAll<HTMLElement>("[data-cell]")) {
    const id = cell.dataset.cell!;
    const code = cell.dataset.currentCode;
    if (code === undefined || cell.dataset.shared || code === savedCode.get(id)) continue;
    void keep(id, code, cell.dataset.code ?? "");
  }
}
addEventListener("pagehide", flush);
document.addEventListener("visibilitychange", () => {
  if (document.visibilityState === "hidden") flush();
});

/** Code left unsaved by the last visit, if it still applies (same course code, nothing newer saved). */
function takePending(cellId: string, original: string, storedRev: number): string | undefined {
  try {
    const raw = localStorage.getItem(PENDING + cellId);
    if (raw === null) return undefined;
    localStorage.removeItem(PENDING + cellId);
    const p = JSON.parse(raw) as Pending;
    return p.original === original && p.rev === storedRev ? p.code : undefined;
  } catch {
    return undefined;
  }
}

const persistent: EditStore = {
  async getInitialCode(cellId, original) {
    const [share, { record, status }] = await Promise.all([shared, store.loadEdit("cell", cellId, original)]);
    revs.set(cellId, record?.rev ?? 0);
    savedCode.set(cellId, record?.code ?? original);
    const pending = takePending(cellId, original, record?.rev ?? 0);
    if (pending !== undefined && share.kind !== "ok") {
      await save(cellId, pending, original);
      return { code: pending, stale: false };
    }
    const cell = cellById(cellId);
    if (share.kind === "ok" && share.shared.cell === cellId && cell) {
      cell.dataset.shared = "true";
      notice(
        cell,
        "shared",
        await say("share.banner"),
        button(await say("share.discard"), () => {
          history.replaceState(null, "", location.pathname + location.search);
          location.reload();
        }),
      );
      // Once the reader runs it, it is no longer "not run".
      new MutationObserver((_m, observer) => {
        if (cell.dataset.state === "idle") return;
        clearNotices(cell, "shared");
        observer.disconnect();
      }).observe(cell, { attributes: true, attributeFilter: ["data-state"] });
      return { code: share.shared.code, stale: false };
    }
    if (!record) return undefined;
    if (status === "stale" && cell) await offerStale(cell, record, original);
    return { code: record.code, stale: status === "stale" };
  },

  // Held in localStorage from the moment it is saved until IndexedDB has it: a tab that dies while
  // the write is under way (before or after a Run) does not lose the edit.
  onCellEdit: keep,

  // A run must not wait for IndexedDB (tens of milliseconds on a first save): localStorage holds
  // the edit until the write lands, and the next visit recovers it from there.
  keepBeforeRun: keep,

  async onCellReset(cellId) {
    await (saving.get(cellId) ?? Promise.resolve());
    await store.clearEdit("cell", cellId);
    dropPending(cellId);
    revs.set(cellId, 0);
    savedCode.delete(cellId);
    const cell = cellById(cellId);
    if (cell) clearNotices(cell, "stale", "conflict", "shared");
  },
};
setEditStore(persistent);

// Another tab saved an edit of a cell on this page: show it here too, unless this tab's editor is
// open on that cell (then say so, and let the reader choose).
store.onChange(async (c) => {
  if (c.from !== "other-tab" || c.type !== "edit" || c.kind !== "cell") return;
  const cell = cellById(c.id);
  if (!cell || cell.dataset.shared) return;
  const original = cell.dataset.code ?? "";
  const { record, status } = await store.loadEdit("cell", c.id, original);
  if ((record?.rev ?? 0) === revs.get(c.id)) return;
  if (cell.querySelector(".cm-content")) {
    if (record) await offerConflict(cell, record, cell.dataset.currentCode ?? original, original);
    return;
  }
  revs.set(c.id, record?.rev ?? 0);
  savedCode.set(c.id, record?.code ?? original);
  showStatic(cell, record?.code ?? original);
  if (!record) delete cell.dataset.currentCode;
  // A tab still open on an older version of the course saved it: the course has changed this
  // cell since, and the reader must see that, as on load.
  if (record && status === "stale") {
    cell.dataset.edited = "stale";
    await offerStale(cell, record, original);
  } else clearNotices(cell, "stale");
});

// A share link that cannot be read: say so once, above the page's first cell; the cells stay as the course has them.
void shared.then(async (share) => {
  if (share.kind === "none") return;
  if (share.kind === "error") {
    const first = document.querySelector<HTMLElement>("[data-cell]");
    if (first)
      notice(first, "share-error", await say(share.reason === "version" ? "share.badVersion" : "share.bad"));
    return;
  }
  const cell = cellById(share.shared.cell);
  if (!cell) {
    const first = document.querySelector<HTMLElement>("[data-cell]");
    if (first) notice(first, "share-error", await say("share.noCell", { id: share.shared.cell }));
    return;
  }
  cell.scrollIntoView({ block: "center" });
});

// "Copy share link" on any cell.
document.addEventListener("click", async (ev) => {
  const b = (ev.target as Element).closest<HTMLElement>('[data-cell] [data-action="share"]');
  if (!b) return;
  const cell = b.closest<HTMLElement>("[data-cell]")!;
  const code = cell.dataset.currentCode ?? cell.dataset.code ?? "";
  const hash = await encodeShare({ cell: cell.dataset.cell!, code });
  if (!hash) {
    notice(cell, "share", await say("share.tooLong"));
    return;
  }
  const link = `${location.origin}${location.pathname}${hash}`;
  cell.dataset.shareLink = link;
  try {
    await navigator.clipboard.writeText(link);
    notice(cell, "share", await say("share.copied"));
  } catch {
    const input = document.createElement("input");
    input.readOnly = true;
    input.value = link;
    input.setAttribute("aria-label", await say("share.button"));
    notice(cell, "share", await say("share.copyFailed"), input);
    input.select();
  }
});

// A cell that was running when an earlier visit's tab died (most likely out of memory) says so.
void crashedRuns().then(async (ids) => {
  for (const id of ids) {
    const cell = cellById(id);
    if (cell) notice(cell, "crashed", await say("cell.crashed"));
  }
});
