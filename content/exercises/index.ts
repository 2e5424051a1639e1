/** Every exercise and quiz of the course, by id. */
import type { ExerciseDef, QuizDef } from "./types.ts";
import * as dictionary from "./01-dictionary.ts";
import * as querying from "./02-querying.ts";
import * as attentionValue from "./03-attention-value.ts";
import * as seq2seq from "./04-seq2seq.ts";
import * as keysAndValues from "./05-keys-and-values.ts";
import * as query from "./06-query.ts";
import * as attentionValueAi from "./07-attention-value-ai.ts";
import * as concatenation from "./08-concatenation.ts";
import * as closing from "./09-closing.ts";

const chapters = [
  dictionary,
  querying,
  attentionValue,
  seq2seq,
  keysAndValues,
  query,
  attentionValueAi,
  concatenation,
  closing,
];

export const exerciseList: ExerciseDef[] = chapters.flatMap((c) => c.exercises);
export const quizList: QuizDef[] = chapters.flatMap((c) => c.quizzes);

export const exercises: Record<string, ExerciseDef> = Object.fromEntries(exerciseList.map((e) => [e.id, e]));
export const quizzes: Record<string, QuizDef> = Object.fromEntries(quizList.map((q) => [q.id, q]));
