/**
 * The one way a run's output reaches the page (cells, and anything else that shows what the
 * reader's code returned). Our own output markup (values, tables, errors: every string escaped by
 * output.ts) is set as it is; each piece of reader markup (an element-like value, a Plot chart) is
 * set aside and drawn, cleaned and in a shadow root of its own, by reader-markup.ts, which loads
 * with the first such piece. Build-time outputs (src/build/remark-cells.ts) come from the course's own
 * cells and library and stay in the page as the build wrote them, so they read and print without
 * JavaScript.
 */
import { renderItems, type OutputItem, type OutputWords } from "../../kernel/output.ts";

type Markup = typeof import("./reader-markup.ts");
let markup: Markup | undefined;
let loading: Promise<Markup> | undefined;
const loadMarkup = () => (loading ??= import("./reader-markup.ts").then((m) => (markup = m)));

/** Which output each box shows now: an older one that is still loading must not replace it. */
const latest = new WeakMap<HTMLElement, number>();
let counter = 0;

/** Whatever `box` is waiting to draw is out of date (a new run started). */
export function supersede(box: HTMLElement): void {
  latest.set(box, ++counter);
}

/**
 * Show `items` in `box`. Resolves to true once everything is drawn, or false when a newer output
 * (or `supersede`) took the box meanwhile.
 */
export function showOutput(box: HTMLElement, items: OutputItem[], words: OutputWords): Promise<boolean> {
  const pieces: string[] = [];
  const html = renderItems(items, words, (piece) => {
    pieces.push(piece);
    return "";
  });
  const mine = ++counter;
  latest.set(box, mine);
  box.innerHTML = html;
  if (pieces.length === 0) return Promise.resolve(true);
  const draw = (m: Markup) => {
    if (latest.get(box) !== mine) return false;
    box.querySelectorAll<HTMLElement>(".o-plot").forEach((host, i) => m.isolate(host, pieces[i] ?? ""));
    return true;
  };
  const failed = () => {
    loading = undefined; // the next chart tries again
    if (latest.get(box) !== mine) return false;
    for (const host of box.querySelectorAll<HTMLElement>(".o-plot")) {
      host.className = "o-note";
      host.textContent = words.chartFailed;
    }
    return true;
  };
  return markup ? Promise.resolve(draw(markup)) : loadMarkup().then(draw, failed);
}
