/**
 * The spaced-review schedule: Leitner boxes. Pure functions of a clock: no IndexedDB, no DOM.
 *
 * - An item becomes due the day after its chapter was first read (not the same day: the point is
 *   to remember after a gap).
 * - A right answer moves it up one box, a wrong answer back to box 0. Box b is due again
 *   REVIEW_INTERVAL_DAYS[b] days after the day it was answered (at the start of that day, in the
 *   reader's time zone): 1, 3, 7, 21. A new item answered right lands in box 1 (3 days), so a
 *   wrong answer (1 day) always comes back sooner than a right one.
 * - A session takes the due items, most overdue first, and interleaves chapters: no two items in a
 *   row from one chapter while another chapter still has items, and at least three chapters
 *   whenever three or more have items due.
 */
import type { ReviewCard } from "../kernel/storage/records.ts";

export type { ReviewCard };

export const REVIEW_INTERVAL_DAYS = [1, 3, 7, 21] as const;
export const TOP_BOX = REVIEW_INTERVAL_DAYS.length - 1;
/** How many items one session asks at most. */
export const SESSION_SIZE = 8;

/** Midnight at the start of the local day `days` days after the day of `time`. */
export function startOfDay(time: number, days = 0): number {
  const d = new Date(time);
  d.setHours(0, 0, 0, 0);
  d.setDate(d.getDate() + days);
  return d.getTime();
}

/** The card after answering (right or wrong) at `now`, given the card before (none for a new item). */
export function nextCard(card: ReviewCard | undefined, right: boolean, now: number): ReviewCard {
  const box = right ? Math.min((card?.box ?? 0) + 1, TOP_BOX) : 0;
  const next: ReviewCard = {
    box,
    due: startOfDay(now, REVIEW_INTERVAL_DAYS[box]),
    last: now,
    right: (card?.right ?? 0) + (right ? 1 : 0),
    wrong: (card?.wrong ?? 0) + (right ? 0 : 1),
  };
  const firstRightAt = card?.firstRightAt ?? (right ? now : undefined);
  if (firstRightAt !== undefined) next.firstRightAt = firstRightAt;
  // Right again on a later day than the first right answer: remembered, not just seen.
  const again =
    card?.rightAgainAt ??
    (right && firstRightAt !== undefined && startOfDay(now) > startOfDay(firstRightAt) ? now : undefined);
  if (again !== undefined) next.rightAgainAt = again;
  return next;
}

/** What the schedule needs to know of an item. */
export interface Schedulable {
  id: string;
  chapter: string;
}

/** When `item` is due: its card's date, or for a new item the day after its chapter was read (undefined: not read). */
export function dueAt(
  item: Schedulable,
  cards: Record<string, ReviewCard>,
  read: Record<string, number>,
): number | undefined {
  const card = cards[item.id];
  if (card) return card.due;
  const readAt = read[item.chapter];
  return readAt === undefined ? undefined : startOfDay(readAt, 1);
}

/** The items due at `now`, most overdue first (ties: course order). */
export function dueItems<T extends Schedulable>(
  items: readonly T[],
  cards: Record<string, ReviewCard>,
  read: Record<string, number>,
  now: number,
): T[] {
  return items
    .map((item, order) => ({ item, order, due: dueAt(item, cards, read) }))
    .filter((x): x is { item: T; order: number; due: number } => x.due !== undefined && x.due <= now)
    .sort((a, b) => a.due - b.due || a.order - b.order)
    .map((x) => x.item);
}

/**
 * One session: up to `size` of the due items, interleaved by chapter. Chapters take turns (the
 * chapter whose most overdue item is oldest goes first), so consecutive items come from different
 * chapters while more than one chapter has items left.
 */
export function buildSession<T extends Schedulable>(due: readonly T[], size = SESSION_SIZE): T[] {
  const queues = new Map<string, T[]>();
  for (const item of due) {
    const q = queues.get(item.chapter);
    if (q) q.push(item);
    else queues.set(item.chapter, [item]);
  }
  const out: T[] = [];
  while (out.length < size && queues.size > 0) {
    for (const [chapter, q] of [...queues]) {
      if (out.length >= size) break;
      out.push(q.shift()!);
      if (q.length === 0) queues.delete(chapter);
    }
  }
  return out;
}
