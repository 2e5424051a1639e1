/** Fills each `[data-review-due]` line with how many review questions are due now; hidden when none. */
import { format } from "../i18n/lang.ts";
import { dueItems } from "../review/schedule.ts";
import { followProgress, once } from "./progress-view.ts";

export const showDueCounts = once(() =>
  followProgress((progress, store) => {
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
  }),
);
