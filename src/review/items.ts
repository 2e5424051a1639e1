/**
 * Everything the review page can ask: the quizzes, the predictions, and one parametrised item per
 * generator (a new seed each time it comes up). Ids: `quiz:<id>`, `predict:<id>`, `gen:<name>`.
 */
import { quizList } from "../../content/exercises/index.ts";
import type { QuizDef } from "../../content/exercises/types.ts";
import { predictionList } from "../../content/predictions/index.ts";
import type { PredictionDef } from "../../content/predictions/types.ts";
import { generators, isRight, type Generated, type Generator } from "./generators.ts";

const KIND_ORDER = ["gen", "quiz", "predict"] as const;

/** How many items of the same chapter and kind come before item `k` of `all`. */
function turnWithinKind(all: readonly { chapter: string; kind: string }[], k: number): number {
  const { chapter, kind } = all[k]!;
  return all.slice(0, k).filter((i) => i.chapter === chapter && i.kind === kind).length;
}

export type ReviewItem =
  | { id: string; chapter: string; kind: "quiz"; quiz: QuizDef }
  | { id: string; chapter: string; kind: "predict"; prediction: PredictionDef }
  | { id: string; chapter: string; kind: "gen"; generator: Generator };

/**
 * All review items, in course order: by chapter, and within a chapter the kinds take turns
 * (generated, quiz, prediction, generated, …), so the first item a session takes from a chapter
 * is a generated one where the chapter has one, and a session is not all quizzes.
 */
export const reviewItems: ReviewItem[] = [
  ...quizList.map((quiz) => ({ id: `quiz:${quiz.id}`, chapter: quiz.chapter, kind: "quiz" as const, quiz })),
  ...predictionList.map((prediction) => ({
    id: `predict:${prediction.id}`,
    chapter: prediction.chapter,
    kind: "predict" as const,
    prediction,
  })),
  ...generators.map((generator) => ({
    id: `gen:${generator.name}`,
    chapter: generator.chapter,
    kind: "gen" as const,
    generator,
  })),
]
  .map((item, order, all) => ({ item, turn: turnWithinKind(all, order) }))
  .sort(
    (a, b) =>
      a.item.chapter.localeCompare(b.item.chapter) ||
      a.turn - b.turn ||
      KIND_ORDER.indexOf(a.item.kind) - KIND_ORDER.indexOf(b.item.kind),
  )
  .map((x) => x.item);

/** Id and chapter of every item: what a page needs to count what is due. */
export const reviewIndex = (): Array<[string, string]> => reviewItems.map((i) => [i.id, i.chapter]);

/** Whether `input` answers `item` (for a generated item, made from `generated`): an option index or a typed number. */
export function answerIsRight(item: ReviewItem, input: string, generated?: Generated): boolean {
  if (item.kind === "gen") return generated !== undefined && isRight(generated.answer, input);
  const options = item.kind === "quiz" ? item.quiz.options : item.prediction.options;
  return options[Number(input)]?.correct === true && /^\d+$/.test(input);
}
