// Browser side of the shared controls: the ←/→ step buttons (StepButtons.astro) and the
// one-pressed-of-many toggle buttons (ToggleGroup.astro).
import { part } from "./dom.ts";

/** Where a widget's ←/→ buttons stand: the output step to draw, counted from 1. */
export interface Stepper {
  /**
   * Keeps the step within 1…`count`, writes `label(step, count)` into the step label, disables ←
   * at the first step and → at the last, and returns the step.
   */
  show(count: number, label: (step: number, count: number) => string): number;
  /** The step label, emptied with the rest of the widget when there is nothing to show. */
  label: HTMLElement;
}

/** Wires the ←/→ buttons under `root`: each click moves one step from `start` and calls `moved`. */
export function stepper(root: HTMLElement, start: number, moved: () => void): Stepper {
  const prev = part<HTMLButtonElement>(root, "[data-prev]");
  const next = part<HTMLButtonElement>(root, "[data-next]");
  const label = part(root, "[data-step-label]");
  let i = start;
  prev.addEventListener("click", () => {
    i--;
    moved();
  });
  next.addEventListener("click", () => {
    i++;
    moved();
  });
  return {
    show(count, text) {
      i = Math.max(1, Math.min(count, i));
      label.textContent = text(i, count);
      prev.disabled = i <= 1;
      next.disabled = i >= count;
      return i;
    },
    label,
  };
}

/**
 * Wires the buttons under `root` that carry `data-<hook>`: a click presses that one, releases the
 * others and calls `picked` with its choice.
 */
export function toggleGroup(root: HTMLElement, hook: string, picked: (choice: string) => void): void {
  const buttons = [...root.querySelectorAll<HTMLButtonElement>(`[data-${hook}]`)];
  for (const button of buttons) {
    button.addEventListener("click", () => {
      for (const b of buttons) b.setAttribute("aria-pressed", String(b === button));
      picked(button.getAttribute(`data-${hook}`) ?? "");
    });
  }
}
