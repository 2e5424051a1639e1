/**
 * Quizzes: choosing an option shows its explanation (right or wrong, and why) and records the
 * answer in the reader's progress, with whether it was right: the store keeps the earliest answer's
 * rightness as the first try, which is what the mastery levels count. A stored answer is shown
 * again on the next visit (and not recorded again).
 */
import { getStore } from "../kernel/storage/index.ts";

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

let started = false;

/** Sets up every quiz on the page once. */
export function initQuizzes(): void {
  if (started) return;
  started = true;
  const roots = [...document.querySelectorAll<HTMLElement>("[data-quiz]")];
  for (const root of roots) {
    root.addEventListener("change", (event) => {
      const input = event.target as HTMLInputElement;
      if (input.type === "radio") choose(root, input.value, true);
    });
  }
  void getStore()
    .getProgress()
    .then((progress) => {
      for (const root of roots) {
        const answer = progress.quiz[root.dataset.quiz!];
        if (answer && root.dataset.result === "unanswered") choose(root, answer.choice, false);
      }
    });
}
