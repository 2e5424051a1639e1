// Soft lookup, one definition for the build and the page: the query among 2-D keys, the score
// function, the temperature and (for "general") the matrix W go to the library's attend; its
// scores, weights and attention value are drawn as a picture, a table and ch02's hard lookup
// beside attention as τ → 0. In the page the reader drags the query (pointer, touch or arrow
// keys), picks a score function, moves the temperature or puts the query on a key or between keys.
import type { ScoreName } from "../../lib/attention/index.ts";
import { defineWidget } from "../shared/widget.ts";
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

export interface Props {
  query?: Vec2;
  score?: ScoreName;
  /** Slider position 0…40 (20 is τ = 1, 0 is the hard lookup). */
  temperature?: number;
}

interface State {
  query: Vec2;
  score: ScoreName;
  /** The slider's position 0…40. */
  temperature: number;
  /** The general score's matrix W, row by row (its four boxes). */
  W: number[];
}

export default defineWidget({
  name: "soft-lookup",
  strings,
  initial: ({ query = [1.5, 0.5], score = "dot", temperature = 20 }: Props): State => ({
    query,
    score,
    temperature,
    W: [1, 0, 0, 1],
  }),
  problem: (state, s) =>
    state.score === "general" && state.W.some((v) => !Number.isFinite(v)) ? s.badW : null,
  compute: ({ library }, { query, score, temperature, W }) =>
    library.attend(query, KEYS, VALUES, {
      score,
      temperature: temperatureAt(temperature),
      W: [W.slice(0, 2), W.slice(2, 4)],
      additiveParams: ADDITIVE,
    }),
  render: (result, { query }, s) => ({
    plot: { html: renderSoftLookup(query, result, s), attrs: queryAria(query, s) },
    "hard-vs-limit": hardVersusLimitHtml(query, result, s),
    table: softLookupTable(result, s),
  }),
  bind(live) {
    const { s } = live;
    const plot = live.part("[data-plot]");
    const scoreSelect = live.part<HTMLSelectElement>("[data-score]");
    const slider = live.part<HTMLInputElement>("[data-temperature]");
    const tempOut = live.part("[data-temperature-value]");
    const matrix = live.part<HTMLFieldSetElement>("[data-matrix]");
    const cells = [...live.root.querySelectorAll<HTMLInputElement>("[data-w]")];
    // The controls as the reader left them (a browser may restore them on return).
    const controls = () => {
      const temperature = temperatureAt(Number(slider.value));
      tempOut.textContent = temperature === 0 ? s.hard : `τ = ${temperature}`;
      matrix.hidden = scoreSelect.value !== "general";
      live.set({
        score: scoreSelect.value as ScoreName,
        temperature: Number(slider.value),
        W: cells.map((c) => c.valueAsNumber),
      });
    };
    const moveTo = (query: Vec2) => live.set({ query });

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
      const [x, y] = live.state.query;
      moveTo([clamp(x + d[0]), clamp(y + d[1])]);
    });
    const presets: Record<string, Vec2> = { "on-key": [KEYS[0][0], KEYS[0][1]], between: [1.5, 0.5] };
    for (const button of live.root.querySelectorAll<HTMLButtonElement>("[data-preset]")) {
      button.addEventListener("click", () => moveTo(presets[button.dataset.preset ?? "between"]));
    }
    scoreSelect.addEventListener("change", controls);
    slider.addEventListener("input", controls);
    for (const c of cells) c.addEventListener("input", controls);
    controls();
  },
});
