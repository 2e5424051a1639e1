// Browser-side plumbing every widget shares: start when visible, mark ready, show messages,
// and run updates one at a time with the newest input.
import { pageLang } from "../../i18n/lang.ts";
import { markHtml, markParts } from "../../i18n/lang-parts.ts";
import { replayEarlyClicks } from "./early-clicks.ts";

/** Calls `show` when the widget scrolls into view (the first time: it starts) and `hide` when it leaves. */
export function whenVisible(root: HTMLElement, show: () => void, hide?: () => void): void {
  if (!("IntersectionObserver" in window)) {
    show();
    return;
  }
  new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) show();
        else hide?.();
      }
    },
    { rootMargin: "100px" },
  ).observe(root);
}

/**
 * Puts a widget's markup into `el`, each run in the other language marked with its `lang` (a
 * Korean input's characters on an English page): see src/i18n/lang-parts.ts.
 */
export function setHtml(el: Element, html: string): void {
  el.innerHTML = markHtml(html, pageLang());
}

/** Puts text into `el` (like `textContent`), each run in the other language marked with its `lang`. */
export function setText(el: Element, text: string): void {
  el.innerHTML = markParts(text, { pageLang: pageLang() });
}

/** `data-ready="true"` once the widget has drawn its current state; "false" while it works. */
export function setReady(root: HTMLElement, ready: boolean): void {
  root.dataset.ready = String(ready);
}

/** Shows (or, with null, hides) the widget's inline message. */
export function setMessage(root: HTMLElement, text: string | null, kind: "error" | "info" = "error"): void {
  const box = root.querySelector<HTMLElement>("[data-message]");
  if (!box) return;
  box.hidden = text === null;
  setText(box, text ?? "");
  box.dataset.kind = kind;
}

/**
 * Wraps an async update so that at most one runs at a time: calls made while it runs collapse
 * into one more run afterwards, with the newest state. `data-ready` is "true" only when idle.
 */
export function serialUpdates(root: HTMLElement, update: () => Promise<void>): () => void {
  let running = false;
  let again = false;
  const run = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    setReady(root, false);
    try {
      do {
        again = false;
        await update();
      } while (again);
    } finally {
      running = false;
      setReady(root, true);
    }
  };
  return () => void run();
}

/** The widget's props as written by its Astro component into `data-props`. */
export function readProps<T>(root: HTMLElement): T {
  return JSON.parse(root.dataset.props ?? "{}") as T;
}

/** The element under `root` matching `selector` (the Astro component guarantees it exists). */
export function part<T extends Element = HTMLElement>(root: HTMLElement, selector: string): T {
  return root.querySelector<T>(selector) as T;
}

/** Measures one update (for the interaction-time report): the last duration is kept on the root. */
export async function timed(root: HTMLElement, work: () => Promise<void> | void): Promise<void> {
  const started = performance.now();
  await work();
  root.dataset.updateMs = (performance.now() - started).toFixed(2);
}

/** What a started widget offers its page: being told that it scrolled into or out of view. */
export interface WidgetHandle {
  show?(): void;
  hide?(): void;
}

/** A widget's browser code: its definition (widget.ts) mounted on its element (mount.ts). */
export interface WidgetClient {
  mount(root: HTMLElement): WidgetHandle;
}

/**
 * Starts every widget on the page the first time it scrolls into view: only then is its code
 * (`clients(name)`) fetched, so a chapter's first load stays small. A click that
 * arrives before the code is in is replayed after it. Later visibility changes are passed on, so
 * a widget can stop work while it is off screen.
 */
export function startWidgets(clients: (name: string) => (() => Promise<WidgetClient>) | undefined): void {
  for (const root of document.querySelectorAll<HTMLElement>("[data-widget]:not([data-started])")) {
    root.dataset.started = "";
    const load = clients(root.dataset.widget ?? "");
    if (!load) continue;
    setReady(root, false);
    let handle: Promise<WidgetHandle> | undefined;
    let mounted = false;
    const start = () =>
      (handle ??= load().then((m) => {
        const h = m.mount(root);
        mounted = true;
        return h;
      }));
    // A click that lands before the widget's code (e.g. "Train" pressed at once) waits for it.
    replayEarlyClicks(root, start, () => mounted);
    whenVisible(
      root,
      () => void start().then((h) => h.show?.()),
      () => void handle?.then((h) => h.hide?.()),
    );
  }
}

/** Shows the cautions about the decoding on screen (see DateCautions.astro); none hides the box. */
export function setCautions(root: HTMLElement, lines: readonly string[]): void {
  const box = root.querySelector<HTMLElement>("[data-caution]");
  const list = box?.querySelector("ul");
  if (!box || !list) return;
  box.hidden = lines.length === 0;
  list.replaceChildren(
    ...lines.map((line) => {
      const item = document.createElement("li");
      setText(item, line);
      return item;
    }),
  );
}
