/**
 * What the site keeps for the reader, and the rules that decide when a saved edit is still
 * current, stale, or must not be overwritten. Pure functions: no IndexedDB, no DOM.
 */
import { hashText } from "./hash.ts";

/**
 * What an edit is of: a cell (keyed by cell id), a library file in use (keyed by its path, e.g.
 * `attention.ts`), or a library file the reader is still editing and has not applied yet.
 */
export const EDIT_KINDS = ["cell", "library", "library-draft"] as const;

/** A reader's edit of a cell or of a library file. */
export interface EditRecord {
  kind: (typeof EDIT_KINDS)[number];
  id: string;
  /** The code the course shipped when the reader started editing, and its hash. */
  original: string;
  originalHash: string;
  /** The reader's code. */
  code: string;
  /** Milliseconds since the epoch of the last save. */
  updatedAt: number;
  /** Goes up by one with each save; a tab may only write over the revision it has seen. */
  rev: number;
}

/**
 * - `none`: nothing saved, show the course's code;
 * - `current`: the saved edit was made on the code the course ships now;
 * - `stale`: the course has changed this cell since the reader edited it.
 */
export type EditStatus = "none" | "current" | "stale";

export function editStatus(record: EditRecord | undefined, original: string): EditStatus {
  if (!record) return "none";
  return record.originalHash === hashText(original) ? "current" : "stale";
}

/** The storage key of an edit. */
export function editKey(kind: EditRecord["kind"], id: string): string {
  return `${kind}:${id}`;
}

/** A new revision of an edit, made from the revision `base` the writer last saw (if any). */
export function nextEdit(
  kind: EditRecord["kind"],
  id: string,
  original: string,
  code: string,
  base: EditRecord | undefined,
  now: number,
): EditRecord {
  return {
    kind,
    id,
    original,
    originalHash: hashText(original),
    code,
    updatedAt: now,
    rev: (base?.rev ?? 0) + 1,
  };
}

export type WriteDecision =
  | { action: "write"; record: EditRecord }
  | { action: "conflict"; current: EditRecord }
  | { action: "same"; current: EditRecord };

/**
 * Optimistic concurrency between tabs: a write based on revision `baseRev` (0 when the writer saw
 * no saved edit) goes through only when the stored revision is still that one. Otherwise another
 * tab saved a newer edit meanwhile: the caller gets it back and must not overwrite it silently.
 */
export function decideWrite(
  stored: EditRecord | undefined,
  incoming: EditRecord,
  baseRev: number,
): WriteDecision {
  const storedRev = stored?.rev ?? 0;
  if (stored && stored.code === incoming.code && stored.originalHash === incoming.originalHash)
    return { action: "same", current: stored };
  if (stored && storedRev !== baseRev) return { action: "conflict", current: stored };
  return { action: "write", record: { ...incoming, rev: storedRev + 1 } };
}

/** The reader's progress through exercises, quizzes and chapters. Times are ms since the epoch. */
export interface Progress {
  passed: Record<string, number>;
  /** The newest answer to each quiz, and whether the reader's first try was right. */
  quiz: Record<string, QuizAnswer>;
  read: Record<string, number>;
  /** Predictions committed before a reveal: the option chosen, or "skip" for "just show me". */
  predict?: Record<string, { choice: string; at: number }>;
  /** The spaced-review schedule, by review item id (see src/review/schedule.ts). */
  review?: Record<string, ReviewCard>;
  /** Exercises the reader pressed Check on, passing or not: the first time (a try, for the mastery levels). */
  checked?: Record<string, number>;
}

export interface QuizAnswer {
  choice: string;
  at: number;
  /** Whether the first answer ever given was right, and when (absent in progress from before it was kept). */
  first?: { right: boolean; at: number };
}

/** Where a review item stands: its Leitner box, when it is next due, and how it went. */
export interface ReviewCard {
  /** 0 … 3: the box, whose interval is REVIEW_INTERVAL_DAYS[box]. */
  box: number;
  /** When the item is next due (ms). */
  due: number;
  /** When it was last answered (ms). */
  last: number;
  /** How many times it was answered right and wrong. */
  right: number;
  wrong: number;
  /** The answer before last was right too: set when an item already right is right again in a later review. */
  rightAgainAt?: number;
  /** When it was first answered right. */
  firstRightAt?: number;
}

export function emptyProgress(): Progress {
  return { passed: {}, quiz: {}, read: {} };
}

function earliest(a: Record<string, number>, b: Record<string, number>): Record<string, number> {
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = k in out ? Math.min(out[k], v) : v;
  return out;
}

/** Per key, the entry `pick` prefers of the two (entries only on one side are kept). */
function mergeBy<T>(
  a: Record<string, T> | undefined,
  b: Record<string, T> | undefined,
  pick: (x: T, y: T) => T,
): Record<string, T> {
  const out = { ...(a ?? {}) };
  for (const [k, v] of Object.entries(b ?? {})) out[k] = k in out ? pick(out[k]!, v) : v;
  return out;
}

function mergeQuiz(x: QuizAnswer, y: QuizAnswer): QuizAnswer {
  const newer = x.at >= y.at ? x : y;
  // The first try is the earliest answer on either side; an answer kept before first tries were
  // recorded (no `first`) may be the earliest, and then the first try is unknown.
  const started = (q: QuizAnswer) => q.first?.at ?? q.at;
  const first = (started(x) <= started(y) ? x : y).first;
  return first ? { choice: newer.choice, at: newer.at, first } : { choice: newer.choice, at: newer.at };
}

/**
 * Progress from two sources (two tabs, or stored + imported) combined without losing anything:
 * an exercise passed or a chapter read anywhere counts (with the first time); for a quiz the
 * newer answer wins, and the earliest first try is kept; a prediction keeps the first commitment;
 * a review card keeps the one answered last; an exercise checked keeps the first time.
 */
export function mergeProgress(a: Progress, b: Progress): Progress {
  const out: Progress = {
    passed: earliest(a.passed, b.passed),
    quiz: mergeBy(a.quiz, b.quiz, mergeQuiz),
    read: earliest(a.read, b.read),
  };
  if (a.predict || b.predict) out.predict = mergeBy(a.predict, b.predict, (x, y) => (y.at < x.at ? y : x));
  if (a.review || b.review) out.review = mergeBy(a.review, b.review, (x, y) => (y.last > x.last ? y : x));
  if (a.checked || b.checked) out.checked = earliest(a.checked ?? {}, b.checked ?? {});
  return out;
}

/** A model the reader trained: the library's `saveModel` output plus when it was saved. */
export interface ModelRecord {
  name: string;
  meta: unknown;
  weights: Uint8Array;
  savedAt: number;
}
