/**
 * Progress in the page: fills every `[data-progress-chapter]` mark from the reader's stored
 * progress, and marks a chapter read once its recap (the last section) has been on screen.
 */
import { format } from "../i18n/lang.ts";
import { getStore, type Progress } from "../kernel/storage/index.ts";
import { followProgress, once } from "./progress-view.ts";

const ids = (value: string | undefined) => (value ? value.split(",").filter(Boolean) : []);

/**
 * "✓ read · 1/2 exercises · 0/1 quizzes" (in Korean the word comes before the count: the label
 * templates carry each language's word order); when the reader has not started the chapter,
 * the mark's "not started" label if it has one, or "".
 */
export function markText(el: HTMLElement, progress: Progress): string {
  const slug = el.dataset.progressChapter!;
  const exercises = ids(el.dataset.exercises);
  const quizzes = ids(el.dataset.quizzes);
  const passed = exercises.filter((id) => progress.passed[id]).length;
  const answered = quizzes.filter((id) => progress.quiz[id]).length;
  const read = Boolean(progress.read[slug]);
  if (!read && passed === 0 && answered === 0) return el.dataset.labelNone ?? "";
  const parts = [read ? `✓ ${el.dataset.labelRead}` : ""];
  if (exercises.length)
    parts.push(format(el.dataset.labelExercises ?? "", { done: passed, total: exercises.length }));
  if (quizzes.length)
    parts.push(format(el.dataset.labelQuizzes ?? "", { done: answered, total: quizzes.length }));
  return parts.filter(Boolean).join(" · ");
}

/** Fills the progress marks on this page, and keeps them current as progress changes. */
export const showProgressMarks = once(() =>
  followProgress((progress) => {
    for (const el of document.querySelectorAll<HTMLElement>("[data-progress-chapter]")) {
      el.textContent = markText(el, progress);
      el.classList.toggle("none", el.textContent !== "" && el.textContent === el.dataset.labelNone);
    }
  }),
);

/** Marks chapter `slug` read once the last section of the article has been scrolled into view. */
export function watchReading(slug: string): void {
  const headings = document.querySelectorAll("article.chapter h2");
  const last = headings[headings.length - 1];
  if (!last) return;
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting)) {
      observer.disconnect();
      void getStore().markRead(slug);
    }
  });
  observer.observe(last);
}
