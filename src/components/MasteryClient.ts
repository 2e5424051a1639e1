/**
 * The progress page's goal levels: fills every `[data-goal]` of GoalMastery.astro from the
 * reader's stored progress, and keeps them current as progress changes (another tab, an import).
 */
import { format } from "../i18n/lang.ts";
import { getStore } from "../kernel/storage/index.ts";
import { goalLevel, itemState, type Level, type RightChoices } from "../review/mastery.ts";

let shown = false;

export function showMastery(): void {
  const section = document.querySelector<HTMLElement>("[data-mastery]");
  if (shown || !section) return;
  shown = true;
  const labels = JSON.parse(section.dataset.labels!) as Record<Level, string>;
  const rightChoices = JSON.parse(section.dataset.rightChoices!) as RightChoices;
  const countTemplate = section.dataset.count!;
  const store = getStore();
  const refresh = async () => {
    const progress = await store.getProgress();
    for (const li of section.querySelectorAll<HTMLElement>("[data-goal]")) {
      const items = li.dataset.items!.split(",");
      const level = goalLevel(items, progress, rightChoices);
      const right = items.filter((item) => itemState(item, progress, rightChoices).rightAt !== undefined);
      li.dataset.level = level;
      li.querySelector("[data-level-text]")!.textContent = labels[level];
      li.querySelector("[data-count-text]")!.textContent = format(countTemplate, {
        right: right.length,
        total: items.length,
      });
    }
    section.dataset.ready = "true";
  };
  void refresh();
  store.onChange(() => void refresh());
}
