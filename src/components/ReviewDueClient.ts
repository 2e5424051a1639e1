/** Fills each `[data-review-due]` line with how many review questions are due now; hidden when none. */
import { getStore } from "../kernel/storage/index.ts";
import { format } from "../i18n/lang.ts";
import { dueItems } from "../review/schedule.ts";

let shown = false;

export function showDueCounts(): void {
  if (shown) return;
  shown = true;
  const store = getStore();
  const refresh = async () => {
    const progress = await store.getProgress();
    for (const line of document.querySelectorAll<HTMLElement>("[data-review-due]")) {
      const items = (JSON.parse(line.dataset.reviewItems ?? "[]") as Array<[string, string]>).map(
        ([id, chapter]) => ({ id, chapter }),
      );
      const n = dueItems(items, progress.review ?? {}, progress.read, store.time()).length;
      line.dataset.count = String(n);
      line.hidden = n === 0;
      line.querySelector("[data-review-count]")!.textContent =
        n === 1 ? (line.dataset.labelOne ?? "") : format(line.dataset.labelMany ?? "", { n });
    }
  };
  void refresh();
  store.onChange(() => void refresh());
}
