// Soft lookup, drawn: a query among 2-D keys, the scores and softmax weights as bars, and the
// attention value — the weighted mix of all values — in value space. Pure: numbers in, SVG out.

import type { AttendResult, ScoreName } from "../../lib/attention/index.ts";
import { FONT, esc, fmt, numbersTableHtml, r } from "../shared/format.ts";
import type { Strings } from "./strings.ts";

export type Vec2 = [number, number];
/** The score functions the widget offers, in the order of its menu. */
export const SCORES: ScoreName[] = ["dot", "scaledDot", "cosine", "general", "additive"];

/** The widget's fixed scene: four keys and the value stored under each. */
export const KEYS: Vec2[] = [
  [2, 1],
  [-1, 2],
  [-2, -1],
  [1, -2],
];
export const VALUES: Vec2[] = [
  [2, 2],
  [-2, 2],
  [-2, -2],
  [2, -2],
];
/** Parameters of the additive score vᵀ tanh(W q + U k), fixed for the widget. */
export const ADDITIVE = {
  W: [
    [1, 0],
    [0, 1],
    [0.5, 0.5],
  ],
  U: [
    [1, 0],
    [0, 1],
    [-0.5, 0.5],
  ],
  v: [1, 1, 1],
};

/** The extent of the plane: coordinates run from −LIMIT to LIMIT. */
export const LIMIT = 3;

/** What the library's attend returns: a score and a weight per key, and the attention value. */
export type Attended = Pick<AttendResult, "scores" | "weights" | "value">;

/**
 * Temperature for a slider position 0…40: 0 is τ = 0 (all the weight on the top-scoring key),
 * 20 is τ = 1, 40 is τ = 100.
 */
export function temperatureAt(position: number): number {
  return position <= 0 ? 0 : Math.round(10 ** ((position - 20) / 10) * 1000) / 1000;
}

const PANEL = 240;
const PAD = 22;
const W = 620;
const BARS_TOP = PANEL + 2 * PAD + 62;
const BAR_ROW = 26;

/** Plane coordinates → pixels inside a panel whose left edge is at x0. */
export function toPixel(p: Vec2, x0: number): Vec2 {
  const scale = PANEL / (2 * LIMIT);
  return [r(x0 + PAD + (p[0] + LIMIT) * scale), r(PAD + 20 + (LIMIT - p[1]) * scale)];
}

/** Pixels inside the key panel → plane coordinates, clamped to the plane. */
export function fromPixel(x: number, y: number): Vec2 {
  const scale = PANEL / (2 * LIMIT);
  const clamp = (v: number) => Math.max(-LIMIT, Math.min(LIMIT, Math.round(v * 100) / 100));
  return [clamp((x - PAD) / scale - LIMIT), clamp(LIMIT - (y - PAD - 20) / scale)];
}

/** What the focusable frame around the picture tells assistive technology about the query. */
export function queryAria(query: Vec2, s: Strings): Record<string, string> {
  return {
    role: "slider",
    "aria-label": s.handle,
    "aria-valuemin": String(-LIMIT),
    "aria-valuemax": String(LIMIT),
    "aria-valuenow": String(query[0]),
    "aria-valuetext": `${s.query} q = ${pt(query)}`,
  };
}

/** Whether a pixel lies inside the key panel (where the query can be dragged). */
export function inKeyPanel(x: number, y: number): boolean {
  return x >= PAD && x <= PAD + PANEL && y >= PAD + 20 && y <= PAD + 20 + PANEL;
}

/** The key the query is exactly equal to, as ch02's hard lookup compares: its index, or −1. */
export function matchingKey(query: Vec2): number {
  return KEYS.findIndex((k) => k[0] === query[0] && k[1] === query[1]);
}

/** The key with the highest score (the first on a tie): where all the weight goes as τ → 0. */
export function topScoringKey(scores: ArrayLike<number>): number {
  let best = 0;
  for (let j = 1; j < scores.length; j++) if (scores[j] > scores[best]) best = j;
  return best;
}

/** A dragged point that lands within `radius` of a key is put exactly on it (so a pointer can reach a key). */
export function snapToKey(p: Vec2, radius = 0.15): Vec2 {
  const near = KEYS.find((k) => Math.hypot(p[0] - k[0], p[1] - k[1]) <= radius);
  return near ? [near[0], near[1]] : p;
}

const oneHot = (j: number) => `(${KEYS.map((_, l) => (l === j ? 1 : 0)).join(", ")})`;

/**
 * Side by side: ch02's hard lookup (exact match) and attention at τ → 0 (the top-scoring key), for
 * the current query. They agree only when the query equals a key and that key also scores highest.
 */
export function hardVersusLimitHtml(query: Vec2, result: Attended, s: Strings): string {
  const match = matchingKey(query);
  const top = topScoringKey(result.scores);
  const key = (j: number) => `k${j + 1}`;
  const value = (j: number) => `v${j + 1}`;
  const hard = match >= 0 ? s.hardFound(key(match), oneHot(match), value(match)) : s.hardMissing(oneHot(-1));
  const limit = s.limitTop(key(top), oneHot(top), value(top));
  const verdict = match === top ? s.same : match >= 0 ? s.differentScore : s.differentMissing;
  return (
    `<dl class="sl-compare">` +
    `<dt>${esc(s.hardLabel)}</dt><dd data-hard-result>${esc(hard)}</dd>` +
    `<dt>${esc(s.limitLabel)}</dt><dd data-limit-result>${esc(limit)}</dd>` +
    `</dl><p class="sl-verdict" data-verdict="${match === top ? "same" : "different"}">${esc(verdict)}</p>`
  );
}

const pt = (p: ArrayLike<number>) => `(${fmt(p[0], 2)}, ${fmt(p[1], 2)})`;

function panel(x0: number, title: string): string {
  const [left, top] = toPixel([-LIMIT, LIMIT], x0);
  const [cx, cy] = toPixel([0, 0], x0);
  return (
    `<text x="${x0 + PAD}" y="${PAD + 12}" class="w-soft" font-size="${FONT.label}">${esc(title)}</text>` +
    `<rect x="${left}" y="${top}" width="${PANEL}" height="${PANEL}" class="w-box"/>` +
    `<line x1="${left}" y1="${cy}" x2="${left + PANEL}" y2="${cy}" class="w-line"/>` +
    `<line x1="${cx}" y1="${top}" x2="${cx}" y2="${top + PANEL}" class="w-line"/>`
  );
}

/** The whole widget picture for one query and the library's answer. */
export function renderSoftLookup(query: Vec2, result: Attended, s: Strings): string {
  const n = KEYS.length;
  const out: string[] = [];
  const right = PANEL + 2 * PAD + 40;
  out.push(panel(0, s.keySpace), panel(right, s.valueSpace));
  // Keys, each with its weight; a line from the query whose width is the weight. A weight that is
  // not a finite number (a broken library edit) gets no line: its α says what it is.
  const q = toPixel(query, 0);
  KEYS.forEach((k, j) => {
    const [x, y] = toPixel(k, 0);
    const w = result.weights[j];
    if (!Number.isFinite(w)) return;
    out.push(
      `<line x1="${q[0]}" y1="${q[1]}" x2="${x}" y2="${y}" class="w-stroke-key" stroke-width="${r(0.5 + 6 * w)}" stroke-opacity="0.55"/>`,
    );
  });
  KEYS.forEach((k, j) => {
    const [x, y] = toPixel(k, 0);
    out.push(`<circle cx="${x}" cy="${y}" r="7" class="w-key"/>`);
    out.push(`<text x="${x + 10}" y="${y - 8}" class="w-text" font-size="${FONT.label}">k${j + 1}</text>`);
    out.push(
      `<text x="${x + 10}" y="${y + 8}" class="w-soft w-mono" font-size="${FONT.note}">α=${fmt(result.weights[j], 2)}</text>`,
    );
  });
  // The query: the point the reader drags (the keyboard moves it through the picture's frame).
  out.push(
    `<g data-query-point><circle cx="${q[0]}" cy="${q[1]}" r="11" class="w-query" stroke-width="2"/>` +
      `<text x="${q[0]}" y="${q[1] + 4}" text-anchor="middle" font-size="${FONT.number}" font-weight="700" class="w-box" stroke="none">q</text></g>`,
  );
  const [qx, qy] = toPixel([-LIMIT, -LIMIT], 0);
  out.push(
    `<text x="${qx}" y="${qy + 16}" class="w-text w-mono" font-size="${FONT.number}">q = ${pt(query)}</text>`,
  );
  // Values and the attention value a = Σ α_j v_j (not drawn when it is not a finite point: its
  // coordinates below say so).
  const a: Vec2 = [result.value[0], result.value[1]];
  const ap = toPixel(a, right);
  const aDrawn = a.every(Number.isFinite);
  VALUES.forEach((v, j) => {
    if (!aDrawn || !Number.isFinite(result.weights[j])) return;
    const [x, y] = toPixel(v, right);
    out.push(
      `<line x1="${ap[0]}" y1="${ap[1]}" x2="${x}" y2="${y}" class="w-stroke-value" stroke-width="${r(0.5 + 6 * result.weights[j])}" stroke-opacity="0.55"/>`,
    );
  });
  VALUES.forEach((v, j) => {
    const [x, y] = toPixel(v, right);
    out.push(`<rect x="${x - 7}" y="${y - 7}" width="14" height="14" class="w-value"/>`);
    out.push(
      `<text x="${x + (v[0] > 0 ? -12 : 12)}" y="${y + (v[1] > 0 ? -10 : 20)}" text-anchor="${v[0] > 0 ? "end" : "start"}" class="w-text" font-size="${FONT.label}">v${j + 1}</text>`,
    );
  });
  if (aDrawn)
    out.push(
      `<path d="M${ap[0]} ${ap[1] - 10}L${ap[0] + 10} ${ap[1]}L${ap[0]} ${ap[1] + 10}L${ap[0] - 10} ${ap[1]}Z" class="w-text"/>`,
      `<text x="${ap[0] + 12}" y="${ap[1] + 4}" class="w-text" font-size="${FONT.label}" font-weight="700">a</text>`,
    );
  const [vx, vy] = toPixel([-LIMIT, -LIMIT], right);
  out.push(
    `<text x="${vx}" y="${vy + 16}" class="w-text w-mono" font-size="${FONT.number}">a = Σ α v = ${pt(a)}</text>`,
  );
  // Bars: scores (centred at 0) and weights (0…1).
  const maxScore = Math.max(
    1e-9,
    ...Array.from(result.scores, (e) => (Number.isFinite(e) ? Math.abs(e) : 0)),
  );
  const col = { label: 10, score: 60, weight: 350 };
  const half = 100;
  out.push(
    `<text x="${col.score}" y="${BARS_TOP - 8}" class="w-soft" font-size="${FONT.label}">${esc(s.scores)}</text>`,
  );
  out.push(
    `<text x="${col.weight}" y="${BARS_TOP - 8}" class="w-soft" font-size="${FONT.label}">${esc(s.weights)}</text>`,
  );
  for (let j = 0; j < n; j++) {
    const y = BARS_TOP + j * BAR_ROW;
    const e = result.scores[j];
    const len = r((Math.abs(e) / maxScore) * half);
    const x0 = col.score + half;
    out.push(
      `<text x="${col.label}" y="${y + 15}" class="w-text" font-size="${FONT.label}">k${j + 1}</text>`,
    );
    out.push(`<line x1="${x0}" y1="${y}" x2="${x0}" y2="${y + 20}" class="w-line"/>`);
    if (Number.isFinite(e))
      out.push(`<rect x="${e < 0 ? x0 - len : x0}" y="${y + 3}" width="${len}" height="14" class="w-key"/>`);
    out.push(
      `<text x="${x0 + half + 8}" y="${y + 15}" class="w-text w-mono" font-size="${FONT.number}">${fmt(e, 2)}</text>`,
    );
    const wl = r(result.weights[j] * 2 * half);
    out.push(`<rect x="${col.weight}" y="${y + 3}" width="${2 * half}" height="14" class="w-box"/>`);
    if (Number.isFinite(wl))
      out.push(`<rect x="${col.weight}" y="${y + 3}" width="${wl}" height="14" class="w-accent"/>`);
    out.push(
      `<text x="${col.weight + 2 * half + 8}" y="${y + 15}" class="w-text w-mono" font-size="${FONT.number}">${fmt(result.weights[j], 3)}</text>`,
    );
  }
  const H = BARS_TOP + n * BAR_ROW + 6;
  let best = 0;
  for (let j = 1; j < n; j++) if (result.weights[j] > result.weights[best]) best = j;
  const label = s.summary(pt(query), `k${best + 1}`, fmt(result.weights[best], 2));
  return `<svg viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" aria-label="${esc(label)}">${out.join("")}</svg>`;
}

/** Scores and weights per key, as a table. */
export function softLookupTable(result: Attended, s: Strings): string {
  return numbersTableHtml({
    caption: s.tableCaption,
    corner: s.key,
    columns: ["x", "y", s.scores, s.weights, `${s.value} x`, `${s.value} y`],
    rows: KEYS.map((k, j) => ({
      label: `k${j + 1}`,
      values: [k[0], k[1], result.scores[j], result.weights[j], VALUES[j][0], VALUES[j][1]],
    })),
    digits: 3,
  });
}
