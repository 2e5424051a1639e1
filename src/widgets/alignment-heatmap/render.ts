// The alignment matrix, drawn: one row per output character i, one column per input character j,
// each cell shaded by the attention weight α_ij. Rows can be shown one at a time (the matrix
// "fills" as the decoder writes). Pure: numbers in, SVG and sentences out.
//
// For readers who do not see it, the matrix is an ARIA grid (a header row of input characters, a
// row header per output character, one cell per weight) and comes with words drawn from the same
// numbers: a row summary (where that output character looked) and a takeaway for the whole matrix
// (which input span each output span looked at) — an overview, then rows, then cells.

import { FONT, charLabel, esc, fmt, heat, numbersTableHtml } from "../shared/format.ts";
import type { Strings } from "./strings.ts";

/** What the widget needs from the library's greedyDecode. */
export interface Alignment {
  inputTokens: string[];
  outputTokens: string[];
  alignment: ArrayLike<number>[];
}

/** A cell of the grid: row i (output), column j (input); j = -1 is the row's header. */
export interface Cell {
  i: number;
  j: number;
}

export const CELL_W = 20;
export const CELL_H = 22;
export const LEFT = 74;
export const TOP = 58;

/** The (row, column) cell under an SVG point, or null outside the matrix. */
export function cellAt(a: Alignment, x: number, y: number): Cell | null {
  const j = Math.floor((x - LEFT) / CELL_W);
  const i = Math.floor((y - TOP) / CELL_H);
  if (i < 0 || j < 0 || i >= a.alignment.length || j >= a.inputTokens.length) return null;
  return { i, j };
}

/** A character as it is read aloud: a space is the word for it (not "␣", which voices skip or misread). */
export function spokenChar(c: string, s: Strings): string {
  return c === " " ? s.space : `“${c}”`;
}

/** The id of a grid cell (the row header when j = -1), for aria-activedescendant. */
export function cellId(prefix: string, at: Cell): string {
  return at.j < 0 ? `${prefix}-${at.i}-h` : `${prefix}-${at.i}-${at.j}`;
}

/** The frame around the active cell (or around the row's label when j = -1). */
export function ringBox(at: Cell): { x: number; y: number; width: number; height: number } {
  return at.j < 0
    ? { x: LEFT - 24, y: TOP + at.i * CELL_H - 1, width: 22, height: CELL_H + 1 }
    : { x: LEFT + at.j * CELL_W - 1, y: TOP + at.i * CELL_H - 1, width: CELL_W + 1, height: CELL_H + 1 };
}

/**
 * The heatmap with `rows` rows filled in and an optional active (hovered/focused) cell. Filled
 * rows are grid rows; rows not yet decoded are drawn empty and hidden from screen readers. `ring`
 * is the frame drawn around the active cell (the page places it by its attributes instead).
 */
export function renderAlignment(
  a: Alignment,
  rows: number,
  active: Cell | null,
  s: Strings,
  prefix = "ah",
  ring = active && active.i < rows ? ringHtml(ringBox(active)) : "",
): string {
  const T = a.inputTokens.length;
  const L = a.alignment.length;
  const W = LEFT + T * CELL_W + 10;
  const H = TOP + L * CELL_H + 10;
  const out: string[] = [];
  out.push(
    `<text x="${LEFT}" y="12" class="w-soft" font-size="${FONT.number}" aria-hidden="true">${esc(s.inputAxis)} →</text>`,
  );
  // The header row: the corner names the row headers' column, then one header per input character.
  out.push(
    `<g role="row" aria-label="${esc(s.inputAxis)}"><text x="4" y="30" class="w-soft" font-size="${FONT.number}" role="columnheader" aria-label="${esc(s.outputAxis)}">${esc(s.outputAxis)} ↓</text>`,
  );
  a.inputTokens.forEach((c, j) => {
    out.push(
      `<text x="${LEFT + j * CELL_W + CELL_W / 2}" y="${TOP - 8}" text-anchor="middle" class="w-text w-mono" font-size="${FONT.label}" role="columnheader" aria-label="${esc(s.inputAt(j + 1, spokenChar(c, s)))}">${esc(charLabel(c))}</text>`,
    );
  });
  out.push(`</g>`);
  for (let i = 0; i < L; i++) {
    const y = TOP + i * CELL_H;
    const filled = i < rows;
    const row = filled ? rowSummary(a, i, s) : null;
    out.push(row ? `<g role="row" aria-label="${esc(row.name)}">` : `<g aria-hidden="true">`);
    out.push(
      `<text x="6" y="${y + 16}" class="w-soft w-mono" font-size="${FONT.note}" aria-hidden="true">${i + 1}</text>`,
    );
    out.push(
      `<text x="${LEFT - 8}" y="${y + 16}" text-anchor="end" class="w-text w-mono" font-size="${FONT.label}"${
        row
          ? ` role="rowheader" id="${cellId(prefix, { i, j: -1 })}" aria-label="${esc(row.name)}" aria-description="${esc(row.description)}"`
          : ""
      }>${esc(charLabel(a.outputTokens[i] ?? ""))}</text>`,
    );
    for (let j = 0; j < T; j++) {
      const x = LEFT + j * CELL_W;
      if (filled) {
        const h = heat(a.alignment[i][j]);
        out.push(
          `<rect x="${x}" y="${y}" width="${CELL_W - 1}" height="${CELL_H - 1}" class="${h.cls}" fill-opacity="${h.opacity}" role="gridcell" id="${cellId(prefix, { i, j })}" aria-label="${esc(cellName(a, i, j, s))}"/>`,
        );
      } else {
        out.push(`<rect x="${x}" y="${y}" width="${CELL_W - 1}" height="${CELL_H - 1}" class="w-box"/>`);
      }
    }
    out.push(`</g>`);
  }
  out.push(ring);
  return `<svg viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="none">${out.join("")}</svg>`;
}

/** The frame around the active cell (`data-active`), at `box` or (placed later by its attributes) nowhere yet. */
export function ringHtml(box?: ReturnType<typeof ringBox>): string {
  const at = box ? `x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" ` : "";
  return `<rect ${at}class="w-focus-ring" data-active aria-hidden="true"/>`;
}

/** What a cell says when it is reached: its weight and the input character it belongs to. */
export function cellName(a: Alignment, i: number, j: number, s: Strings): string {
  return s.cell(fmt(a.alignment[i][j], 2), j + 1, spokenChar(a.inputTokens[j], s));
}

/**
 * One row in words: the output character (the name), then where it looked (the description): the
 * input character with the most weight, the runner-up, and whether the weight is on one character
 * (the peak holds at least 80% of it) or spread (over how many characters hold 90% of it).
 */
export function rowSummary(a: Alignment, i: number, s: Strings): { name: string; description: string } {
  const order = Array.from(a.alignment[i], (w, j) => ({ w, j })).sort((p, q) => q.w - p.w);
  let held = 0;
  let over = 0;
  // (The margin keeps 0.7 + 0.2 in float32, 0.8999…, from counting as short of 90%.)
  while (over < order.length && held < 0.9 - 1e-6) held += order[over++].w;
  const [first, second] = order;
  const at = (p: { w: number; j: number }) => ({
    at: p.j + 1,
    char: spokenChar(a.inputTokens[p.j], s),
    weight: fmt(p.w, 2),
  });
  return {
    name: s.rowName(i + 1, spokenChar(a.outputTokens[i] ?? "", s)),
    description: s.rowSummary(
      at(first),
      second ? at(second) : null,
      first.w >= 0.8 ? null : Math.max(2, over),
    ),
  };
}

/** The row header's words in one line (what the read-out shows when a row header is active). */
export function readRow(a: Alignment, i: number, s: Strings): string {
  const row = rowSummary(a, i, s);
  return `${row.name}: ${row.description}`;
}

/** A run of characters: a number, a word, or one other character (a space, a '-'). */
export interface Span {
  from: number;
  to: number;
  text: string;
}

/** Splits characters into runs of digits, runs of letters, and single other characters. */
export function spans(chars: readonly string[]): Span[] {
  const kind = (c: string) => (/\p{Nd}/u.test(c) ? "digit" : /\p{L}/u.test(c) ? "letter" : "other");
  const out: Span[] = [];
  chars.forEach((c, k) => {
    const last = out.at(-1);
    if (last && kind(c) !== "other" && kind(chars[last.to]) === kind(c)) {
      last.to = k;
      last.text += c;
    } else out.push({ from: k, to: k, text: c });
  });
  return out;
}

/** Where one output span looked: the input span that got the largest share of its rows' weight. */
export interface SpanLook {
  output: Span;
  input: Span;
  /** The input span's share of the output span's weight (mean over its rows), 0 to 1. */
  share: number;
}

/**
 * For each output span that is a number or a word (every span, when there is none), the input
 * span its rows gave the most weight to, summed over the span's characters and averaged over rows.
 */
export function spanLooks(a: Alignment): SpanLook[] {
  const rows = Math.min(a.alignment.length, a.outputTokens.length);
  const all = spans(a.outputTokens.slice(0, rows));
  const words = all.filter((p) => p.from !== p.to || /[\p{Nd}\p{L}]/u.test(p.text));
  const inputs = spans(a.inputTokens);
  return (words.length ? words : all).map((output) => {
    let best = { input: inputs[0], share: -1 };
    for (const input of inputs) {
      let share = 0;
      for (let i = output.from; i <= output.to; i++)
        for (let j = input.from; j <= input.to; j++) share += a.alignment[i][j];
      share /= output.to - output.from + 1;
      if (share > best.share) best = { input, share };
    }
    return { output, ...best };
  });
}

/** The takeaway: one paragraph, from the numbers, saying which input span each output span looked at. */
export function takeaway(a: Alignment, s: Strings): string {
  const looks = spanLooks(a);
  if (!looks.length || !looks[0].input) return "";
  const word = (p: Span) => (p.text === " " ? s.space : `“${p.text}”`);
  const place = (p: Span) => (p.from === p.to ? `${p.from + 1}` : `${p.from + 1}–${p.to + 1}`);
  return s.takeaway(
    looks.map((l) => ({
      output: { at: place(l.output), text: word(l.output) },
      input: { at: place(l.input), text: word(l.input) },
      percent: Math.round(l.share * 100),
    })),
  );
}

/** The sentence that reads one cell aloud (or, for j = -1, the row's summary). */
export function readCell(a: Alignment, i: number, j: number, s: Strings): string {
  if (j < 0) return readRow(a, i, s);
  return s.readout(
    i + 1,
    spokenChar(a.outputTokens[i] ?? "", s),
    j + 1,
    spokenChar(a.inputTokens[j], s),
    fmt(a.alignment[i][j], 3),
  );
}

/** The alignment matrix as a table (a space is written as the word, as it is read). */
export function alignmentTable(a: Alignment, s: Strings): string {
  return numbersTableHtml({
    caption: s.tableCaption,
    corner: "i \\ j",
    columns: a.inputTokens.map((c, j) => `${j + 1} ${c === " " ? s.space : c}`),
    rows: a.alignment.map((row, i) => ({
      label: `${i + 1} ${a.outputTokens[i] === " " ? s.space : (a.outputTokens[i] ?? "")}`,
      values: Array.from(row),
    })),
    digits: 2,
  });
}
