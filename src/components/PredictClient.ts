/**
 * Predictions: the reader commits to an option (or chooses "Just show me"); the reveal then shows,
 * with what they predicted, what happens and the explanation of their option, announced through
 * the live region. The choice is kept with the reader's progress and shown again on return.
 */
import { getStore } from "../kernel/storage/index.ts";
import { once, startEach } from "./progress-view.ts";

const SKIP = "skip";

/**
 * A line from a template with "{choice}" replaced by a copy of the option's own text: its math
 * drawn as on the page and its language marks kept (its textContent would spell each formula out
 * three times: MathML, TeX and the drawing).
 */
function withChoice(template: string | undefined, option: HTMLElement | undefined): Array<Node | string> {
  const [before = "", after] = (template ?? "").split("{choice}");
  if (after === undefined) return [before];
  const text = option?.querySelector("[data-option-text]");
  return [before, ...[...(text?.childNodes ?? [])].map((n) => n.cloneNode(true)), after];
}

function reveal(root: HTMLElement, choice: string, save: boolean): void {
  if (root.dataset.state === "revealed") return;
  const options = [...root.querySelectorAll<HTMLElement>("[data-option]")];
  const chosen = options.find((o) => o.dataset.option === choice);
  const right = options.find((o) => o.dataset.correct === "true");
  const texts = root.querySelector<HTMLElement>("[data-texts]")!;
  const lines = root.dataset;
  const result = root.querySelector<HTMLElement>("[data-said]")!;
  const verdict = document.createElement("p");
  verdict.className = "verdict";
  if (chosen) {
    const isRight = chosen === right;
    root.dataset.result = isRight ? "right" : "wrong";
    verdict.append(
      ...withChoice(lines.sayPredicted, chosen),
      " ",
      (isRight ? lines.sayRight : lines.sayWrong) ?? "",
    );
  } else {
    root.dataset.result = "skipped";
    verdict.append(lines.saySkipped ?? "", " ", ...withChoice(lines.sayRightIs, right));
  }
  for (const o of options) {
    const mark = o.querySelector<HTMLElement>(".mark")!;
    if (o === right) {
      o.dataset.mark = "right";
      mark.textContent = "✓";
    } else if (o === chosen) {
      o.dataset.mark = "wrong";
      mark.textContent = "✗";
    }
  }
  const explain = (o: HTMLElement | undefined, lead?: Array<Node | string>) => {
    const p = o && texts.querySelector<HTMLElement>(`[data-explain="${o.dataset.option}"]`)?.cloneNode(true);
    if (p instanceof HTMLElement && lead) {
      const strong = document.createElement("strong");
      strong.append(...lead);
      p.prepend(strong, " ");
    }
    return p;
  };
  const parts: Array<Node | undefined> = [verdict, texts.querySelector("[data-outcome]")!.cloneNode(true)];
  // A wrong guess gets its own reason first, then the right option's.
  if (chosen && chosen !== right)
    parts.push(
      explain(chosen, [lines.sayYours ?? ""]),
      explain(right, withChoice(lines.sayTheAnswer, right)),
    );
  else parts.push(explain(right));
  result.replaceChildren(...parts.filter((n): n is Node => Boolean(n)));
  if (chosen) chosen.querySelector<HTMLInputElement>("input")!.checked = true;
  root.querySelector("fieldset")!.disabled = true;
  root.querySelector<HTMLElement>("[data-note]")!.textContent = "";
  root.dataset.state = "revealed";
  if (save) void getStore().predict(root.dataset.predict!, chosen ? choice : SKIP);
}

/** Sets up one prediction: its form, "Just show me", and running its hidden cell. */
function setup(root: HTMLElement): void {
  // The answer in a <details> is for readers without JavaScript; here the reveal says it.
  root.querySelector<HTMLElement>("[data-answer]")!.hidden = true;
  const form = root.querySelector<HTMLFormElement>("form")!;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const picked = form.querySelector<HTMLInputElement>("input[type=radio]:checked");
    if (picked) reveal(root, picked.value, true);
    else root.querySelector<HTMLElement>("[data-note]")!.textContent = root.dataset.sayChoose ?? "";
  });
  root.querySelector("[data-skip]")!.addEventListener("click", () => reveal(root, SKIP, true));
  form.addEventListener("change", () => (root.querySelector<HTMLElement>("[data-note]")!.textContent = ""));
  // Running a cell whose output is hidden is asking to see it.
  root.querySelector("[data-reveal]")?.addEventListener("click", (event) => {
    if (
      (event.target as Element).closest('[data-action="run"], [data-action="run-all"]') &&
      root.dataset.state === "open"
    )
      reveal(root, SKIP, true);
  });
}

/** Sets up every prediction on the page once, each shown as the reader left it. */
export const initPredictions = once(() =>
  startEach("[data-predict]", setup, (root, progress) => {
    const kept = progress.predict?.[root.dataset.predict!];
    if (kept) reveal(root, kept.choice, false);
  }),
);
