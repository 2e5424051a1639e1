// Browser side of the shared controls, for widget definitions (widget.ts): the date box with its
// example buttons (TextInput.astro), the ←/→ step buttons (StepButtons.astro) and the
// one-pressed-of-many toggle buttons (ToggleGroup.astro).
import { esc } from "./format.ts";
import type { Parts } from "./widget.ts";

/** What these controls need of a live widget (widget.ts's `Live`). */
interface Controlled<State> {
  readonly root: HTMLElement;
  readonly state: State;
  set(change: Partial<State>): void;
  show(change: Partial<State>): void;
}

/** A step kept within 1…`count` (0 when there is nothing to step through). */
export function clampStep(step: number, count: number): number {
  return Math.max(Math.min(1, count), Math.min(count, step));
}

/**
 * The ←/→ buttons and the step label as parts to draw: ← disabled at the first step, → at the last
 * (as StepButtons.astro draws them at build time), the label read out as it changes.
 */
export function stepParts(step: number, count: number, label: string): Parts {
  return {
    prev: { attrs: { disabled: step <= 1 } },
    next: { attrs: { disabled: step >= count } },
    "step-label": esc(label),
  };
}

/** Wires the ←/→ buttons: each click shows one step earlier or later of `count()`, without computing. */
export function bindSteps(live: Controlled<{ step: number }>, count: () => number): void {
  const move = (by: number) => () => live.show({ step: clampStep(live.state.step + by, count()) });
  live.root.querySelector("[data-prev]")?.addEventListener("click", move(-1));
  live.root.querySelector("[data-next]")?.addEventListener("click", move(1));
}

/**
 * Wires the date box (`data-input`) and the example buttons (`data-example`): each change computes
 * the new input. `changed` adds to what changes with it (e.g. a step to start from).
 */
export function bindInput<State extends { input: string }>(
  live: Controlled<State>,
  changed: () => Partial<State> = () => ({}),
): void {
  const input = live.root.querySelector<HTMLInputElement>("[data-input]");
  if (!input) return;
  const typed = () => live.set({ ...changed(), input: input.value } as Partial<State>);
  input.addEventListener("input", typed);
  for (const button of live.root.querySelectorAll<HTMLButtonElement>("[data-example]")) {
    button.addEventListener("click", () => {
      input.value = button.dataset.example ?? "";
      typed();
    });
  }
  typed();
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
