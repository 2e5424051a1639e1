// Dictionary lookup, drawn: the query is compared with every key (1 if equal, else 0) and the
// output is the value whose key matched — the 0/1 column is a weight vector over the values.
// Chapter 01 draws it without that column (key → value only); chapter 02 adds it.
// Pure: numbers and strings in, SVG markup out.

import type { HardLookupResult } from "../../lib/attention/index.ts";
import { esc, numbersTableHtml } from "../shared/format.ts";
import type { Strings } from "./strings.ts";

export type Entry = readonly [key: string, value: string];

/** What the library's hardLookup returns (the values are the entries' strings). */
export type Lookup = HardLookupResult<unknown>;

export const MAX_ENTRIES = 8;
export const MAX_QUERY = 20;

/** The message for a query that cannot be looked up, or null when it is fine. */
export function queryProblem(query: string, s: Strings): string | null {
  if (query.trim() === "") return s.emptyQuery;
  if (query.length > MAX_QUERY) return s.longQuery(query.length);
  return null;
}

/** The message for an entry that cannot be added, or null when it is fine. */
export function entryProblem(
  entries: readonly Entry[],
  key: string,
  value: string,
  s: Strings,
): string | null {
  if (key.trim() === "" || value.trim() === "") return s.emptyEntry;
  if (key.length > MAX_QUERY || value.length > 40) return s.longQuery(Math.max(key.length, value.length));
  if (entries.some(([k]) => k === key)) return s.duplicate(key);
  if (entries.length >= MAX_ENTRIES) return s.tooMany(MAX_ENTRIES);
  return null;
}

const W = 600;
const ROW = 36;
const TOP = 34;
const X = { query: 20, key: 190, compare: 330, value: 450 };

/**
 * The lookup as SVG: query → keys, the values, and the output. With `compare` (the default) it also
 * draws the 0/1 compare column and the output as the weighted sum Σ compare × value.
 */
export function renderLookup(
  entries: readonly Entry[],
  query: string,
  lookup: Lookup,
  s: Strings,
  compare = true,
): string {
  const n = entries.length;
  const H = TOP + n * ROW + (compare ? 86 : 64);
  const midY = TOP + (n * ROW) / 2;
  // Without the compare column the values move left into its place.
  const valueX = compare ? X.value : X.compare;
  const parts: string[] = [];
  const text = (x: number, y: number, t: string, cls = "w-text", extra = "") =>
    `<text x="${x}" y="${y}" class="${cls}"${extra}>${esc(t)}</text>`;
  parts.push(
    text(X.query, 20, s.query, "w-soft"),
    text(X.key, 20, s.key, "w-soft"),
    compare ? text(X.compare, 20, s.compare, "w-soft") : "",
    text(valueX, 20, s.value, "w-soft"),
  );
  // The query box, with a line to every key it is compared with.
  parts.push(
    `<rect x="${X.query}" y="${midY - 16}" width="130" height="32" rx="5" class="w-box w-stroke-query" stroke-width="2"/>`,
  );
  parts.push(text(X.query + 10, midY + 5, query, "w-text w-mono"));
  entries.forEach(([key, value], j) => {
    const y = TOP + j * ROW;
    const hit = lookup.compare[j] === 1;
    parts.push(
      `<line x1="${X.query + 130}" y1="${midY}" x2="${X.key}" y2="${y + ROW / 2}" ${hit ? 'class="w-stroke-accent" stroke-width="2.5"' : 'class="w-line" stroke-dasharray="3 3"'}/>`,
    );
    if (hit)
      parts.push(
        `<rect x="${X.key - 6}" y="${y + 1}" width="${W - X.key}" height="${ROW - 2}" rx="5" class="w-stroke-accent" stroke-width="2"/>`,
      );
    parts.push(
      `<rect x="${X.key}" y="${y + 5}" width="110" height="${ROW - 10}" rx="4" class="w-box w-stroke-key" stroke-width="1.5"/>`,
    );
    parts.push(text(X.key + 8, y + ROW / 2 + 5, key, "w-text w-mono"));
    if (compare)
      parts.push(
        text(
          X.compare + 30,
          y + ROW / 2 + 5,
          String(lookup.compare[j]),
          hit ? "w-text w-mono" : "w-soft w-mono",
          hit ? ' font-weight="700"' : "",
        ),
      );
    parts.push(
      text(valueX, y + ROW / 2 + 5, value, hit ? "w-text" : "w-soft", hit ? ' font-weight="700"' : ""),
    );
    if (hit) parts.push(text(W - 26, y + ROW / 2 + 5, "✓", "w-text"));
  });
  const outY = TOP + n * ROW + (compare ? 22 : 0);
  if (compare) parts.push(text(X.query, outY + 4, s.sum, "w-soft"));
  parts.push(
    `<rect x="${X.query}" y="${outY + 16}" width="${W - 40}" height="36" rx="5" class="w-box w-stroke-value" stroke-width="2"/>`,
  );
  const out = lookup.found ? `${s.output}: ${lookup.value}` : `${s.output}: —  ${s.noMatch(query)}`;
  parts.push(text(X.query + 12, outY + 39, out, "w-text", ' font-weight="700" data-output'));
  return `<svg viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${esc(s.summary(query, lookup.found ? String(lookup.value) : undefined))}">${parts.join("")}</svg>`;
}

/** The compare column as a table. */
export function lookupTable(lookup: Lookup, s: Strings): string {
  return numbersTableHtml({
    caption: s.tableCaption,
    corner: s.key,
    columns: [s.compare],
    rows: lookup.keys.map((k, j) => ({ label: k, values: [lookup.compare[j]] })),
    digits: 0,
  });
}

/** The editable list of entries: one row per entry with a remove button. */
export function entriesHtml(entries: readonly Entry[], s: Strings): string {
  const rows = entries
    .map(
      ([k, v], j) =>
        `<li><span class="w-mono">${esc(k)}</span> → ${esc(v)} <button type="button" data-remove="${j}" aria-label="${esc(s.remove(k))}">×</button></li>`,
    )
    .join("");
  return `<ul class="dl-entries" aria-label="${esc(s.entries)}">${rows}</ul>`;
}
