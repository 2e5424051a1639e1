// Small pure helpers shared by the widgets' renderers: escaping, number formatting, the numbers
// table behind every chart. No DOM: everything returns strings, so it renders the same in Node
// (build time, snapshot tests) and in the browser.

/**
 * The font sizes of the widgets' SVG text, in px (the picture scales with its viewBox): one scale
 * for all of them, by role.
 */
export const FONT = {
  /** Tiny labels under narrow columns (a score or weight per character, a bar's value). */
  tiny: 9,
  small: 10,
  /** Notes beside a mark (a weight under a key). */
  note: 11,
  /** Numbers and formulas. */
  number: 12,
  /** Labels and panel titles. */
  label: 13,
  heading: 14,
  /** Brackets around a joined vector. */
  large: 16,
} as const;

/** Escapes text for use inside HTML/SVG text and attribute values. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A number with a fixed number of decimals, a real minus sign and no "-0". */
export function fmt(n: number, digits = 2): string {
  if (Number.isNaN(n)) return "–";
  if (!Number.isFinite(n)) return n > 0 ? "∞" : "−∞";
  const s = n.toFixed(digits);
  return Number(s) === 0 ? (0).toFixed(digits) : s.replace("-", "−");
}

/** Rounds to keep SVG coordinates short and stable. */
export function r(n: number): number {
  return Math.round(n * 10) / 10;
}

/** How a character is shown as a label: a space becomes "␣" so it stays visible. */
export function charLabel(c: string): string {
  return c === " " ? "␣" : c;
}

/** One table of numbers: a header row and labelled rows. */
export interface NumbersTable {
  caption: string;
  /** The top-left header cell. */
  corner: string;
  columns: string[];
  rows: Array<{ label: string; values: ReadonlyArray<number | string> }>;
  digits?: number;
}

/** The HTML of an accessible table of numbers (`<th scope>` on both axes). */
export function numbersTableHtml(table: NumbersTable): string {
  const digits = table.digits ?? 3;
  const cell = (v: number | string) => (typeof v === "number" ? fmt(v, digits) : esc(v));
  const head = table.columns.map((c) => `<th scope="col">${esc(c)}</th>`).join("");
  const body = table.rows
    .map(
      (row) =>
        `<tr><th scope="row">${esc(row.label)}</th>${row.values.map((v) => `<td>${cell(v)}</td>`).join("")}</tr>`,
    )
    .join("");
  return `<table class="w-numbers"><caption>${esc(table.caption)}</caption><thead><tr><th scope="col">${esc(table.corner)}</th>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/**
 * A heat cell's look for a value: CSS classes (colour comes from the theme's variables) and an
 * opacity from the magnitude. Positive values use the key colour, negative ones the query colour.
 */
export function heat(value: number, max = 1): { cls: string; opacity: string } {
  const m = max > 0 ? Math.min(1, Math.abs(value) / max) : 0;
  return { cls: value < 0 ? "w-heat w-neg" : "w-heat", opacity: (0.06 + 0.94 * m).toFixed(2) };
}
