/**
 * The notebook runtime: compiles a cell (TypeScript → JavaScript with sucrase), finds the names
 * it declares and uses (acorn), runs it as an async function in the page's shared scope, and
 * maps errors back to the reader's own line and column. The same code runs in Node at build time
 * and in the kernel worker in the browser. No DOM here.
 */
import { transform } from "sucrase";
import { parse, type Node } from "acorn";
import { simple } from "acorn-walk";
import { describe, LIMITS, plain, type CellError, type ErrorProblem, type OutputItem } from "./output.ts";
import { decodeMappings, originalPosition, type LineSegments } from "./sourcemap.ts";
import { strings } from "./strings.ts";
import type { Lang } from "../i18n/lang.ts";

/** A cell after compilation: the function body, its names, and how to map lines back. */
export interface CompiledCell {
  id: string;
  code: string;
  /** Top-level names the cell defines (variables, functions, classes, imports). */
  declared: string[];
  /** Names the cell reads that it does not define itself. */
  free: string[];
  body?: string;
  mappings?: LineSegments[];
  /** Column shift that the last-expression rewrite added on one line: [line, fromColumn, delta]. */
  shift?: [number, number, number];
  error?: CellError;
}

/** Where a cell's run can reach outside itself. */
export interface RuntimeEnv {
  /** The module for an `import ... from "<spec>"` in a cell (e.g. "attention"). */
  importModule(spec: string): Promise<Record<string, unknown>>;
  /** `Plot` (Observable Plot bound to a document that can draw), loaded on first use. */
  plot?(): Promise<unknown>;
  /** Library file name for a stack frame URL, when the frame is in the library. */
  libraryFile?(url: string): string | undefined;
  /** The page's language, for the kernel's own messages (English when not told). */
  lang?(): Lang;
}

export type CellOutcome =
  | { ok: true; values: Record<string, unknown>; items: OutputItem[]; ms: number }
  | { ok: false; error: CellError; items: OutputItem[]; ms: number };

const OUT = "__out";
const IMPORT = "__import";

const safeId = (id: string) => id.replace(/[^\w-]/g, "_");

/** Names bound by a declaration pattern (`const { a, b: [c] } = ...`). */
function patternNames(node: Node, out: string[]): void {
  const n = node as Node & Record<string, unknown>;
  switch (n.type) {
    case "Identifier":
      out.push(n.name as string);
      break;
    case "ObjectPattern":
      for (const p of n.properties as (Node & { value?: Node; argument?: Node })[])
        patternNames(p.type === "RestElement" ? p.argument! : p.value!, out);
      break;
    case "ArrayPattern":
      for (const e of n.elements as (Node | null)[]) if (e) patternNames(e, out);
      break;
    case "RestElement":
      patternNames(n.argument as Node, out);
      break;
    case "AssignmentPattern":
      patternNames(n.left as Node, out);
      break;
  }
}

const lineOf = (text: string, index: number) => text.slice(0, index).split("\n").length;
const columnOf = (text: string, index: number) => index - text.lastIndexOf("\n", index - 1);

/** A cell that does not compile: it declares and uses nothing, and says why at the reader's line. */
function notCompiled(
  id: string,
  code: string,
  message: string,
  at?: { line?: number; column?: number },
): CompiledCell {
  const error = {
    name: "SyntaxError",
    message,
    line: at?.line,
    column: at?.column,
    kind: "compile" as const,
  };
  return { id, code, declared: [], free: [], error };
}

/** Compile a cell. Never throws: a compile error is returned in `error` with the reader's line. */
export function compileCell(id: string, code: string, lang: Lang = "en"): CompiledCell {
  let js: string;
  let mappings: LineSegments[];
  try {
    const result = transform(code, {
      transforms: ["typescript"],
      keepUnusedImports: true,
      disableESTransforms: true,
      sourceMapOptions: { compiledFilename: `${safeId(id)}.js` },
      filePath: `${safeId(id)}.ts`,
    });
    js = result.code;
    mappings = decodeMappings(result.sourceMap!.mappings);
  } catch (e) {
    const err = e as Error & { loc?: { line: number; column: number } };
    const message = err.message.replace(/^Error transforming [^:]+: /, "").replace(/\s*\(\d+:\d+\)$/, "");
    return notCompiled(id, code, message, err.loc);
  }
  let program: Node & { body: Node[] };
  try {
    program = parse(js, {
      ecmaVersion: "latest",
      sourceType: "module",
      allowAwaitOutsideFunction: true,
      locations: true,
    }) as Node & { body: Node[] };
  } catch (e) {
    const err = e as Error & { loc?: { line: number; column: number } };
    const pos = err.loc ? originalPosition(mappings, err.loc.line, err.loc.column) : undefined;
    return notCompiled(id, code, err.message.replace(/\s*\(\d+:\d+\)$/, ""), pos);
  }

  const declared: string[] = [];
  // Edits to the JavaScript, applied from the end so earlier offsets stay valid.
  const edits: { start: number; end: number; text: string }[] = [];
  const keepLines = (start: number, end: number) => "\n".repeat(js.slice(start, end).split("\n").length - 1);
  for (const stmt of program.body) {
    const s = stmt as Node & Record<string, unknown>;
    if (s.type === "VariableDeclaration") {
      for (const d of s.declarations as (Node & { id: Node })[]) patternNames(d.id, declared);
    } else if (s.type === "FunctionDeclaration" || s.type === "ClassDeclaration") {
      declared.push((s.id as { name: string }).name);
    } else if (s.type === "ImportDeclaration") {
      const parts: string[] = [];
      let namespace: string | undefined;
      for (const spec of s.specifiers as (Node & Record<string, { name: string; value?: string }>)[]) {
        const local = spec.local.name;
        declared.push(local);
        if (spec.type === "ImportNamespaceSpecifier") namespace = local;
        else if (spec.type === "ImportDefaultSpecifier") parts.push(`default: ${local}`);
        else {
          const imported = spec.imported.name ?? spec.imported.value;
          parts.push(imported === local ? local : `${JSON.stringify(imported)}: ${local}`);
        }
      }
      const source = JSON.stringify((s.source as { value: string }).value);
      const text =
        (namespace ? `const ${namespace} = await ${IMPORT}(${source});` : "") +
        (parts.length || !namespace ? `const { ${parts.join(", ")} } = await ${IMPORT}(${source});` : "");
      edits.push({ start: s.start, end: s.end, text: text + keepLines(s.start, s.end) });
    } else if (s.type === "ExportNamedDeclaration" || s.type === "ExportDefaultDeclaration") {
      return notCompiled(
        id,
        code,
        strings[lang].run.noExport,
        originalPosition(mappings, s.loc!.start.line, s.loc!.start.column),
      );
    }
  }

  // The last expression's value is the cell's value.
  let shift: CompiledCell["shift"];
  const last = program.body[program.body.length - 1] as (Node & { expression?: Node }) | undefined;
  if (last?.type === "ExpressionStatement" && last.expression) {
    const expr = last.expression;
    const prefix = `${OUT}.value = (`;
    edits.push({ start: last.start, end: last.end, text: `${prefix}${js.slice(expr.start, expr.end)});` });
    shift = [lineOf(js, expr.start), columnOf(js, expr.start), prefix.length - (expr.start - last.start)];
  }

  const used = new Set<string>();
  simple(program, {
    Identifier(node) {
      used.add((node as Node & { name: string }).name);
    },
  });
  const declaredSet = new Set(declared);
  const free = [...used].filter((n) => !declaredSet.has(n));

  let body = js;
  for (const e of edits.sort((a, b) => b.start - a.start))
    body = body.slice(0, e.start) + e.text + body.slice(e.end);
  body += `\n;return { ${declared.join(", ")} };\n//# sourceURL=${cellUrl(id)}`;
  return { id, code, declared: [...declaredSet], free, body, mappings, shift };
}

export const cellUrl = (id: string) => `cells/${safeId(id)}.ts`;

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
  ...args: string[]
) => (...args: unknown[]) => Promise<Record<string, unknown>>;

/** Lines the Function constructor puts before the body (2 in V8), measured once. */
let headerLines: number | undefined;
function bodyLineOffset(): number {
  if (headerLines === undefined) {
    headerLines = 2;
    const fn = new Function(
      `try { throw new Error("probe") } catch (e) { return e.stack }\n//# sourceURL=probe.ts`,
    );
    const m = /probe\.ts:(\d+):\d+/.exec(String(fn()));
    if (m) headerLines = Number(m[1]) - 1;
  }
  return headerLines;
}

/** The compiled cells by id, so an error thrown inside a function from another cell maps to it. */
const compiledById = new Map<string, CompiledCell>();

/** The reader's position of an error, from its stack. */
export function locateError(
  e: unknown,
  env?: RuntimeEnv,
): Pick<CellError, "line" | "column" | "cellId" | "file"> {
  const stack = e instanceof Error ? String(e.stack ?? "") : "";
  for (const frame of stack.split("\n")) {
    const m = /(cells\/([\w-]+)\.ts|[^\s(]+):(\d+):(\d+)\)?\s*$/.exec(frame);
    if (!m) continue;
    if (m[2]) {
      const cell = [...compiledById.values()].find((c) => safeId(c.id) === m[2]);
      if (!cell?.mappings) continue;
      let line = Number(m[3]) - bodyLineOffset();
      let column = Number(m[4]) - 1;
      if (cell.shift && cell.shift[0] === line && column >= cell.shift[1] - 1) column -= cell.shift[2];
      if (line < 1) line = 1;
      const pos = originalPosition(cell.mappings, line, Math.max(0, column));
      return { ...pos, cellId: cell.id };
    }
    const file = env?.libraryFile?.(m[1]);
    if (file) return { file, line: Number(m[3]), column: Number(m[4]) };
  }
  return {};
}

/**
 * The `problem` an error carries (the library's DecodeError has one: a code and its values), kept
 * to its strings and numbers so it crosses to the page; undefined when it has none or no code.
 */
export function problemOf(e: unknown): ErrorProblem | undefined {
  const problem = (e as { problem?: unknown } | null)?.problem;
  if (typeof problem !== "object" || problem === null) return undefined;
  const kept = Object.fromEntries(
    Object.entries(problem).filter(([, v]) => typeof v === "string" || typeof v === "number"),
  );
  return typeof kept.code === "string" ? (kept as ErrorProblem) : undefined;
}

/** Turn anything thrown into the reader's error. */
export function toCellError(e: unknown, forCell: string, env?: RuntimeEnv): CellError {
  const base =
    e instanceof Error
      ? { name: e.name || "Error", message: e.message }
      : { name: "Error", message: strings[env?.lang?.() ?? "en"].run.thrown(plain(describe(e))) };
  const where = locateError(e, env);
  if (where.cellId === forCell) delete where.cellId;
  const problem = problemOf(e);
  return { ...base, ...where, kind: "error", ...(problem && { problem }) };
}

const now = () => (typeof performance !== "undefined" ? performance.now() : Date.now());

/** Run a compiled cell with its inputs (the names it uses that earlier cells defined). */
export async function runCell(
  cell: CompiledCell,
  inputs: Record<string, unknown>,
  env: RuntimeEnv,
): Promise<CellOutcome> {
  const t0 = now();
  const items: OutputItem[] = [];
  if (cell.error || !cell.body) return { ok: false, error: cell.error!, items, ms: 0 };
  compiledById.set(cell.id, cell);

  let logs = 0;
  const push = (item: OutputItem) => {
    if (item.kind === "log" && ++logs > LIMITS.logs) {
      if (logs === LIMITS.logs + 1) items.push({ kind: "note", text: `… more than ${LIMITS.logs} lines` });
      return;
    }
    items.push(item);
  };
  const log =
    (level: "log" | "info" | "warn" | "error") =>
    (...args: unknown[]) =>
      push({ kind: "log", level, text: args.map((a) => plain(describe(a))).join(" ") });
  const helpers: Record<string, unknown> = {
    display: (value: unknown) => {
      push({ kind: "value", value: describe(value) });
      return value;
    },
    console: {
      log: log("log"),
      info: log("info"),
      debug: log("log"),
      warn: log("warn"),
      error: log("error"),
    },
  };
  const params: string[] = [];
  const args: unknown[] = [];
  try {
    for (const name of cell.free) {
      if (name in inputs) {
        params.push(name);
        args.push(inputs[name]);
      } else if (name in helpers) {
        params.push(name);
        args.push(helpers[name]);
      } else if (name === "Plot" && env.plot) {
        params.push(name);
        args.push(await env.plot());
      }
    }
    const out: { value?: unknown } = {};
    const fn = new AsyncFunction(OUT, IMPORT, ...params, cell.body);
    const values = await fn(out, (spec: string) => importFor(spec, env), ...args);
    if ("value" in out && out.value !== undefined) push({ kind: "value", value: describe(out.value) });
    if (items.length === 0) {
      if (cell.declared.length)
        items.push({ kind: "names", entries: cell.declared.map((n) => [n, describe(values[n], 3)]) });
      else items.push({ kind: "value", value: describe(out.value) });
    }
    return { ok: true, values, items, ms: now() - t0 };
  } catch (e) {
    const error = toCellError(e, cell.id, env);
    return { ok: false, error, items, ms: now() - t0 };
  }
}

async function importFor(spec: string, env: RuntimeEnv): Promise<Record<string, unknown>> {
  if ((spec === "@observablehq/plot" || spec === "Plot") && env.plot)
    return (await env.plot()) as Record<string, unknown>;
  return env.importModule(spec);
}
