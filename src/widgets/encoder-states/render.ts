// The encoder's hidden states h_1..h_T, drawn as they build up: one column per character read
// (each column is one state, its H numbers top to bottom), or as a dictionary whose keys and
// values are the same vectors. Pure: numbers in, SVG out.

import { FONT, charLabel, esc, heat, numbersTableHtml } from "../shared/format.ts";
import type { Strings } from "./strings.ts";

/** What the library's encode returns. */
export interface Encoded {
  tokens: string[];
  encoderStates: ArrayLike<number>[];
}

const COL = 20;
const CELL_H = 5;
const LEFT = 40;
const TOP = 26;
/** Room the axis label needs at 12 px in either language, so a short input does not cut it off. */
const AXIS_LABEL = 230;

function cells(
  state: ArrayLike<number>,
  x: number,
  y: number,
  w: number,
  h: number,
  vertical: boolean,
): string {
  let out = "";
  for (let k = 0; k < state.length; k++) {
    const c = heat(state[k]);
    const cx = vertical ? x : x + k * w;
    const cy = vertical ? y + k * h : y;
    out += `<rect x="${cx}" y="${cy}" width="${w}" height="${h}" class="${c.cls}" fill-opacity="${c.opacity}"/>`;
  }
  return out;
}

/** Columns view: the first `shown` states as columns labelled by their character. */
export function renderColumns(e: Encoded, shown: number, s: Strings): string {
  const T = e.tokens.length;
  const H = e.encoderStates[0]?.length ?? 0;
  const width = LEFT + Math.max(T * COL, AXIS_LABEL) + 10;
  const height = TOP + H * CELL_H + 46;
  const out: string[] = [
    `<text x="${LEFT}" y="14" class="w-soft" font-size="${FONT.number}">${esc(s.stateAxis(H))}</text>`,
  ];
  for (let j = 0; j < T; j++) {
    const x = LEFT + j * COL;
    const y = TOP + H * CELL_H;
    if (j < shown) out.push(cells(e.encoderStates[j], x, TOP, COL - 2, CELL_H, true));
    else out.push(`<rect x="${x}" y="${TOP}" width="${COL - 2}" height="${H * CELL_H}" class="w-box"/>`);
    out.push(
      `<text x="${x + COL / 2 - 1}" y="${y + 16}" text-anchor="middle" class="${j < shown ? "w-text" : "w-soft"} w-mono" font-size="${FONT.label}">${esc(charLabel(e.tokens[j]))}</text>`,
    );
    out.push(
      `<text x="${x + COL / 2 - 1}" y="${y + 32}" text-anchor="middle" class="w-soft" font-size="${FONT.small}">h${j + 1}</text>`,
    );
  }
  if (shown > 0) {
    const x = LEFT + (shown - 1) * COL;
    out.push(
      `<rect x="${x - 2}" y="${TOP - 2}" width="${COL + 2}" height="${H * CELL_H + 4}" class="w-focus-ring" stroke-width="2"/>`,
    );
  }
  const label = s.summary(shown, e.tokens.join(""));
  return `<svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${esc(label)}">${out.join("")}</svg>`;
}

/** Dictionary view: one entry per character read so far, key and value both the state h_j. */
export function renderDictionary(e: Encoded, shown: number, s: Strings): string {
  const H = e.encoderStates[0]?.length ?? 0;
  const cw = 4;
  const row = 18;
  const xKey = 70;
  const xValue = xKey + H * cw + 30;
  const width = xValue + H * cw + 10;
  const height = 28 + Math.max(shown, 1) * row;
  const out: string[] = [
    `<text x="${xKey}" y="14" class="w-text" font-size="${FONT.label}">${esc(s.key)}</text>`,
    `<text x="${xValue}" y="14" class="w-text" font-size="${FONT.label}">${esc(s.value)}</text>`,
  ];
  for (let j = 0; j < shown; j++) {
    const y = 22 + j * row;
    out.push(`<text x="4" y="${y + 12}" class="w-soft" font-size="${FONT.note}">h${j + 1}</text>`);
    out.push(
      `<text x="40" y="${y + 12}" class="w-text w-mono" font-size="${FONT.label}">${esc(charLabel(e.tokens[j]))}</text>`,
    );
    out.push(
      `<rect x="${xKey - 2}" y="${y - 1}" width="${H * cw + 4}" height="${row - 2}" class="w-stroke-key" stroke-width="1.5"/>`,
    );
    out.push(cells(e.encoderStates[j], xKey, y + 1, cw, row - 6, false));
    out.push(`<text x="${xValue - 22}" y="${y + 12}" class="w-soft" font-size="${FONT.number}">=</text>`);
    out.push(
      `<rect x="${xValue - 2}" y="${y - 1}" width="${H * cw + 4}" height="${row - 2}" class="w-stroke-value" stroke-width="1.5"/>`,
    );
    out.push(cells(e.encoderStates[j], xValue, y + 1, cw, row - 6, false));
  }
  const label = s.summary(shown, e.tokens.join(""));
  return `<svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${esc(label)}">${out.join("")}</svg>`;
}

/** The states read so far as a table: one row per character. */
export function statesTable(e: Encoded, shown: number, s: Strings): string {
  const H = e.encoderStates[0]?.length ?? 0;
  return numbersTableHtml({
    caption: s.tableCaption,
    corner: "j",
    columns: Array.from({ length: H }, (_, k) => String(k + 1)),
    rows: e.encoderStates
      .slice(0, shown)
      .map((h, j) => ({ label: `h${j + 1} ${charLabel(e.tokens[j])}`, values: Array.from(h) })),
    digits: 2,
  });
}
