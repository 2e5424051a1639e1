/**
 * Quizzes: choosing an option shows its explanation (right or wrong, and why) and records the
 * answer in the reader's progress, with whether it was right: the store keeps the earliest answer's
 * rightness as the first try, which is what the mastery levels count. A stored answer is shown
 * again on the next visit (and not recorded again).
 */
import { getStore } from "../kernel/storage/index.ts";
import { once, startEach } from "./progress-view.ts";

function choose(root: HTMLElement, index: string, save: boolean): void {
  const options = [...root.querySelectorAll<HTMLElement>("[data-option]")];
  const chosen = options.find((o) => o.dataset.option === index);
  if (!chosen) return;
  for (const option of options) option.querySelector<HTMLElement>(".explanation")!.hidden = option !== chosen;
  chosen.querySelector<HTMLInputElement>("input")!.checked = true;
  const right = chosen.dataset.correct === "true";
  root.dataset.result = right ? "passed" : "failed";
  if (save) void getStore().answerQuiz(root.dataset.quiz!, index, right);
}

/** Sets up every quiz on the page once. */
export const initQuizzes = once(() =>
  startEach(
    "[data-quiz]",
    (root) =>
      root.addEventListener("change", (event) => {
        const input = event.target as HTMLInputElement;
        if (input.type === "radio") choose(root, input.value, true);
      }),
    (root, progress) => {
      const answer = progress.quiz[root.dataset.quiz!];
      if (answer && root.dataset.result === "unanswered") choose(root, answer.choice, false);
    },
  ),
);
