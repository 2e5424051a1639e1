/**
 * The output model shared by the build (Node) and the browser (kernel worker → main thread):
 * `describe()` turns any value into a plain, structured-cloneable descriptor; `renderItems()`
 * turns descriptors into HTML. No DOM here, so both sides render the very same markup.
 */
import type { Lang } from "../i18n/lang.ts";
import { markHtml } from "../i18n/lang-parts.ts";
import { strings } from "./strings.ts";

/** A value, described for display. */
export type Descriptor =
  | { t: "undefined" | "null" }
  | { t: "number"; v: number }
  | { t: "bigint"; v: string }
  | { t: "boolean"; v: boolean }
  | { t: "string"; v: string; cut?: number }
  | { t: "symbol"; v: string }
  | { t: "function"; name: string }
  | { t: "array"; ctor: string; length: number; items: Descriptor[] }
  | { t: "object"; ctor: string; size: number; entries: [string, Descriptor][] }
  | { t: "matrix"; ctor: string; rows: number; cols: number; data: number[][]; cut?: boolean }
  | { t: "html"; html: string }
  | { t: "error"; name: string; message: string }
  | { t: "cycle" };

/** What a cell's run printed, in order. */
export type OutputItem =
  | { kind: "log"; level: "log" | "info" | "warn" | "error"; text: string }
  | { kind: "value"; value: Descriptor }
  | { kind: "names"; entries: [string, Descriptor][] }
  | { kind: "error"; error: CellError }
  | { kind: "note"; text: string };

/** An error in the reader's code, located in the reader's own lines (1-based line and column). */
export interface CellError {
  name: string;
  message: string;
  line?: number;
  column?: number;
  /** The cell the failing line is in, when it is not the cell that was run. */
  cellId?: string;
  /** The library file the failing line is in, when the error comes from the library. */
  file?: string;
  kind?: "error" | "stopped" | "compile";
  /**
   * What the library refused, as data (a `problem` the error carried, e.g. a DecodeError's), so
   * the page can say it in the reader's language. Numbers and strings only.
   */
  problem?: ErrorProblem;
}

/** A library error's `problem`: a stable `code` and the values that go with it. */
export type ErrorProblem = { code: string } & Record<string, string | number>;

/** How much of a value a descriptor keeps: enough to read, never enough to flood the page. */
export const LIMITS = {
  items: 1000,
  shown: 100,
  string: 20_000,
  matrixRows: 200,
  matrixCols: 50,
  depth: 4,
  logs: 500,
};

type TypedArray = Exclude<ArrayBufferView, DataView>;

const isTyped = (v: unknown): v is TypedArray & ArrayLike<number> =>
  ArrayBuffer.isView(v) && !(v instanceof DataView);

const ctorName = (v: object): string => {
  const proto = Object.getPrototypeOf(v);
  if (proto === null) return "Object";
  return typeof proto.constructor === "function" ? proto.constructor.name || "Object" : "Object";
};

/** A tensor from the attention library: `{ data: Float32Array, shape: number[] }`. */
const isTensor = (v: object): v is { data: Float32Array; shape: number[] } => {
  const o = v as { data?: unknown; shape?: unknown };
  return (
    isTyped(o.data) &&
    Array.isArray(o.shape) &&
    o.shape.every((d) => Number.isInteger(d)) &&
    o.shape.reduce((a: number, b: number) => a * b, 1) === o.data.length
  );
};

/** Rows of numbers of equal length, as a matrix (or undefined). */
const asMatrix = (v: ArrayLike<unknown>): ArrayLike<number>[] | undefined => {
  if (v.length === 0) return undefined;
  const first = v[0];
  if (!(Array.isArray(first) || isTyped(first)) || first.length === 0) return undefined;
  const cols = first.length;
  for (let i = 0; i < v.length; i++) {
    const row = v[i];
    if (!(Array.isArray(row) || isTyped(row)) || row.length !== cols) return undefined;
    if (Array.isArray(row) && !row.every((x) => typeof x === "number")) return undefined;
  }
  return v as ArrayLike<ArrayLike<number>>[] as unknown as ArrayLike<number>[];
};

const matrix = (
  ctor: string,
  rows: number,
  cols: number,
  at: (r: number, c: number) => number,
): Descriptor => {
  const data: number[][] = [];
  const R = Math.min(rows, LIMITS.matrixRows);
  const C = Math.min(cols, LIMITS.matrixCols);
  for (let r = 0; r < R; r++) {
    const row: number[] = [];
    for (let c = 0; c < C; c++) row.push(at(r, c));
    data.push(row);
  }
  return { t: "matrix", ctor, rows, cols, data, cut: R < rows || C < cols || undefined };
};

/** Something that looks like a DOM element (a Plot chart from linkedom or the page). */
const isElement = (v: object): v is { outerHTML: string } =>
  typeof (v as { outerHTML?: unknown }).outerHTML === "string" &&
  typeof (v as { nodeType?: unknown }).nodeType === "number";

/** Describe any value for display. */
export function describe(value: unknown, depth = 0, seen: Set<object> = new Set()): Descriptor {
  switch (typeof value) {
    case "undefined":
      return { t: "undefined" };
    case "number":
      return { t: "number", v: value };
    case "bigint":
      return { t: "bigint", v: value.toString() };
    case "boolean":
      return { t: "boolean", v: value };
    case "symbol":
      return { t: "symbol", v: value.toString() };
    case "string":
      return value.length > LIMITS.string
        ? { t: "string", v: value.slice(0, LIMITS.string), cut: value.length }
        : { t: "string", v: value };
    case "function":
      return { t: "function", name: value.name };
  }
  if (value === null) return { t: "null" };
  const obj = value as object;
  if (seen.has(obj)) return { t: "cycle" };
  if (obj instanceof Error) return { t: "error", name: obj.name, message: obj.message };
  if (isElement(obj)) return { t: "html", html: obj.outerHTML };
  if (isTensor(obj)) {
    const { data, shape } = obj;
    if (shape.length === 2) return matrix("Tensor", shape[0], shape[1], (r, c) => data[r * shape[1] + c]);
    if (shape.length === 1) return matrix("Tensor", 1, shape[0], (_r, c) => data[c]);
  }
  if (isTyped(obj)) {
    const ctor = ctorName(obj);
    if (typeof obj[0] === "bigint") return list(ctor, Array.from(obj as ArrayLike<unknown>), depth, seen);
    return matrix(ctor, 1, obj.length, (_r, c) => Number(obj[c]));
  }
  if (Array.isArray(obj)) {
    const rows = asMatrix(obj);
    if (rows) return matrix(`Array`, rows.length, rows[0].length, (r, c) => Number(rows[r][c]));
    return list("Array", obj, depth, seen);
  }
  seen.add(obj);
  try {
    if (obj instanceof Map) {
      const entries: [string, Descriptor][] = [];
      for (const [k, v] of obj) {
        if (entries.length >= LIMITS.items) break;
        entries.push([
          typeof k === "string" ? k : label(describe(k, LIMITS.depth, seen)),
          inner(v, depth, seen),
        ]);
      }
      return { t: "object", ctor: "Map", size: obj.size, entries };
    }
    if (obj instanceof Set) return list("Set", [...obj], depth, seen);
    const keys = Object.keys(obj);
    const entries: [string, Descriptor][] = keys
      .slice(0, LIMITS.items)
      .map((k) => [k, inner((obj as Record<string, unknown>)[k], depth, seen)]);
    return { t: "object", ctor: ctorName(obj), size: keys.length, entries };
  } finally {
    seen.delete(obj);
  }
}

function inner(v: unknown, depth: number, seen: Set<object>): Descriptor {
  if (depth + 1 >= LIMITS.depth && typeof v === "object" && v !== null) {
    // Deep enough: keep only the summary line.
    const d = describe(v, LIMITS.depth, seen);
    return d.t === "array" ? { ...d, items: [] } : d.t === "object" ? { ...d, entries: [] } : d;
  }
  return describe(v, depth + 1, seen);
}

function list(ctor: string, items: ArrayLike<unknown>, depth: number, seen: Set<object>): Descriptor {
  const obj = items as object;
  seen.add(obj);
  try {
    const out: Descriptor[] = [];
    for (let i = 0; i < Math.min(items.length, LIMITS.items); i++) out.push(inner(items[i], depth, seen));
    return { t: "array", ctor, length: items.length, items: out };
  } finally {
    seen.delete(obj);
  }
}

/** A number as the course prints it: up to 4 significant decimals, no float noise. */
export function formatNumber(v: number): string {
  if (Number.isInteger(v)) return String(v);
  if (!Number.isFinite(v)) return String(v);
  const abs = Math.abs(v);
  if (abs !== 0 && (abs < 1e-4 || abs >= 1e6)) return v.toExponential(3);
  return String(Number(v.toPrecision(4)));
}

/** A one-line summary of a descriptor, e.g. `ƒ attention`, `Float32Array[3×2]`, `Array(4)`. */
export function label(d: Descriptor): string {
  switch (d.t) {
    case "undefined":
    case "null":
      return d.t;
    case "number":
      return formatNumber(d.v);
    case "bigint":
      return `${d.v}n`;
    case "boolean":
      return String(d.v);
    case "symbol":
      return d.v;
    case "string":
      return JSON.stringify(d.v.length > 60 ? `${d.v.slice(0, 60)}…` : d.v);
    case "function":
      return d.name ? `ƒ ${d.name}` : "ƒ";
    case "array":
      return `${d.ctor}(${d.length})`;
    case "object":
      return d.ctor === "Object" ? `{…} ${d.size} keys` : `${d.ctor} {…}`;
    case "matrix":
      return `${d.ctor}[${d.rows === 1 && d.ctor !== "Tensor" ? d.cols : `${d.rows}×${d.cols}`}]`;
    case "html":
      return "<svg>";
    case "error":
      return `${d.name}: ${d.message}`;
    case "cycle":
      return "[circular]";
  }
}

/** Plain text for console.log arguments: strings as they are, the rest as a compact preview. */
export function plain(d: Descriptor): string {
  switch (d.t) {
    case "string":
      return d.v;
    case "array":
      return `[${d.items.map(short).join(", ")}${d.length > d.items.length ? ", …" : ""}]`;
    case "object":
      return `{${d.entries.map(([k, v]) => `${k}: ${short(v)}`).join(", ")}${d.size > d.entries.length ? ", …" : ""}}`;
    case "matrix":
      return d.rows === 1
        ? `${label(d)} [${d.data[0].map(formatNumber).join(", ")}${d.cut ? ", …" : ""}]`
        : `${label(d)} [${d.data.map((r) => `[${r.map(formatNumber).join(", ")}]`).join(", ")}${d.cut ? ", …" : ""}]`;
    default:
      return label(d);
  }
}

/** A one-line preview, at most 100 characters. */
const preview = (d: Descriptor): string => {
  const text = d.t === "array" || d.t === "object" ? plain(d) : label(d);
  return text.length > 100 ? `${text.slice(0, 99)}…` : text;
};

const short = (d: Descriptor): string => (d.t === "string" ? JSON.stringify(d.v) : plain(d));

export const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** Words the rendered output uses, in the page's language. */
export interface OutputWords {
  /** The page's language: a run of the other one in the output (a Korean date on an English page) is marked with its own. */
  lang: Lang;
  more: (n: number) => string;
  cut: (n: number) => string;
  /** Where in the code: line and (optional) column, both 1-based. */
  at: (line: number, column?: number) => string;
  inCell: string;
  /** A chart's drawing code could not be loaded (offline on a first visit, say). */
  chartFailed: string;
}

/** The output's words for each page language (src/kernel/strings.ts). */
export const outputWords: Record<Lang, OutputWords> = {
  ko: { lang: "ko", ...strings.ko.output },
  en: { lang: "en", ...strings.en.output },
};

/**
 * HTML for a descriptor. `markup` decides what goes inside a chart's box for each piece of element
 * markup: the build keeps its own outputs as they are; the browser sets reader markup aside and
 * draws it cleaned and isolated (src/components/output/reader-output.ts).
 */
export function renderValue(
  d: Descriptor,
  w: OutputWords,
  markup: (html: string) => string = (h) => h,
  depth = 0,
  key?: string,
): string {
  const keyHtml = key === undefined ? "" : `<span class="o-key">${escapeHtml(key)}</span>: `;
  switch (d.t) {
    case "string":
      return `<span class="o-string">${escapeHtml(JSON.stringify(d.v))}</span>${
        d.cut ? ` <span class="o-note">${escapeHtml(w.cut(d.v.length))}</span>` : ""
      }`;
    case "number":
    case "bigint":
      return `<span class="o-number">${escapeHtml(label(d))}</span>`;
    case "function":
      return `<span class="o-fn">${escapeHtml(label(d))}</span>`;
    case "html":
      return `<div class="o-plot">${markup(d.html)}</div>`;
    case "error":
      return `<span class="o-error-value">${escapeHtml(label(d))}</span>`;
    case "array":
    case "object": {
      const rows =
        d.t === "array"
          ? d.items.map((v, i) => [String(i), v] as [string, Descriptor])
          : d.entries.map(([k, v]) => [k, v] as [string, Descriptor]);
      const total = d.t === "array" ? d.length : d.size;
      // A nested list or object carries its key inside its own summary line.
      const row = ([k, v]: [string, Descriptor]) =>
        (v.t === "array" || v.t === "object") && (v.t === "array" ? v.items.length : v.entries.length) > 0
          ? `<li>${renderValue(v, w, markup, depth + 1, k)}</li>`
          : `<li><span class="o-key">${escapeHtml(k)}</span>: ${renderValue(v, w, markup, depth + 1)}</li>`;
      const shown = rows.slice(0, LIMITS.shown).map(row).join("");
      const rest = rows.slice(LIMITS.shown);
      const more = rest.length
        ? `<li><details><summary>${escapeHtml(w.more(rest.length))}</summary><ul class="o-list">${rest
            .map(row)
            .join("")}</ul></details></li>`
        : "";
      const cut = total > rows.length ? `<li class="o-note">${escapeHtml(w.cut(rows.length))}</li>` : "";
      if (rows.length === 0 && total > 0)
        return `${keyHtml}<span class="o-summary">${escapeHtml(label(d))}</span>`;
      // A plain object's preview says it all; arrays and other classes say what they are first.
      const name = d.t === "object" && d.ctor === "Object" ? "" : `${escapeHtml(label(d))} `;
      const preview = plain(d);
      return `<details class="o-tree"${depth === 0 && rows.length <= 8 ? " open" : ""}><summary>${keyHtml}${name}<span class="o-preview">${escapeHtml(
        preview.length > 80 ? `${preview.slice(0, 79)}…` : preview,
      )}</span></summary><ul class="o-list">${shown}${more}${cut}</ul></details>`;
    }
    case "matrix":
      return renderMatrix(d, w);
    default:
      return `<span class="o-${d.t}">${escapeHtml(label(d))}</span>`;
  }
}

/** A matrix as a table with row and column numbers; cells carry a heat class h0–h9. */
function renderMatrix(d: Extract<Descriptor, { t: "matrix" }>, w: OutputWords): string {
  let lo = Infinity;
  let hi = -Infinity;
  for (const row of d.data)
    for (const x of row)
      if (Number.isFinite(x)) {
        lo = Math.min(lo, x);
        hi = Math.max(hi, x);
      }
  const heat = (x: number) =>
    Number.isFinite(x) && hi > lo ? Math.min(9, Math.floor(((x - lo) / (hi - lo)) * 10)) : 0;
  const cols = d.data[0]?.length ?? 0;
  const head = `<tr><td></td>${Array.from({ length: cols }, (_, c) => `<th scope="col">${c}</th>`).join("")}</tr>`;
  const body = d.data
    .map(
      (row, r) =>
        `<tr><th scope="row">${r}</th>${row
          .map((x) => `<td class="h${heat(x)}">${escapeHtml(formatNumber(x))}</td>`)
          .join("")}</tr>`,
    )
    .join("");
  const cut = d.cut ? `<p class="o-note">${escapeHtml(w.cut(d.data.length * cols))}</p>` : "";
  return `<div class="o-matrix"><span class="o-summary">${escapeHtml(label(d))}</span><table>${head}${body}</table>${cut}</div>`;
}

/** HTML for a cell's whole output. */
export function renderItems(items: OutputItem[], w: OutputWords, markup?: (html: string) => string): string {
  const html = items
    .map((item) => {
      switch (item.kind) {
        case "log":
          return `<pre class="o-log o-${item.level}">${escapeHtml(item.text)}</pre>`;
        case "note":
          return `<p class="o-note">${escapeHtml(item.text)}</p>`;
        case "value":
          return `<div class="o-value">${renderValue(item.value, w, markup)}</div>`;
        case "names":
          return item.entries
            .map(
              ([name, v]) =>
                `<div class="o-name"><span class="o-key">${escapeHtml(name)}</span> = ${
                  v.t === "matrix" || v.t === "html" ? renderValue(v, w, markup) : escapeHtml(preview(v))
                }</div>`,
            )
            .join("");
        case "error":
          return renderError(item.error, w);
      }
    })
    .join("");
  return markHtml(html, w.lang);
}

export function renderError(e: CellError, w: OutputWords): string {
  if (e.kind === "stopped")
    return `<div class="o-error" role="alert" data-error-kind="stopped"><strong>${escapeHtml(e.message)}</strong></div>`;
  const where: string[] = [];
  if (e.file) where.push(e.file);
  else if (e.cellId) where.push(`${w.inCell} ${e.cellId}`);
  if (e.line !== undefined) where.push(w.at(e.line, e.column));
  return `<div class="o-error" role="alert" data-error-kind="${e.kind ?? "error"}"${
    e.line !== undefined ? ` data-line="${e.line}"` : ""
  }><strong>${escapeHtml(e.name)}</strong>${where.length ? ` <span class="o-where">(${escapeHtml(where.join(", "))})</span>` : ""}: ${escapeHtml(e.message)}</div>`;
}
