// Soft lookup in the browser: pointer drag, arrow keys and two preset buttons move the query; every
// change asks the library's attend (through the kernel) for scores, weights and the attention
// value, and redraws the picture, the table and the hard-lookup-versus-τ → 0 comparison.
import { pageLang } from "../../i18n/lang.ts";
import { kernelMessage, library, onLibraryChange } from "../shared/compute.ts";
import { type WidgetHandle, part, readProps, serialUpdates, setMessage, timed } from "../shared/dom.ts";
import {
  ADDITIVE,
  KEYS,
  LIMIT,
  VALUES,
  fromPixel,
  hardVersusLimitHtml,
  inKeyPanel,
  queryAria,
  renderSoftLookup,
  snapToKey,
  softLookupTable,
  temperatureAt,
  type Vec2,
} from "./render.ts";
import { strings } from "./strings.ts";
import type { ScoreName } from "../../lib/attention/index.ts";

export function mount(root: HTMLElement): WidgetHandle {
  const lang = pageLang();
  const s = strings[lang];
  let query = readProps<{ query: Vec2 }>(root).query;
  const plot = part(root, "[data-plot]");
  const table = part(root, "[data-table]");
  const compare = part(root, "[data-hard-vs-limit]");
  const scoreSelect = part<HTMLSelectElement>(root, "[data-score]");
  const slider = part<HTMLInputElement>(root, "[data-temperature]");
  const tempOut = part(root, "[data-temperature-value]");
  const matrix = part<HTMLFieldSetElement>(root, "[data-matrix]");
  const cells = [...root.querySelectorAll<HTMLInputElement>("[data-w]")];

  const update = serialUpdates(root, () =>
    timed(root, async () => {
      const temperature = temperatureAt(Number(slider.value));
      tempOut.textContent = temperature === 0 ? s.hard : `τ = ${temperature}`;
      const score = scoreSelect.value as ScoreName;
      matrix.hidden = score !== "general";
      const w = cells.map((c) => c.valueAsNumber);
      if (score === "general" && w.some((v) => !Number.isFinite(v))) {
        setMessage(root, s.badW);
        return;
      }
      const W = [w.slice(0, 2), w.slice(2, 4)];
      const result = await library.attend(query, KEYS, VALUES, {
        score,
        temperature,
        W,
        additiveParams: ADDITIVE,
      });
      if (!result.ok) {
        setMessage(root, kernelMessage(result.error, lang));
        return;
      }
      plot.innerHTML = renderSoftLookup(query, result.value, s);
      for (const [name, value] of Object.entries(queryAria(query, s))) plot.setAttribute(name, value);
      table.innerHTML = softLookupTable(result.value, s);
      compare.innerHTML = hardVersusLimitHtml(query, result.value, s);
      setMessage(root, null);
    }),
  );

  const moveTo = (p: Vec2) => {
    query = p;
    update();
  };
  const svgPoint = (event: PointerEvent): DOMPoint | null => {
    const toSvg = plot.querySelector("svg")?.getScreenCTM()?.inverse();
    return toSvg ? new DOMPoint(event.clientX, event.clientY).matrixTransform(toSvg) : null;
  };
  let dragging = false;
  plot.addEventListener("pointerdown", (event) => {
    const p = svgPoint(event);
    if (!p || !inKeyPanel(p.x, p.y)) return;
    dragging = true;
    plot.setPointerCapture(event.pointerId);
    event.preventDefault();
    moveTo(snapToKey(fromPixel(p.x, p.y)));
  });
  plot.addEventListener("pointermove", (event) => {
    if (!dragging) return;
    const p = svgPoint(event);
    if (p) moveTo(snapToKey(fromPixel(p.x, p.y)));
  });
  const endDrag = () => {
    dragging = false;
  };
  plot.addEventListener("pointerup", endDrag);
  plot.addEventListener("pointercancel", endDrag);
  plot.addEventListener("keydown", (event) => {
    const step = event.shiftKey ? 1 : 0.25;
    const moves: Record<string, Vec2> = {
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
      ArrowUp: [0, step],
      ArrowDown: [0, -step],
    };
    const d = moves[event.key];
    if (!d) return;
    event.preventDefault();
    const clamp = (v: number) => Math.max(-LIMIT, Math.min(LIMIT, Math.round(v * 100) / 100));
    moveTo([clamp(query[0] + d[0]), clamp(query[1] + d[1])]);
  });
  const presets: Record<string, Vec2> = { "on-key": [KEYS[0][0], KEYS[0][1]], between: [1.5, 0.5] };
  for (const button of root.querySelectorAll<HTMLButtonElement>("[data-preset]")) {
    button.addEventListener("click", () => moveTo(presets[button.dataset.preset ?? "between"]));
  }
  scoreSelect.addEventListener("change", update);
  slider.addEventListener("input", update);
  for (const c of cells) c.addEventListener("input", update);
  onLibraryChange(update);
  update();
  return {};
}
