/**
 * Everything the review page can ask: the quizzes, the predictions, and one parametrised item per
 * generator (a new seed each time it comes up). Ids: `quiz:<id>`, `predict:<id>`, `gen:<name>`.
 */
import { quizList } from "../../content/exercises/index.ts";
import type { QuizDef } from "../../content/exercises/types.ts";
import { predictionList } from "../../content/predictions/index.ts";
import type { PredictionDef } from "../../content/predictions/types.ts";
import { generators, isRight, type Generated, type Generator } from "./generators.ts";

export type ReviewItem =
  | { id: string; chapter: string; kind: "quiz"; quiz: QuizDef }
  | { id: string; chapter: string; kind: "predict"; prediction: PredictionDef }
  | { id: string; chapter: string; kind: "gen"; generator: Generator };

/** All review items, in course order (by chapter; within a chapter quizzes, predictions, then generated items). */
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
  .map((item, order) => ({ item, order }))
  .sort((a, b) => a.item.chapter.localeCompare(b.item.chapter) || a.order - b.order)
  .map((x) => x.item);

/** Id and chapter of every item: what a page needs to count what is due. */
export const reviewIndex = (): Array<[string, string]> => reviewItems.map((i) => [i.id, i.chapter]);

/** Whether `input` answers `item` (for a generated item, made from `generated`): an option index or a typed number. */
export function answerIsRight(item: ReviewItem, input: string, generated?: Generated): boolean {
  if (item.kind === "gen") return generated !== undefined && isRight(generated.answer, input);
  const options = item.kind === "quiz" ? item.quiz.options : item.prediction.options;
  return options[Number(input)]?.correct === true && /^\d+$/.test(input);
}
