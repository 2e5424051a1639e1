// The decoder's input at step i, drawn with its real sizes and values: embed(y_{i-1}) and the
// attention value a_i, each a strip of cells, joined end to end into [embed(y_{i-1}); a_i].
// Without attention the second part is the same fixed vector c = h_T at every step.
// Pure: numbers in, SVG out.

import { FONT, charLabel, esc, heat, numbersTableHtml } from "../shared/format.ts";
import type { Strings } from "./strings.ts";

/** The part of one greedyDecode step this widget draws. */
export interface Step {
  token: string;
  attentionValue: ArrayLike<number>;
  decoderInput: ArrayLike<number>;
}

const CELL = 9;
const STRIP = 18;

function strip(values: ArrayLike<number>, x: number, y: number, max: number, stroke: string): string {
  let out = `<rect x="${x - 2}" y="${y - 2}" width="${values.length * CELL + 3}" height="${STRIP + 4}" class="${stroke}" stroke-width="1.5"/>`;
  for (let k = 0; k < values.length; k++) {
    const c = heat(values[k], max);
    out += `<rect x="${x + k * CELL}" y="${y}" width="${CELL - 1}" height="${STRIP}" class="${c.cls}" fill-opacity="${c.opacity}"/>`;
  }
  return out;
}

/** The largest absolute entry of a vector (the scale shared by the strips). */
function largest(v: ArrayLike<number>): number {
  let m = 0;
  for (let k = 0; k < v.length; k++) m = Math.max(m, Math.abs(v[k]));
  return m;
}

/** The previous output token y_{i-1} of step i (1-based): the start token at step 1. */
export function previousToken(outputTokens: string[], i: number): string {
  return i <= 1 ? "<s>" : `“${charLabel(outputTokens[i - 2])}”`;
}

/** How much the second part (a_i, or c without attention) moved since step i−1: null at step 1. */
export function changeSincePrevious(steps: Step[], i: number): number | null {
  if (i <= 1) return null;
  const a = steps[i - 1].attentionValue;
  const b = steps[i - 2].attentionValue;
  let m = 0;
  for (let k = 0; k < a.length; k++) m = Math.max(m, Math.abs(a[k] - b[k]));
  return m;
}

/** Step i (1-based) as three strips: embedding, attention value (or c), and the two joined. */
export function renderConcatenation(
  steps: Step[],
  outputTokens: string[],
  i: number,
  attention: boolean,
  s: Strings,
): string {
  const step = steps[i - 1];
  const H = step.attentionValue.length;
  const D = step.decoderInput.length - H;
  const embed = Array.from(step.decoderInput).slice(0, D);
  const second = Array.from(step.decoderInput).slice(D);
  const max = largest(step.decoderInput);
  const x0 = 10;
  const rows = { embed: 24, second: 86, joined: 168 };
  const joinedX2 = x0 + D * CELL;
  const width = x0 + (D + H) * CELL + 20;
  const out: string[] = [];
  const label = (y: number, text: string, x = x0) =>
    `<text x="${x}" y="${y}" class="w-text" font-size="${FONT.label}">${esc(text)}</text>`;
  out.push(label(rows.embed - 8, `${s.embed(previousToken(outputTokens, i))} (${D})`));
  out.push(strip(embed, x0, rows.embed, max, "w-stroke-query"));
  out.push(label(rows.second - 8, `${attention ? s.attention : s.fixed} (${H})`, joinedX2));
  out.push(strip(second, joinedX2, rows.second, max, "w-stroke-value"));
  // Guides from each part to its place in the joined vector.
  out.push(
    `<path d="M${x0} ${rows.embed + STRIP + 3}L${x0} ${rows.joined - 3}M${joinedX2 - 3} ${rows.embed + STRIP + 3}L${joinedX2 - 3} ${rows.joined - 3}" class="w-stroke-query" stroke-dasharray="3 3"/>`,
  );
  out.push(
    `<path d="M${joinedX2} ${rows.second + STRIP + 3}L${joinedX2} ${rows.joined - 3}M${width - 20} ${rows.second + STRIP + 3}L${width - 20} ${rows.joined - 3}" class="w-stroke-value" stroke-dasharray="3 3"/>`,
  );
  out.push(label(rows.joined - 22, `${s.joined(attention)}: ${s.size(D, H)}`));
  out.push(`<text x="${x0 - 8}" y="${rows.joined + 14}" class="w-text" font-size="${FONT.large}">[</text>`);
  out.push(strip(embed, x0, rows.joined, max, "w-stroke-query"));
  out.push(
    `<text x="${joinedX2 - 4}" y="${rows.joined + 14}" class="w-text" font-size="${FONT.large}">;</text>`,
  );
  out.push(strip(second, joinedX2 + 1, rows.joined, max, "w-stroke-value"));
  out.push(
    `<text x="${width - 16}" y="${rows.joined + 14}" class="w-text" font-size="${FONT.large}">]</text>`,
  );
  out.push(
    `<text x="${x0}" y="${rows.joined + STRIP + 24}" class="w-text" font-size="${FONT.label}">${esc(s.then(charLabel(step.token)))}</text>`,
  );
  const height = rows.joined + STRIP + 34;
  return `<svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${esc(s.summary(i, D, H, attention))}">${out.join("")}</svg>`;
}

/** The sentence under the picture: did the second part change since the last step? */
export function changeText(steps: Step[], i: number, s: Strings): string {
  const delta = changeSincePrevious(steps, i);
  if (delta === null) return s.first;
  return delta === 0 ? s.unchanged : s.changed(delta.toPrecision(2));
}

/** The decoder input of step i as a table: one row per entry, with the part it belongs to. */
export function concatenationTable(steps: Step[], i: number, attention: boolean, s: Strings): string {
  const step = steps[i - 1];
  const H = step.attentionValue.length;
  const D = step.decoderInput.length - H;
  return numbersTableHtml({
    caption: s.tableCaption(i),
    corner: "k",
    columns: [s.part, s.valueCol],
    rows: Array.from(step.decoderInput, (v, k) => ({
      label: String(k + 1),
      values: [k < D ? "embed(yᵢ₋₁)" : attention ? "aᵢ" : "c = h_T", v],
    })),
    digits: 3,
  });
}
