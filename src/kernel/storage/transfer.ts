/**
 * "My work" as one JSON file: the schema, the export, and the checks an imported file must pass
 * before anything is written. Pure functions: no IndexedDB, no DOM.
 */
import { base64ToBytes, bytesToBase64 } from "./bytes.ts";
import { hashText } from "./hash.ts";
import {
  EDIT_KINDS,
  emptyProgress,
  type EditRecord,
  type ModelRecord,
  type Progress,
  type QuizAnswer,
  type ReviewCard,
} from "./records.ts";

export const EXPORT_FORMAT = "attention-live/my-work";
/**
 * 2 adds predictions, quiz first tries and the review schedule to `progress`; 3 adds the
 * exercises checked (`progress.checked`). Files of versions 1 and 2 (which lack them) still import.
 */
export const EXPORT_VERSION = 3;
/** The versions an import accepts. */
export const IMPORT_VERSIONS: readonly number[] = [1, 2, 3];
/** Larger files are refused before parsing (trained weights of the date model are ~100 KB). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** Everything stored for the reader. */
export interface Snapshot {
  edits: EditRecord[];
  progress: Progress;
  models: ModelRecord[];
}

/** The file as written. Weights are base64. */
export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  edits: EditRecord[];
  progress: Progress;
  models: { name: string; meta: unknown; weights: string; savedAt: number }[];
}

export function toExportFile(snapshot: Snapshot, now: Date): ExportFile {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    edits: snapshot.edits,
    progress: snapshot.progress,
    models: snapshot.models.map((m) => ({
      name: m.name,
      meta: m.meta,
      weights: bytesToBase64(m.weights),
      savedAt: m.savedAt,
    })),
  };
}

export type ImportErrorCode = "too-large" | "not-json" | "wrong-format" | "wrong-version" | "bad-shape";

export type ImportResult =
  { ok: true; snapshot: Snapshot } | { ok: false; code: ImportErrorCode; detail: string };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v) && v >= 0;

function checkEdit(e: unknown, where: string): string | EditRecord {
  if (!isObject(e)) return `${where} is not an object`;
  const kind = EDIT_KINDS.find((k) => k === e.kind);
  if (!kind) return `${where}.kind must be one of ${EDIT_KINDS.join(", ")}`;
  for (const k of ["id", "original", "code"] as const)
    if (typeof e[k] !== "string") return `${where}.${k} must be text`;
  // Files from before edits carried a time still import: their edits count as oldest.
  if (e.updatedAt !== undefined && !isTime(e.updatedAt)) return `${where}.updatedAt must be a time`;
  const original = e.original as string;
  return {
    kind,
    id: e.id as string,
    original,
    // Recomputed rather than trusted: a hand-edited file cannot make a stale edit look current.
    originalHash: hashText(original),
    code: e.code as string,
    updatedAt: (e.updatedAt as number | undefined) ?? 0,
    rev: Number.isInteger(e.rev) && (e.rev as number) > 0 ? (e.rev as number) : 1,
  };
}

function checkTimes(v: unknown, where: string): string | Record<string, number> {
  if (!isObject(v)) return `${where} is not an object`;
  for (const [k, t] of Object.entries(v)) if (!isTime(t)) return `${where}.${k} must be a time`;
  return v as Record<string, number>;
}

function checkProgress(p: unknown): string | Progress {
  if (p === undefined) return emptyProgress();
  if (!isObject(p)) return "progress is not an object";
  const passed = checkTimes(p.passed ?? {}, "progress.passed");
  if (typeof passed === "string") return passed;
  const read = checkTimes(p.read ?? {}, "progress.read");
  if (typeof read === "string") return read;
  const quiz = p.quiz ?? {};
  if (!isObject(quiz)) return "progress.quiz is not an object";
  const quizOut: Record<string, QuizAnswer> = {};
  for (const [k, a] of Object.entries(quiz)) {
    if (!isObject(a) || typeof a.choice !== "string" || !isTime(a.at))
      return `progress.quiz.${k} must be { choice, at }`;
    const f = a.first;
    if (f !== undefined && (!isObject(f) || typeof f.right !== "boolean" || !isTime(f.at)))
      return `progress.quiz.${k}.first must be { right, at }`;
    quizOut[k] = f
      ? { choice: a.choice, at: a.at, first: { right: f.right as boolean, at: f.at as number } }
      : { choice: a.choice, at: a.at };
  }
  const out: Progress = { passed, read, quiz: quizOut };
  if (p.checked !== undefined) {
    const checked = checkTimes(p.checked, "progress.checked");
    if (typeof checked === "string") return checked;
    out.checked = checked;
  }
  if (p.predict !== undefined) {
    if (!isObject(p.predict)) return "progress.predict is not an object";
    out.predict = {};
    for (const [k, a] of Object.entries(p.predict)) {
      if (!isObject(a) || typeof a.choice !== "string" || !isTime(a.at))
        return `progress.predict.${k} must be { choice, at }`;
      out.predict[k] = { choice: a.choice, at: a.at };
    }
  }
  if (p.review !== undefined) {
    if (!isObject(p.review)) return "progress.review is not an object";
    out.review = {};
    for (const [k, c] of Object.entries(p.review)) {
      const card = checkCard(c);
      if (!card) return `progress.review.${k} must be { box, due, last, right, wrong }`;
      out.review[k] = card;
    }
  }
  return out;
}

const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

function checkCard(c: unknown): ReviewCard | undefined {
  if (!isObject(c)) return undefined;
  if (!isCount(c.box) || (c.box as number) > 3 || !isTime(c.due) || !isTime(c.last)) return undefined;
  if (!isCount(c.right) || !isCount(c.wrong)) return undefined;
  for (const k of ["firstRightAt", "rightAgainAt"] as const)
    if (c[k] !== undefined && !isTime(c[k])) return undefined;
  const card: ReviewCard = { box: c.box, due: c.due, last: c.last, right: c.right, wrong: c.wrong };
  if (c.firstRightAt !== undefined) card.firstRightAt = c.firstRightAt as number;
  if (c.rightAgainAt !== undefined) card.rightAgainAt = c.rightAgainAt as number;
  return card;
}

function checkModel(m: unknown, where: string): string | ModelRecord {
  if (!isObject(m)) return `${where} is not an object`;
  if (typeof m.name !== "string" || m.name === "") return `${where}.name must be text`;
  if (!isObject(m.meta)) return `${where}.meta must be an object`;
  if (typeof m.weights !== "string") return `${where}.weights must be base64 text`;
  let weights: Uint8Array;
  try {
    weights = base64ToBytes(m.weights);
  } catch {
    return `${where}.weights is not valid base64`;
  }
  return { name: m.name, meta: m.meta, weights, savedAt: isTime(m.savedAt) ? m.savedAt : 0 };
}

/**
 * Check an imported file completely before anything is stored. `size` is the file's size in
 * bytes (checked before parsing, so a huge file is refused cheaply).
 */
export function parseImport(text: string, size = text.length, maxBytes = MAX_IMPORT_BYTES): ImportResult {
  if (size > maxBytes) return { ok: false, code: "too-large", detail: `${size} > ${maxBytes} bytes` };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { ok: false, code: "not-json", detail: (err as Error).message };
  }
  if (!isObject(data) || data.format !== EXPORT_FORMAT)
    return { ok: false, code: "wrong-format", detail: `format is not "${EXPORT_FORMAT}"` };
  if (typeof data.version !== "number" || !IMPORT_VERSIONS.includes(data.version))
    return {
      ok: false,
      code: "wrong-version",
      detail: `version ${String(data.version)}, expected one of ${IMPORT_VERSIONS.join(", ")}`,
    };
  if (!Array.isArray(data.edits)) return { ok: false, code: "bad-shape", detail: "edits is not a list" };
  if (data.models !== undefined && !Array.isArray(data.models))
    return { ok: false, code: "bad-shape", detail: "models is not a list" };
  const edits: EditRecord[] = [];
  for (const [i, e] of data.edits.entries()) {
    const r = checkEdit(e, `edits[${i}]`);
    if (typeof r === "string") return { ok: false, code: "bad-shape", detail: r };
    edits.push(r);
  }
  const progress = checkProgress(data.progress);
  if (typeof progress === "string") return { ok: false, code: "bad-shape", detail: progress };
  const models: ModelRecord[] = [];
  for (const [i, m] of ((data.models as unknown[] | undefined) ?? []).entries()) {
    const r = checkModel(m, `models[${i}]`);
    if (typeof r === "string") return { ok: false, code: "bad-shape", detail: r };
    models.push(r);
  }
  return { ok: true, snapshot: { edits, progress, models } };
}

/**
 * One item of an imported file, and what importing does with it. Import merges by record time:
 * - `add`: not here yet;
 * - `update`: here too, but the file's version was saved later;
 * - `keep`: here too, and the version here is as new or newer: it stays (an older backup never
 *   overwrites newer work);
 * - `same`: identical to what is here: skipped.
 */
export interface PlannedChange {
  what: EditRecord["kind"] | "model";
  id: string;
  change: "add" | "update" | "keep" | "same";
}

export interface ImportPlan {
  /** Every edit and model in the file, in file order. */
  changes: PlannedChange[];
  /** Exercises passed, quizzes answered and chapters read that the file adds (or answers it has newer). */
  progressAdded: number;
}

/** True when an imported record saved at `theirs` should replace the one here saved at `mine`. */
export const importWins = (mine: number | undefined, theirs: number): boolean =>
  mine === undefined || theirs > mine;

/** What importing `incoming` into `current` would do with each of its items. */
export function planImport(current: Snapshot, incoming: Snapshot): ImportPlan {
  const changes: PlannedChange[] = [];
  const edits = new Map(current.edits.map((e) => [`${e.kind}:${e.id}`, e]));
  for (const e of incoming.edits) {
    const mine = edits.get(`${e.kind}:${e.id}`);
    const same = mine && mine.code === e.code && mine.originalHash === e.originalHash;
    const change = !mine
      ? "add"
      : same
        ? "same"
        : importWins(mine.updatedAt, e.updatedAt)
          ? "update"
          : "keep";
    changes.push({ what: e.kind, id: e.id, change });
  }
  const models = new Map(current.models.map((m) => [m.name, m]));
  for (const m of incoming.models) {
    const mine = models.get(m.name);
    const same = mine && sameBytes(mine.weights, m.weights);
    const change = !mine ? "add" : same ? "same" : importWins(mine.savedAt, m.savedAt) ? "update" : "keep";
    changes.push({ what: "model", id: m.name, change });
  }
  const p = current.progress;
  const q = incoming.progress;
  const progressAdded =
    Object.keys(q.passed).filter((k) => !(k in p.passed)).length +
    Object.keys(q.read).filter((k) => !(k in p.read)).length +
    Object.entries(q.quiz).filter(
      ([k, v]) => !(k in p.quiz) || (p.quiz[k].choice !== v.choice && v.at > p.quiz[k].at),
    ).length +
    Object.keys(q.predict ?? {}).filter((k) => !(k in (p.predict ?? {}))).length +
    Object.keys(q.checked ?? {}).filter((k) => !(k in (p.checked ?? {}))).length +
    Object.entries(q.review ?? {}).filter(([k, v]) => !(k in (p.review ?? {})) || v.last > p.review![k]!.last)
      .length;
  return { changes, progressAdded };
}

/** How many items of a plan are added (new or newer), kept (newer here) and skipped (identical). */
export function planCounts(plan: ImportPlan): { added: number; kept: number; skipped: number } {
  const n = (...kinds: PlannedChange["change"][]) =>
    plan.changes.filter((c) => kinds.includes(c.change)).length;
  return { added: n("add", "update"), kept: n("keep"), skipped: n("same") };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** How old unexported work must be before the reader is reminded to export it. */
export const REMIND_AFTER_DAYS = 3;
const DAY_MS = 24 * 3600 * 1000;

/**
 * Whether to remind the reader to export: storage may be cleared by the browser, and something
 * they made (an edit, a model, a passed exercise) was saved more than `REMIND_AFTER_DAYS` ago and
 * after both their last export and their last dismissal of this reminder.
 */
export function needsExportReminder(
  snapshot: Snapshot,
  meta: { exportedAt?: number; reminderDismissedAt?: number },
  persistent: boolean,
  now: number,
): boolean {
  if (persistent) return false;
  const after = Math.max(meta.exportedAt ?? 0, meta.reminderDismissedAt ?? 0);
  const before = now - REMIND_AFTER_DAYS * DAY_MS;
  const times = [
    ...snapshot.edits.map((e) => e.updatedAt),
    ...snapshot.models.map((m) => m.savedAt),
    ...Object.values(snapshot.progress.passed),
  ];
  return times.some((t) => t > after && t < before);
}
