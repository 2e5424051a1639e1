/**
 * Predictions: a question asked just before a reveal (a widget, a cell's output, a table), so the
 * reader commits to a guess before seeing what happens. Defined once here, as data, like the
 * quizzes; chapters place them with `<Predict id="…" lang="…">the reveal</Predict>`, which hides
 * the reveal until the reader answers or chooses "just show me". tests/content/predictions.test.ts
 * checks every claim of the outcomes and explanations against the library and the shipped models.
 */
import type { Text } from "../exercises/types.ts";

export type { Text };

export interface PredictOption {
  text: Text;
  correct: boolean;
  /**
   * For a wrong option: the misconception choosing it reveals, in a few words (kebab-case, for
   * authors, the test report and the review page's notes; not shown to readers).
   */
  misconception?: string;
  /** Why this option is right, or what the guess misses: shown once the reader has committed. */
  explanation: Text;
}

export interface PredictionDef {
  id: string;
  /** The chapter slug it sits in. */
  chapter: string;
  question: Text;
  options: PredictOption[];
  /** What really happens, in a sentence: shown after the reader's prediction, before the reveal. */
  outcome: Text;
}
