/** Every exercise and quiz of the course, by id. */
import type { ExerciseDef, QuizDef } from "./types.ts";
import * as dictionary from "./01-dictionary.ts";
import * as querying from "./02-querying.ts";
import * as attentionValue from "./03-attention-value.ts";

const chapters = [dictionary, querying, attentionValue];

export const exerciseList: ExerciseDef[] = chapters.flatMap((c) => c.exercises);
export const quizList: QuizDef[] = chapters.flatMap((c) => c.quizzes);

export const exercises: Record<string, ExerciseDef> = Object.fromEntries(exerciseList.map((e) => [e.id, e]));
export const quizzes: Record<string, QuizDef> = Object.fromEntries(quizList.map((q) => [q.id, q]));
