/**
 * The progress page's goal levels: fills every `[data-goal]` of GoalMastery.astro from the
 * reader's stored progress, and keeps them current as progress changes (another tab, an import).
 */
import { format } from "../i18n/lang.ts";
import { goalLevel, itemState, type Level, type RightChoices } from "../review/mastery.ts";
import { followProgress, once } from "./progress-view.ts";

export const showMastery = once(() => {
  const section = document.querySelector<HTMLElement>("[data-mastery]");
  if (!section) return;
  const labels = JSON.parse(section.dataset.labels!) as Record<Level, string>;
  const rightChoices = JSON.parse(section.dataset.rightChoices!) as RightChoices;
  const countTemplate = section.dataset.count!;
  followProgress((progress) => {
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
  });
});
