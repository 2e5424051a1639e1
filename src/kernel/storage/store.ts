/**
 * The reader's work — cell edits, library edits, exercise progress, trained models — kept in a
 * KV (IndexedDB in the browser). Two tabs never overwrite each other's newer edit (revisions,
 * checked inside one transaction) and hear about each other's changes (BroadcastChannel). When
 * the storage quota is full, the edit stays in memory, and listeners hear `quota` so the page can
 * offer an export.
 */
import { isQuotaError, type KV } from "./kv.ts";
import {
  decideWrite,
  EDIT_KINDS,
  editKey,
  editStatus,
  emptyProgress,
  mergeProgress,
  nextEdit,
  type EditRecord,
  type EditStatus,
  type ModelRecord,
  type Progress,
  type ReviewCard,
} from "./records.ts";
import { importWins, type ImportPlan, type Snapshot } from "./transfer.ts";

export type EditKind = EditRecord["kind"];

/** What changed, and whether it happened in this tab or another one. */
export type StoreChange =
  | { type: "edit"; kind: EditKind; id: string; from: "here" | "other-tab" }
  | { type: "progress"; from: "here" | "other-tab" }
  | { type: "model"; name: string; from: "here" | "other-tab" }
  | { type: "import"; from: "here" | "other-tab" }
  | { type: "quota"; key: string; from: "here" };

export type SaveResult =
  | { ok: true; record: EditRecord }
  /** Another tab saved a newer revision; nothing was written. */
  | { ok: false; reason: "conflict"; current: EditRecord }
  /** Storage is full: the edit is kept in memory for this visit (export it to keep it). */
  | { ok: false; reason: "quota"; record: EditRecord };

export interface LoadedEdit {
  record?: EditRecord;
  status: EditStatus;
}

/** The bits of BroadcastChannel the store uses (so tests can pass a pair of fakes). */
export interface Channel {
  postMessage(message: unknown): void;
  addEventListener(type: "message", listener: (event: { data: unknown }) => void): void;
}

const PROGRESS_KEY = "progress";
const META_KEY = "meta";

/** What the store notes about the reader's work as a whole (never exported). */
export interface StoreMeta {
  /** When this browser first kept work of the reader's (a save, a pass, a model). */
  since?: number;
  /** When the reader last exported their work to a file. */
  exportedAt?: number;
  /** When the reader last dismissed the reminder to export. */
  reminderDismissedAt?: number;
}

export interface StoreOptions {
  now?: () => number;
  /**
   * Called after each write of work worth keeping — a saved edit, a passed exercise, a kept
   * model — not for quiz answers or chapters read. The page asks for persistent storage here.
   */
  onKept?: () => void;
}
const modelKey = (name: string) => `model:${name}`;

type Broadcast = Exclude<StoreChange, { type: "quota" }>;

export class Store {
  private readonly listeners = new Set<(change: StoreChange) => void>();
  /** Edits and progress that could not be written (quota), kept for this visit. */
  private readonly pending = new Map<string, unknown>();

  private readonly kv: KV;
  private readonly channel?: Channel;
  private readonly now: () => number;
  private readonly onKept?: () => void;
  private sinceNoted = false;

  constructor(kv: KV, channel?: Channel, options: StoreOptions = {}) {
    this.kv = kv;
    this.channel = channel;
    this.now = options.now ?? Date.now;
    this.onKept = options.onKept;
    channel?.addEventListener("message", (event) => {
      const data = event.data as Broadcast | undefined;
      if (data && typeof data.type === "string") this.emit({ ...data, from: "other-tab" } as StoreChange);
    });
  }

  /** Hear about changes from this tab and others. Returns the unsubscribe function. */
  onChange(listener: (change: StoreChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(change: StoreChange) {
    for (const l of this.listeners) l(change);
  }

  private announce(change: Broadcast) {
    this.emit(change);
    this.channel?.postMessage({ ...change, from: undefined });
  }

  /** Write, or on a full quota keep in memory and tell listeners. Other errors are thrown. */
  private async guarded(key: string, value: unknown, write: () => Promise<void>): Promise<boolean> {
    try {
      await write();
      this.pending.delete(key);
      return true;
    } catch (err) {
      if (!isQuotaError(err)) throw err;
      this.pending.set(key, value);
      this.emit({ type: "quota", key, from: "here" });
      return false;
    }
  }

  /** Work worth keeping was written: note since when (once), and tell the page. */
  private async kept(): Promise<void> {
    if (!this.sinceNoted) {
      this.sinceNoted = true;
      const now = this.now();
      await this.kv.update(META_KEY, (old) => {
        const meta = (old as StoreMeta | undefined) ?? {};
        return meta.since === undefined ? { ...meta, since: now } : meta;
      });
    }
    this.onKept?.();
  }

  async getMeta(): Promise<StoreMeta> {
    return ((await this.kv.get(META_KEY)) as StoreMeta | undefined) ?? {};
  }

  private setMeta(change: Partial<StoreMeta>): Promise<void> {
    return this.kv.update(META_KEY, (old) => ({ ...((old as StoreMeta | undefined) ?? {}), ...change }));
  }

  /** The reader saved their work to a file just now. */
  noteExported(): Promise<void> {
    return this.setMeta({ exportedAt: this.now() });
  }

  /** The reader dismissed the reminder to export. */
  dismissReminder(): Promise<void> {
    return this.setMeta({ reminderDismissedAt: this.now() });
  }

  /** Keys kept only in memory because storage was full. */
  get unsaved(): string[] {
    return [...this.pending.keys()];
  }

  // ---- edits of cells and library files ----

  async loadEdit(kind: EditKind, id: string, original: string): Promise<LoadedEdit> {
    const key = editKey(kind, id);
    const record = (this.pending.get(key) ?? (await this.kv.get(key))) as EditRecord | undefined;
    return { record, status: editStatus(record, original) };
  }

  /**
   * Save the reader's `code` for a cell or library file whose course version is `original`.
   * `baseRev` is the revision this tab loaded or last saved (0 if none): if another tab has saved
   * since, nothing is written and the newer edit is returned.
   */
  async saveEdit(
    kind: EditKind,
    id: string,
    original: string,
    code: string,
    baseRev: number,
  ): Promise<SaveResult> {
    const key = editKey(kind, id);
    const incoming = nextEdit(kind, id, original, code, undefined, this.now());
    // An edit kept in memory (full quota) is one revision ahead of the stored one.
    const kept = this.pending.get(key) as EditRecord | undefined;
    if (kept && kept.rev === baseRev) baseRev -= 1;
    let decision: ReturnType<typeof decideWrite> | undefined;
    const written = await this.guarded(key, { ...incoming, rev: baseRev + 1 }, () =>
      this.kv.update(key, (old) => {
        decision = decideWrite(old as EditRecord | undefined, incoming, baseRev);
        return decision.action === "write" ? decision.record : old;
      }),
    );
    if (!written) return { ok: false, reason: "quota", record: this.pending.get(key) as EditRecord };
    if (!decision) throw new Error("storage update did not run");
    if (decision.action === "conflict") return { ok: false, reason: "conflict", current: decision.current };
    if (decision.action === "same") return { ok: true, record: decision.current };
    this.announce({ type: "edit", kind, id, from: "here" });
    await this.kept();
    return { ok: true, record: decision.record };
  }

  /** Forget the reader's edit (Reset / Restore). */
  async clearEdit(kind: EditKind, id: string): Promise<void> {
    const key = editKey(kind, id);
    this.pending.delete(key);
    await this.kv.del(key);
    this.announce({ type: "edit", kind, id, from: "here" });
  }

  async listEdits(kind?: EditKind): Promise<EditRecord[]> {
    const out = new Map<string, EditRecord>();
    const isEdit = (k: string) => EDIT_KINDS.some((kind) => k.startsWith(`${kind}:`));
    for (const [k, v] of await this.kv.entries()) if (isEdit(k)) out.set(k, v as EditRecord);
    for (const [k, v] of this.pending) if (isEdit(k)) out.set(k, v as EditRecord);
    return [...out.values()].filter((e) => !kind || e.kind === kind).sort((a, b) => a.id.localeCompare(b.id));
  }

  // ---- progress ----

  async getProgress(): Promise<Progress> {
    const stored = ((await this.kv.get(PROGRESS_KEY)) as Progress | undefined) ?? emptyProgress();
    const kept = this.pending.get(PROGRESS_KEY) as Progress | undefined;
    return kept ? mergeProgress(stored, kept) : stored;
  }

  private async addProgress(delta: Progress): Promise<boolean> {
    const kept = (this.pending.get(PROGRESS_KEY) as Progress | undefined) ?? emptyProgress();
    const ok = await this.guarded(PROGRESS_KEY, mergeProgress(kept, delta), () =>
      this.kv.update(PROGRESS_KEY, (old) =>
        mergeProgress((old as Progress | undefined) ?? emptyProgress(), delta),
      ),
    );
    if (ok) this.announce({ type: "progress", from: "here" });
    return ok;
  }

  /** Record that the exercise `exerciseId` was passed (the first time counts). */
  async markPassed(exerciseId: string): Promise<void> {
    if (await this.addProgress({ ...emptyProgress(), passed: { [exerciseId]: this.now() } }))
      await this.kept();
  }

  /** Record that the reader checked the exercise `exerciseId`, passing or not (the first time counts). */
  async markChecked(exerciseId: string): Promise<void> {
    await this.addProgress({ ...emptyProgress(), checked: { [exerciseId]: this.now() } });
  }

  /**
   * Record the reader's answer to a quiz (the newest answer counts). `right` says whether it was
   * the right option: kept as the first try when no earlier answer is stored.
   */
  async answerQuiz(quizId: string, choice: string, right?: boolean): Promise<void> {
    const at = this.now();
    const answer = right === undefined ? { choice, at } : { choice, at, first: { right, at } };
    await this.addProgress({ ...emptyProgress(), quiz: { [quizId]: answer } });
  }

  /** Record a prediction: the option index the reader committed to, or "skip" (the first one counts). */
  async predict(predictionId: string, choice: string): Promise<void> {
    await this.addProgress({ ...emptyProgress(), predict: { [predictionId]: { choice, at: this.now() } } });
  }

  /** Store a review item's new place in the schedule (computed by src/review/schedule.ts). */
  async saveReviewCard(itemId: string, card: ReviewCard): Promise<void> {
    await this.addProgress({ ...emptyProgress(), review: { [itemId]: card } });
  }

  /** The store's clock (tests pass their own). */
  time(): number {
    return this.now();
  }

  /** Record that a chapter (by slug) was read. */
  async markRead(chapter: string): Promise<void> {
    await this.addProgress({ ...emptyProgress(), read: { [chapter]: this.now() } });
  }

  // ---- trained models ----

  /** Keep a model the reader trained: `meta` and `weights` as returned by the library's saveModel. */
  async saveTrainedModel(name: string, meta: unknown, weights: Uint8Array): Promise<boolean> {
    const record: ModelRecord = { name, meta, weights, savedAt: this.now() };
    const ok = await this.guarded(modelKey(name), record, () => this.kv.set(modelKey(name), record));
    if (ok) {
      this.announce({ type: "model", name, from: "here" });
      await this.kept();
    }
    return ok;
  }

  async loadTrainedModel(name: string): Promise<ModelRecord | undefined> {
    const key = modelKey(name);
    return (this.pending.get(key) ?? (await this.kv.get(key))) as ModelRecord | undefined;
  }

  async deleteTrainedModel(name: string): Promise<void> {
    this.pending.delete(modelKey(name));
    await this.kv.del(modelKey(name));
    this.announce({ type: "model", name, from: "here" });
  }

  // ---- everything at once ----

  /** Everything stored, including what is only in memory because storage was full. */
  async snapshot(): Promise<Snapshot> {
    const models = new Map<string, ModelRecord>();
    for (const [k, v] of await this.kv.entries()) if (k.startsWith("model:")) models.set(k, v as ModelRecord);
    for (const [k, v] of this.pending) if (k.startsWith("model:")) models.set(k, v as ModelRecord);
    return {
      edits: await this.listEdits(),
      progress: await this.getProgress(),
      models: [...models.values()],
    };
  }

  /**
   * Merge an imported `snapshot` in (the reader confirmed its `plan`): each edit and model the
   * plan adds or updates is written only if it is still newer than what is stored, checked in the
   * same transaction (another tab may have saved meanwhile); progress is merged. Imported edits
   * become a new revision, so open tabs see them as newer. Returns what was really written.
   */
  async applyImport(snapshot: Snapshot, plan: ImportPlan): Promise<{ written: number; kept: number }> {
    const wanted = new Set(
      plan.changes.filter((c) => c.change === "add" || c.change === "update").map((c) => `${c.what}:${c.id}`),
    );
    let written = 0;
    let kept = 0;
    for (const e of snapshot.edits) {
      const key = editKey(e.kind, e.id);
      if (!wanted.has(key)) continue;
      let wrote = false;
      await this.kv.update(key, (old) => {
        const mine = old as EditRecord | undefined;
        wrote = importWins(mine?.updatedAt, e.updatedAt);
        return wrote ? { ...e, rev: (mine?.rev ?? 0) + 1 } : old;
      });
      if (wrote) written++;
      else kept++;
    }
    for (const m of snapshot.models) {
      const key = modelKey(m.name);
      if (!wanted.has(`model:${m.name}`)) continue;
      let wrote = false;
      await this.kv.update(key, (old) => {
        wrote = importWins((old as ModelRecord | undefined)?.savedAt, m.savedAt);
        return wrote ? m : old;
      });
      if (wrote) written++;
      else kept++;
    }
    await this.kv.update(PROGRESS_KEY, (old) =>
      mergeProgress((old as Progress | undefined) ?? emptyProgress(), snapshot.progress),
    );
    if (written > 0 || plan.progressAdded > 0) await this.kept();
    // What came from a file is in a file: it needs no reminder to export.
    const newest = Math.max(
      0,
      ...snapshot.edits.map((e) => e.updatedAt),
      ...snapshot.models.map((m) => m.savedAt),
      ...Object.values(snapshot.progress.passed),
    );
    await this.kv.update(META_KEY, (old) => {
      const meta = (old as StoreMeta | undefined) ?? {};
      return { ...meta, exportedAt: Math.max(meta.exportedAt ?? 0, newest) };
    });
    this.announce({ type: "import", from: "here" });
    return { written, kept };
  }
}
