// One output step of the trained model, drawn as the nine stages the course named one chapter at
// a time: embedding and encoder (04), keys = values = h_j (05), the query s_{i-1} (06), scores
// e_ij, weights α_ij and the attention value a_i (07), the concatenation [embed(y_{i-1}); a_i],
// the new state s_i and the output y_i (08). Pure: the numbers of encode() and greedyDecode() in,
// HTML with small SVG pictures out, the same at build time and in the browser.

import { FONT, charLabel, esc, fmt, heat, numbersTableHtml } from "../shared/format.ts";
import { sub, type Strings } from "./strings.ts";

/** The part of one greedyDecode step this widget draws. */
export interface WalkStep {
  token: string;
  query: ArrayLike<number>;
  scores: ArrayLike<number>;
  weights: ArrayLike<number>;
  attentionValue: ArrayLike<number>;
  decoderInput: ArrayLike<number>;
  decoderState: ArrayLike<number>;
}

/** What the widget needs from one input: the characters, h_1..h_T, and the decoding. */
export interface Walk {
  inputTokens: string[];
  outputTokens: string[];
  encoderStates: ArrayLike<number>[];
  steps: WalkStep[];
}

/** Width of one input character's column (characters, h_j, scores and weights line up). */
const COL = 20;
/** Height of one entry of h_j in the encoder picture. */
const ROW = 3;
/** Width and height of one entry of a vector drawn as a strip. */
const CELL = 8;
const STRIP = 16;
const LEFT = 4;

function largest(v: ArrayLike<number>): number {
  let m = 0;
  for (let k = 0; k < v.length; k++) m = Math.max(m, Math.abs(v[k]));
  return m;
}

function argmax(v: ArrayLike<number>): number {
  let best = 0;
  for (let k = 1; k < v.length; k++) if (v[k] > v[best]) best = k;
  return best;
}

function svg(width: number, height: number, label: string, body: string): string {
  return `<svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${esc(label)}">${body}</svg>`;
}

/** The input characters along the top of a column picture. */
function charRow(tokens: string[], y: number, strong = -1): string {
  return tokens
    .map(
      (c, j) =>
        `<text x="${LEFT + j * COL + COL / 2}" y="${y}" text-anchor="middle" font-size="${FONT.label}" class="${j === strong ? "w-accent" : "w-text"}"${j === strong ? ' font-weight="700"' : ""}>${esc(charLabel(c))}</text>`,
    )
    .join("");
}

/** h_1..h_T as columns of heat cells, one column per input character. */
function encoderPicture(walk: Walk, label: string): string {
  const T = walk.inputTokens.length;
  const H = walk.encoderStates[0]?.length ?? 0;
  const top = 20;
  let body = charRow(walk.inputTokens, 14);
  walk.encoderStates.forEach((h, j) => {
    for (let k = 0; k < H; k++) {
      const c = heat(h[k], 1);
      body += `<rect x="${LEFT + j * COL + 2}" y="${top + k * ROW}" width="${COL - 4}" height="${ROW}" class="${c.cls}" fill-opacity="${c.opacity}"/>`;
    }
  });
  body += walk.inputTokens
    .map(
      (_, j) =>
        `<text x="${LEFT + j * COL + COL / 2}" y="${top + H * ROW + 13}" text-anchor="middle" font-size="${FONT.small}" class="w-soft">h${sub(j + 1)}</text>`,
    )
    .join("");
  return svg(LEFT * 2 + T * COL, top + H * ROW + 18, label, body);
}

/** One bar per input character: scores around a zero line, or weights up from the bottom. */
function barsPicture(tokens: string[], values: ArrayLike<number>, signed: boolean, label: string): string {
  const T = tokens.length;
  const half = 28;
  const max = largest(values) || 1;
  const strong = argmax(values);
  const zero = signed ? 20 + half : 20 + 2 * half;
  let body = charRow(tokens, 14, signed ? -1 : strong);
  for (let j = 0; j < T; j++) {
    const v = values[j];
    const h = (Math.abs(v) / max) * (signed ? half : 2 * half);
    const y = v >= 0 ? zero - h : zero;
    const cls = signed ? (v < 0 ? "w-query" : "w-key") : j === strong ? "w-accent" : "w-key";
    body += `<rect x="${LEFT + j * COL + 4}" y="${y.toFixed(1)}" width="${COL - 8}" height="${Math.max(h, 0.5).toFixed(1)}" class="${cls}"/>`;
  }
  body += `<line x1="${LEFT}" x2="${LEFT + T * COL}" y1="${zero}" y2="${zero}" class="w-stroke-key" stroke-width="0.5"/>`;
  const height = signed ? zero + half + 4 : zero + 4;
  return svg(LEFT * 2 + T * COL, height, label, body);
}

/** A vector as a strip of heat cells; `parts` splits it into stretches outlined in their own colour. */
function stripPicture(
  values: ArrayLike<number>,
  label: string,
  parts: Array<{ from: number; to: number; stroke: string; max: number }>,
): string {
  let body = "";
  for (const part of parts) {
    const x = LEFT + part.from * CELL + (part.from > 0 ? 4 : 0);
    body += `<rect x="${x - 2}" y="2" width="${(part.to - part.from) * CELL + 3}" height="${STRIP + 4}" class="${part.stroke}" stroke-width="1.5"/>`;
    for (let k = part.from; k < part.to; k++) {
      const c = heat(values[k], part.max);
      body += `<rect x="${x + (k - part.from) * CELL}" y="4" width="${CELL - 1}" height="${STRIP}" class="${c.cls}" fill-opacity="${c.opacity}"/>`;
    }
  }
  return svg(LEFT * 2 + values.length * CELL + 8, STRIP + 8, label, body);
}

/** y_{i-1} of step i (1-based), as the widget names it: the start token at step 1. */
function previous(walk: Walk, i: number, s: Strings): string {
  return i <= 1 ? s.start : s.char(charLabel(walk.outputTokens[i - 2]));
}

function stage(hook: string, name: string, text: string, picture: string): string {
  return `<li data-stage="${hook}"><p class="mw-name"><strong>${esc(name)}</strong> ${esc(text)}</p>${picture}</li>`;
}

/** The nine stages of output step i (1-based) as an ordered list. */
export function renderWalkthrough(walk: Walk, i: number, s: Strings): string {
  const step = walk.steps[i - 1];
  const T = walk.inputTokens.length;
  const H = step.attentionValue.length;
  const D = step.decoderInput.length - H;
  const best = argmax(step.weights);
  const state = (v: ArrayLike<number>, label: string, stroke: string) =>
    stripPicture(v, label, [{ from: 0, to: v.length, stroke, max: 1 }]);
  const embedMax = largest(Array.from(step.decoderInput).slice(0, D));
  const sofar = walk.outputTokens.slice(0, i).join("");
  const stages = [
    stage("encoder", s.encoderName, s.encoder(T, H), ""),
    stage("keys", s.keysName, s.keys, encoderPicture(walk, s.keysName)),
    stage("query", s.queryName, s.query(i), state(step.query, s.queryName, "w-stroke-query")),
    stage(
      "scores",
      s.scoresName,
      s.scores(i),
      barsPicture(walk.inputTokens, step.scores, true, s.scoresName),
    ),
    stage(
      "weights",
      s.weightsName,
      s.weights(i, charLabel(walk.inputTokens[best]), fmt(step.weights[best], 2)),
      barsPicture(walk.inputTokens, step.weights, false, s.weightsName),
    ),
    stage("value", s.valueName, s.value(i), state(step.attentionValue, s.valueName, "w-stroke-value")),
    stage(
      "concat",
      s.concatName,
      s.concat(previous(walk, i, s), D, H),
      stripPicture(step.decoderInput, s.concatName, [
        { from: 0, to: D, stroke: "w-stroke-query", max: embedMax },
        { from: D, to: D + H, stroke: "w-stroke-value", max: 1 },
      ]),
    ),
    stage("state", s.stateName, s.state(i), state(step.decoderState, s.stateName, "w-stroke-accent")),
    stage("output", s.outputName, s.output(i, charLabel(step.token), sofar), ""),
  ];
  return `<ol class="mw-stages">${stages.join("")}</ol>`;
}

/** The numbers of output step i: score and weight per input character, then every vector in full. */
export function walkthroughTables(walk: Walk, i: number, s: Strings): string {
  const step = walk.steps[i - 1];
  const H = step.attentionValue.length;
  const D = step.decoderInput.length - H;
  const perChar = numbersTableHtml({
    caption: s.tableCaption(i),
    corner: s.position,
    columns: [s.charCol, s.scoreCol, s.weightCol],
    rows: walk.inputTokens.map((c, j) => ({
      label: String(j + 1),
      values: [charLabel(c), step.scores[j], step.weights[j]],
    })),
    digits: 3,
  });
  const list = (v: ArrayLike<number>) => Array.from(v, (x) => fmt(x, 2)).join(" ");
  const vectors = numbersTableHtml({
    caption: s.vectorsCaption(i),
    corner: s.vectorCol,
    columns: [s.sizeCol, s.entriesCol],
    rows: [
      { label: `s${sub(i - 1)}`, values: [String(step.query.length), list(step.query)] },
      { label: `a${sub(i)}`, values: [String(H), list(step.attentionValue)] },
      {
        label: `embed(y${sub(i - 1)})`,
        values: [String(D), list(Array.from(step.decoderInput).slice(0, D))],
      },
      { label: `s${sub(i)}`, values: [String(step.decoderState.length), list(step.decoderState)] },
    ],
  });
  return perChar + vectors;
}
