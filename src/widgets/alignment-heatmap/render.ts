// The alignment matrix, drawn: one row per output character i, one column per input character j,
// each cell shaded by the attention weight α_ij. Rows can be shown one at a time (the matrix
// "fills" as the decoder writes). Pure: numbers in, SVG out.

import { charLabel, esc, fmt, heat, numbersTableHtml } from "../shared/format.ts";
import type { Strings } from "./strings.ts";

/** What the widget needs from the library's greedyDecode. */
export interface Alignment {
  inputTokens: string[];
  outputTokens: string[];
  alignment: ArrayLike<number>[];
}

export const CELL_W = 20;
export const CELL_H = 22;
export const LEFT = 74;
export const TOP = 58;

/** The (row, column) cell under an SVG point, or null outside the matrix. */
export function cellAt(a: Alignment, x: number, y: number): { i: number; j: number } | null {
  const j = Math.floor((x - LEFT) / CELL_W);
  const i = Math.floor((y - TOP) / CELL_H);
  if (i < 0 || j < 0 || i >= a.alignment.length || j >= a.inputTokens.length) return null;
  return { i, j };
}

/** The heatmap with `rows` rows filled in and an optional active (hovered/focused) cell. */
export function renderAlignment(
  a: Alignment,
  rows: number,
  active: { i: number; j: number } | null,
  s: Strings,
): string {
  const T = a.inputTokens.length;
  const L = a.alignment.length;
  const W = LEFT + T * CELL_W + 10;
  const H = TOP + L * CELL_H + 10;
  const out: string[] = [];
  out.push(`<text x="${LEFT}" y="12" class="w-soft" font-size="12">${esc(s.inputAxis)} →</text>`);
  out.push(`<text x="4" y="30" class="w-soft" font-size="12">${esc(s.outputAxis)} ↓</text>`);
  a.inputTokens.forEach((c, j) => {
    out.push(
      `<text x="${LEFT + j * CELL_W + CELL_W / 2}" y="${TOP - 8}" text-anchor="middle" class="w-text w-mono" font-size="13">${esc(charLabel(c))}</text>`,
    );
  });
  for (let i = 0; i < L; i++) {
    const y = TOP + i * CELL_H;
    out.push(
      `<text x="${LEFT - 8}" y="${y + 16}" text-anchor="end" class="w-text w-mono" font-size="13">${esc(charLabel(a.outputTokens[i] ?? ""))}</text>`,
    );
    out.push(`<text x="6" y="${y + 16}" class="w-soft w-mono" font-size="11">${i + 1}</text>`);
    for (let j = 0; j < T; j++) {
      const x = LEFT + j * CELL_W;
      if (i < rows) {
        const h = heat(a.alignment[i][j]);
        out.push(
          `<rect x="${x}" y="${y}" width="${CELL_W - 1}" height="${CELL_H - 1}" class="${h.cls}" fill-opacity="${h.opacity}"/>`,
        );
      } else {
        out.push(`<rect x="${x}" y="${y}" width="${CELL_W - 1}" height="${CELL_H - 1}" class="w-box"/>`);
      }
    }
  }
  if (active && active.i < rows) {
    out.push(
      `<rect x="${LEFT + active.j * CELL_W - 1}" y="${TOP + active.i * CELL_H - 1}" width="${CELL_W + 1}" height="${CELL_H + 1}" class="w-focus-ring" data-active/>`,
    );
  }
  const label = s.summary(a.inputTokens.join(""), a.outputTokens.join(""));
  return `<svg viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${esc(label)}">${out.join("")}</svg>`;
}

/** The sentence that reads one cell aloud. */
export function readCell(a: Alignment, i: number, j: number, s: Strings): string {
  return s.readout(
    i + 1,
    charLabel(a.outputTokens[i] ?? ""),
    j + 1,
    charLabel(a.inputTokens[j]),
    fmt(a.alignment[i][j], 3),
  );
}

/** The alignment matrix as a table. */
export function alignmentTable(a: Alignment, s: Strings): string {
  return numbersTableHtml({
    caption: s.tableCaption,
    corner: "i \\ j",
    columns: a.inputTokens.map((c, j) => `${j + 1} ${charLabel(c)}`),
    rows: a.alignment.map((row, i) => ({
      label: `${i + 1} ${charLabel(a.outputTokens[i] ?? "")}`,
      values: Array.from(row),
    })),
    digits: 2,
  });
}
