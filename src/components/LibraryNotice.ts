/**
 * The notice on every widget and every cell that computes with the attention library, while the
 * reader's edited library fails its checks (src/kernel/checking/library.ts): which function fails
 * and on what case, and one button to use the course's version for now — or, while the course's
 * is in use for now, one to go back to theirs. One place for all of them: widgets need no code of
 * their own (the frame's root is `[data-widget]`), cells are found by their `import … "attention"`.
 */
import type { LibraryVerdict } from "../kernel/checking/library.ts";
import { pageLang, t } from "../i18n/index.ts";

export interface NoticeState {
  /** The failing verdicts of the reader's library (none: no notice). */
  failing: LibraryVerdict[];
  /** The course's library is in use for now, instead of the reader's failing one. */
  paused: boolean;
  onUseCourse(): void;
  onUseMine(): void;
}

const USES_LIBRARY = /\bfrom\s*["']attention["']|\bimport\s*\(\s*["']attention["']\s*\)/;

/** Where notices go: every widget (after its title) and every cell that imports the library (above its output). */
function hosts(): { el: HTMLElement; before: Element | null }[] {
  const widgets = [...document.querySelectorAll<HTMLElement>("[data-widget]")].map((el) => ({
    el,
    before: el.querySelector(":scope > figcaption")?.nextElementSibling ?? el.firstElementChild,
  }));
  const cells = [...document.querySelectorAll<HTMLElement>("[data-cell]")]
    .filter((el) => USES_LIBRARY.test(el.dataset.currentCode ?? el.dataset.code ?? ""))
    .map((el) => ({ el, before: el.querySelector("[data-cell-output]") }));
  return [...widgets, ...cells];
}

function button(text: string, action: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement("button");
  b.type = "button";
  b.className = "control";
  b.dataset.action = action;
  b.textContent = text;
  b.addEventListener("click", onClick);
  return b;
}

/** Show (or, with nothing failing, remove) the notice on every widget and library-using cell. */
export function showLibraryNotices(state: NoticeState): void {
  const lang = pageLang();
  for (const { el, before } of hosts()) {
    let box = el.querySelector<HTMLElement>(":scope > [data-library-notice]");
    if (state.failing.length === 0) {
      box?.remove();
      continue;
    }
    if (!box) {
      box = document.createElement("div");
      box.className = "library-notice";
      box.dataset.libraryNotice = "";
      box.setAttribute("role", "note");
      el.insertBefore(box, before);
    }
    const [first, ...rest] = state.failing;
    box.dataset.state = state.paused ? "course" : "mine";
    box.dataset.failing = state.failing.map((v) => v.name).join(",");
    const text = document.createElement("p");
    if (state.paused) {
      text.textContent = t(lang, "library.noticePaused", { name: first.name });
      box.replaceChildren(text, button(t(lang, "library.useMine"), "use-mine", state.onUseMine));
      continue;
    }
    text.textContent = t(lang, "library.noticeFailing", { name: first.name });
    const why = document.createElement("p");
    why.className = "why";
    why.textContent = first.message ?? "";
    const parts: Node[] = [text, why];
    if (rest.length) {
      const more = document.createElement("p");
      more.textContent = t(lang, "library.noticeMore", { names: rest.map((v) => v.name).join(", ") });
      parts.push(more);
    }
    parts.push(button(t(lang, "library.useCourse"), "use-course", state.onUseCourse));
    box.replaceChildren(...parts);
  }
}
