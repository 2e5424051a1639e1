/**
 * Mastery per chapter goal: from the reader's progress, a level for each goal of
 * content/goals.ts. A pure function of the stored progress (times included): no IndexedDB, no
 * DOM, no clock of its own.
 *
 * An item of a goal (`exercise:`, `quiz:`, `predict:` or `gen:` id) is
 * - tried: an exercise checked (passing or not), a quiz answered, a prediction committed ("just show me" is not a
 *   try), or any answer in review;
 * - right: an exercise passed, a quiz whose first try was right, a prediction whose committed
 *   option was right, or a right answer in review (each review answer is a first try);
 * - remembered: its latest review answer was right, on a later day than it was first right.
 *   Exercises do not come back in review, so only quizzes, predictions and review items can be.
 *
 * A goal is
 * - `not-started` while none of its items is tried;
 * - `practised` once one is;
 * - `proficient` once every item is right at least once;
 * - `mastered` once, besides, every item that comes back in review is remembered (every goal has
 *   at least one such item: tests/content/goals.test.ts).
 */
import type { Progress, ReviewCard } from "../kernel/storage/records.ts";
import { startOfDay } from "./schedule.ts";

export const LEVELS = ["not-started", "practised", "proficient", "mastered"] as const;
export type Level = (typeof LEVELS)[number];

/** The right option of each prediction, by prediction id (what a committed choice is compared with). */
export type RightChoices = Record<string, string>;

export interface ItemState {
  tried: boolean;
  /** When it was first right (ms), if ever. */
  rightAt?: number;
  /** Whether it comes back in review (quizzes, predictions, generated items). */
  reviewed: boolean;
  remembered: boolean;
}

/** The times a review card was answered right that it still knows of. */
function reviewRightTimes(card: ReviewCard | undefined): number[] {
  if (!card) return [];
  const times = [card.firstRightAt, card.rightAgainAt, card.box > 0 ? card.last : undefined];
  return times.filter((t): t is number => t !== undefined);
}

const earliest = (times: number[]): number | undefined => (times.length ? Math.min(...times) : undefined);

/** Where one item stands in `progress`. */
export function itemState(item: string, progress: Progress, rightChoices: RightChoices): ItemState {
  const at = item.indexOf(":");
  const kind = item.slice(0, at);
  const id = item.slice(at + 1);
  if (kind === "exercise") {
    const passed = progress.passed[id];
    const tried = passed !== undefined || progress.checked?.[id] !== undefined;
    return { tried, rightAt: passed, reviewed: false, remembered: false };
  }
  const card = progress.review?.[item];
  const inReview = reviewRightTimes(card);
  const onPage: number[] = [];
  let triedOnPage = false;
  if (kind === "quiz") {
    const answer = progress.quiz[id];
    triedOnPage = answer !== undefined;
    if (answer?.first?.right) onPage.push(answer.first.at);
  } else if (kind === "predict") {
    const prediction = progress.predict?.[id];
    triedOnPage = prediction !== undefined && prediction.choice !== "skip";
    if (prediction && prediction.choice === rightChoices[id]) onPage.push(prediction.at);
  }
  const rightAt = earliest([...onPage, ...inReview]);
  // Remembered: the latest review answer was right (box > 0), on a later day than the first right one.
  const remembered =
    card !== undefined &&
    card.box > 0 &&
    rightAt !== undefined &&
    startOfDay(card.last) > startOfDay(rightAt);
  return { tried: triedOnPage || card !== undefined, rightAt, reviewed: true, remembered };
}

/** The level of a goal shown by `items`. */
export function goalLevel(items: readonly string[], progress: Progress, rightChoices: RightChoices): Level {
  const states = items.map((item) => itemState(item, progress, rightChoices));
  if (!states.some((s) => s.tried)) return "not-started";
  if (!states.every((s) => s.rightAt !== undefined)) return "practised";
  const reviewed = states.filter((s) => s.reviewed);
  if (reviewed.length > 0 && reviewed.every((s) => s.remembered)) return "mastered";
  return "proficient";
}

/** The level of every goal of every chapter, in the order of `table` (content/goals.ts). */
export function goalLevels(
  table: Record<string, readonly (readonly string[])[]>,
  progress: Progress,
  rightChoices: RightChoices,
): Record<string, Level[]> {
  return Object.fromEntries(
    Object.entries(table).map(([chapter, goals]) => [
      chapter,
      goals.map((items) => goalLevel(items, progress, rightChoices)),
    ]),
  );
}
