/**
 * How the components that show the reader's stored progress start in the page (quizzes,
 * predictions, progress marks, review counts, goal levels): once, however many of them the page
 * has; each element set up, then filled from the stored progress, once or after every change.
 */
import { getStore, type Progress, type Store } from "../kernel/storage/index.ts";

/** `start`, made to run only the first time it is called (each component on a page may call it). */
export function once(start: () => void): () => void {
  let started = false;
  return () => {
    if (started) return;
    started = true;
    start();
  };
}

/**
 * Sets up every element `selector` finds on the page, then hands each the reader's stored
 * progress once it has been read (to show a stored answer again).
 */
export function startEach(
  selector: string,
  setup: (root: HTMLElement) => void,
  restore: (root: HTMLElement, progress: Progress) => void,
): void {
  const roots = [...document.querySelectorAll<HTMLElement>(selector)];
  for (const root of roots) setup(root);
  void getStore()
    .getProgress()
    .then((progress) => {
      for (const root of roots) restore(root, progress);
    });
}

/** Shows the reader's stored progress with `show` now, and again after every change (another tab, an import). */
export function followProgress(show: (progress: Progress, store: Store) => void): void {
  const store = getStore();
  const refresh = async () => show(await store.getProgress(), store);
  void refresh();
  store.onChange(() => void refresh());
}
