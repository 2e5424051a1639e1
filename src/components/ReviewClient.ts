/**
 * The review page: builds today's session from the reader's schedule, asks one question at a
 * time, checks the answer, explains the right one, and moves the question to its next box.
 * Quizzes and predictions come from the page's hidden bank (rendered at build time, with their
 * math); generated questions are made here from a new seed and are plain text.
 */
import { getStore } from "../kernel/storage/index.ts";
import { format, locales, pageLang } from "../i18n/lang.ts";
import {
  generators,
  isRight,
  readNumber,
  slipOf,
  type Generated,
  type Generator,
} from "../review/generators.ts";
import { buildSession, dueAt, dueItems, nextCard, SESSION_SIZE } from "../review/schedule.ts";
import { once } from "./progress-view.ts";

interface Item {
  id: string;
  chapter: string;
  generator?: Generator;
  bank?: HTMLElement;
}

function newSeed(): number {
  const a = new Uint32Array(1);
  crypto.getRandomValues(a);
  return a[0]!;
}

/** A new element with text, or with (build-time, trusted) nodes copied from the bank. */
function el(tag: string, content?: string | Node | null, className?: string): HTMLElement {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (typeof content === "string") e.textContent = content;
  else if (content) e.append(...[...content.childNodes].map((n) => n.cloneNode(true)));
  return e;
}

export const startReview = once(() => {
  const found = document.querySelector<HTMLElement>("[data-review]");
  if (!found) return;
  const root: HTMLElement = found;
  const lang = pageLang();
  const say = JSON.parse(root.dataset.strings ?? "{}") as Record<string, string>;
  const fill = (key: string, vars: Record<string, string | number> = {}) => format(say[key] ?? "", vars);
  const chapters = JSON.parse(root.dataset.chapters ?? "{}") as Record<string, [string, string]>;
  const date = (time: number) =>
    new Intl.DateTimeFormat(locales[lang], {
      weekday: "long",
      month: "long",
      day: "numeric",
    }).format(time);
  const $ = <T extends HTMLElement>(sel: string) => root.querySelector<T>(sel)!;
  const status = $("[data-review-status]");
  const card = $("[data-review-card]");
  const form = $<HTMLFormElement>("[data-review-form]");
  const fieldset = form.querySelector("fieldset")!;
  const legend = $("[data-prompt]");
  const area = $("[data-answer-area]");
  const feedback = $("[data-feedback]");
  const note = $("[data-review-note]");
  const check = $<HTMLButtonElement>("[data-check]");
  const next = $<HTMLButtonElement>("[data-next]");
  const after = $("[data-after]");
  const again = $<HTMLButtonElement>("[data-again]");

  const bank = new Map(
    [...document.querySelectorAll<HTMLElement>("[data-review-bank] [data-item]")].map((e) => [
      e.dataset.item!,
      e,
    ]),
  );
  const items: Item[] = (JSON.parse(root.dataset.reviewItems ?? "[]") as Array<[string, string]>)
    .map(([id, chapter]) => ({
      id,
      chapter,
      generator: id.startsWith("gen:") ? generators.find((g) => `gen:${g.name}` === id) : undefined,
      bank: bank.get(id),
    }))
    .filter((i) => i.generator || i.bank);

  const store = getStore();
  let session: Item[] = [];
  let k = 0;
  let rightCount = 0;
  let current: { item: Item; generated?: Generated; answered: boolean } | undefined;

  function option(value: string, content: string | Node): HTMLLabelElement {
    const label = el("label", null, "option") as HTMLLabelElement;
    const input = document.createElement("input");
    input.type = "radio";
    input.name = "review-answer";
    input.value = value;
    const mark = el("span", null, "mark");
    mark.setAttribute("aria-hidden", "true");
    label.append(input, mark, el("span", content));
    return label;
  }

  function ask(): void {
    const item = session[k]!;
    const generated = item.generator?.make(newSeed());
    current = { item, generated, answered: false };
    root.dataset.item = item.id;
    const [num, title] = chapters[item.chapter] ?? [item.chapter.slice(0, 2), ""];
    $("[data-from]").textContent =
      `${fill("review.progress", { k: k + 1, m: session.length })} · ${fill("review.fromChapter", { chapter: num, title })}`;
    area.replaceChildren();
    feedback.replaceChildren();
    note.textContent = "";
    if (generated) {
      legend.textContent = generated.prompt[lang];
      if (generated.answer.kind === "number") {
        const label = el("label", fill("review.numberLabel"), "number");
        const input = document.createElement("input");
        input.type = "text";
        input.inputMode = "decimal";
        input.autocomplete = "off";
        input.spellcheck = false;
        input.dataset.numberAnswer = "";
        label.append(input);
        area.append(label);
      } else {
        for (const c of generated.answer.choices) area.append(option(c.value, c.text[lang]));
      }
    } else {
      const bankItem = item.bank!;
      legend.replaceChildren(...el("span", bankItem.querySelector("[data-prompt-html]")).childNodes);
      [...bankItem.querySelectorAll<HTMLElement>("[data-opt]")].forEach((o, i) =>
        area.append(option(String(i), o.querySelector("[data-text]")!)),
      );
    }
    fieldset.disabled = false;
    check.hidden = false;
    next.hidden = true;
    card.hidden = false;
    after.hidden = true;
  }

  async function answer(): Promise<void> {
    if (!current || current.answered) return;
    const { item, generated } = current;
    const typed = area.querySelector<HTMLInputElement>("[data-number-answer]");
    const chosen = area.querySelector<HTMLInputElement>("input[type=radio]:checked");
    let input: string;
    if (typed) {
      if (readNumber(typed.value) === undefined) {
        note.textContent = fill("review.notNumber");
        typed.focus();
        return;
      }
      input = typed.value;
    } else if (chosen) input = chosen.value;
    else {
      note.textContent = fill("review.chooseFirst");
      return;
    }
    current.answered = true;
    note.textContent = "";
    let right: boolean;
    let answerContent: string | Node;
    const parts: HTMLElement[] = [];
    if (generated) {
      right = isRight(generated.answer, input);
      const a = generated.answer;
      answerContent =
        a.kind === "number"
          ? a.value.toFixed(a.decimals)
          : a.choices.find((c) => c.value === a.value)!.text[lang];
      const slip = right ? undefined : slipOf(generated, input);
      if (slip) parts.push(withLabel(fill("review.slip"), slip[lang]));
      parts.push(withLabel(fill("review.why"), generated.explain[lang]));
    } else {
      const opts = [...item.bank!.querySelectorAll<HTMLElement>("[data-opt]")];
      const correct = opts.find((o) => o.dataset.correct === "true")!;
      const picked = opts[Number(input)];
      right = picked === correct;
      answerContent = correct.querySelector("[data-text]")!;
      const outcome = item.bank!.querySelector("[data-outcome]");
      if (!right && picked) parts.push(withLabel(fill("review.yours"), picked.querySelector("[data-expl]")!));
      if (outcome) parts.push(withLabel(fill("predict.happens"), outcome));
      parts.push(withLabel(fill("review.why"), correct.querySelector("[data-expl]")!));
    }
    // ✓ on the right option, ✗ on a wrong choice (the feedback says the same in words).
    const rightValue =
      generated?.answer.kind === "choice"
        ? generated.answer.value
        : generated
          ? undefined
          : String(
              [...item.bank!.querySelectorAll<HTMLElement>("[data-opt]")].findIndex(
                (o) => o.dataset.correct === "true",
              ),
            );
    for (const radio of area.querySelectorAll<HTMLInputElement>("input[type=radio]")) {
      const label = radio.closest("label")!;
      const mark = label.querySelector(".mark")!;
      if (radio.value === rightValue) {
        label.dataset.mark = "right";
        mark.textContent = "✓";
      } else if (radio.checked) {
        label.dataset.mark = "wrong";
        mark.textContent = "✗";
      }
    }
    if (right) rightCount++;
    const progress = await store.getProgress();
    const updated = nextCard(progress.review?.[item.id], right, store.time());
    await store.saveReviewCard(item.id, updated);
    const verdict = el("p");
    if (right) verdict.append(el("span", fill("review.right"), "verdict-right"));
    else {
      const [before, rest] = fill("review.wrong", { answer: "\u0000" }).split("\u0000");
      verdict.append(el("span", before ?? "", "verdict-wrong"), el("span", answerContent), rest ?? "");
    }
    feedback.replaceChildren(
      verdict,
      ...parts,
      el("p", fill("review.back", { date: date(updated.due) }), "when"),
    );
    root.dataset.last = right ? "right" : "wrong";
    fieldset.disabled = true;
    check.hidden = true;
    next.textContent = fill(k + 1 < session.length ? "review.next" : "review.finish");
    next.hidden = false;
    next.focus();
  }

  function withLabel(label: string, content: string | Node): HTMLElement {
    const p = el("p");
    p.append(el("strong", label), " ", el("span", content));
    return p;
  }

  async function begin(): Promise<void> {
    const progress = await store.getProgress();
    const cards = progress.review ?? {};
    const now = store.time();
    const due = dueItems(items, cards, progress.read, now);
    session = buildSession(due);
    k = 0;
    rightCount = 0;
    card.hidden = true;
    root.dataset.due = String(due.length);
    if (session.length === 0) {
      const upcoming = items
        .map((i) => dueAt(i, cards, progress.read))
        .filter((t): t is number => t !== undefined && t > now);
      status.textContent =
        upcoming.length === 0
          ? fill("review.nothingRead")
          : fill("review.nothingDue", { date: date(Math.min(...upcoming)) });
      after.hidden = false;
      again.hidden = true;
      return;
    }
    status.textContent = fill("review.dueCount", { n: due.length, m: session.length });
    ask();
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void answer();
  });
  area.addEventListener("input", () => (note.textContent = ""));
  next.addEventListener("click", async () => {
    k++;
    if (k < session.length) {
      ask();
      (area.querySelector<HTMLElement>("input") ?? check).focus();
      return;
    }
    card.hidden = true;
    const progress = await store.getProgress();
    const left = dueItems(items, progress.review ?? {}, progress.read, store.time()).length;
    root.dataset.due = String(left);
    const missed = session.length - rightCount;
    status.textContent = [
      fill("review.done", { right: rightCount, total: session.length }),
      missed > 0 ? fill("review.doneWrong", { n: missed }) : "",
    ].join(" ");
    after.hidden = false;
    again.hidden = left === 0;
    again.textContent = fill("review.again", { n: Math.min(left, SESSION_SIZE) });
    status.tabIndex = -1;
    status.focus();
  });
  again.addEventListener("click", () => {
    void begin().then(() => (area.querySelector<HTMLElement>("input") ?? check).focus());
  });
  void begin();
});
