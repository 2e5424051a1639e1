/**
 * Progress in the page: fills every `[data-progress-chapter]` mark from the reader's stored
 * progress, and marks a chapter read once its recap (the last section) has been on screen.
 */
import { getStore, type Progress } from "../kernel/storage/index.ts";

const ids = (value: string | undefined) => (value ? value.split(",").filter(Boolean) : []);

const fill = (template: string | undefined, done: number, total: number) =>
  (template ?? "").replace("{done}", String(done)).replace("{total}", String(total));

/**
 * "✓ read · 1/2 exercises · 0/1 quizzes" (in Korean the word comes before the count: the label
 * templates carry each language's word order), or "" when the reader has not started the chapter.
 */
export function markText(el: HTMLElement, progress: Progress): string {
  const slug = el.dataset.progressChapter!;
  const exercises = ids(el.dataset.exercises);
  const quizzes = ids(el.dataset.quizzes);
  const passed = exercises.filter((id) => progress.passed[id]).length;
  const answered = quizzes.filter((id) => progress.quiz[id]).length;
  const read = Boolean(progress.read[slug]);
  if (!read && passed === 0 && answered === 0) return "";
  const parts = [read ? `✓ ${el.dataset.labelRead}` : ""];
  if (exercises.length) parts.push(fill(el.dataset.labelExercises, passed, exercises.length));
  if (quizzes.length) parts.push(fill(el.dataset.labelQuizzes, answered, quizzes.length));
  return parts.filter(Boolean).join(" · ");
}

let shown = false;

/** Fills the progress marks on this page, and keeps them current as progress changes. */
export function showProgressMarks(): void {
  if (shown) return;
  shown = true;
  const store = getStore();
  const refresh = async () => {
    const progress = await store.getProgress();
    for (const el of document.querySelectorAll<HTMLElement>("[data-progress-chapter]")) {
      el.textContent = markText(el, progress);
    }
  };
  void refresh();
  store.onChange(() => void refresh());
}

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
