/**
 * The cells remark plugin. A chapter writes a cell as a fenced block:
 *
 *     ```ts cell id="softmax-1"
 *     softmax([1, 2, 3])
 *     ```
 *
 * (add `expect="error"` for a cell that is meant to fail). The plugin runs all of a page's cells
 * in order at build time, in a worker thread with a time limit, and replaces each block with a
 * `<Cell>` element carrying the code and its prerendered output. A cell that throws when it
 * should not — or does not throw when it should — fails the build, naming the page, cell and line.
 */
import type { Root } from "mdast";
import type { VFile } from "vfile";
import { Worker } from "node:worker_threads";
import { existsSync } from "node:fs";
import { relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { outputWords, renderItems, type CellError, type OutputItem } from "../kernel/output.ts";

/** The longest a single cell may run at build time. */
export const BUILD_CELL_LIMIT_MS = 30_000;

interface MdNode {
  type: string;
  lang?: string | null;
  meta?: string | null;
  value?: string;
  children?: MdNode[];
  position?: { start: { line: number } };
  [key: string]: unknown;
}

export interface CellBlock {
  id: string;
  code: string;
  expectError: boolean;
  line: number;
}

export interface CellRun {
  id: string;
  ok: boolean;
  items: OutputItem[];
  error?: CellError;
  ms: number;
}

const ID = /^[a-z0-9][a-z0-9-]*$/i;

/** Parse `cell id="x" expect="error"` from a code fence's meta string, or undefined if not a cell. */
export function parseCellMeta(
  meta: string | null | undefined,
): { id?: string; expectError: boolean } | undefined {
  if (!meta || !/(^|\s)cell(\s|$)/.test(meta)) return undefined;
  const attr = (name: string) => new RegExp(`(?:^|\\s)${name}=(?:"([^"]*)"|'([^']*)'|(\\S+))`).exec(meta);
  const id = attr("id");
  const expect = attr("expect");
  return {
    id: id ? (id[1] ?? id[2] ?? id[3]) : undefined,
    expectError: (expect?.[1] ?? expect?.[3]) === "error",
  };
}

function workerPath(): string {
  const here = new URL("./cells-worker.ts", import.meta.url);
  if (here.protocol === "file:" && existsSync(fileURLToPath(here))) return fileURLToPath(here);
  return resolve("src/build/cells-worker.ts");
}

/** Run a page's cells in a fresh worker thread; reject when one runs past the limit. */
export function runPageCells(
  cells: { id: string; code: string }[],
  limitMs = BUILD_CELL_LIMIT_MS,
): Promise<CellRun[]> {
  return new Promise((ok, fail) => {
    const worker = new Worker(workerPath(), {
      workerData: { cells },
      resourceLimits: { maxOldGenerationSizeMb: 1024 },
    });
    const runs: CellRun[] = [];
    let current: string | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (err?: Error) => {
      clearTimeout(timer);
      void worker.terminate();
      if (err) fail(err);
      else ok(runs);
    };
    worker.on("message", (msg: { type: string } & CellRun) => {
      if (msg.type === "start") {
        current = msg.id;
        clearTimeout(timer);
        timer = setTimeout(() => {
          const e = new Error(`ran longer than ${limitMs / 1000} s`) as Error & { cellId?: string };
          e.cellId = current;
          finish(e);
        }, limitMs);
      } else if (msg.type === "result") {
        clearTimeout(timer);
        runs.push({ id: msg.id, ok: msg.ok, items: msg.items, error: msg.error, ms: msg.ms });
      } else if (msg.type === "done") finish();
    });
    worker.on("error", (e) => {
      const err = e as Error & { cellId?: string };
      err.cellId = current;
      finish(err);
    });
    worker.on("exit", (code) => {
      if (code !== 0)
        finish(Object.assign(new Error(`the cell worker exited (${code})`), { cellId: current }));
    });
  });
}

function findCells(node: MdNode, out: { node: MdNode; parent: MdNode; index: number }[]): void {
  node.children?.forEach((child, index) => {
    if (
      child.type === "code" &&
      (child.lang === "ts" || child.lang === "typescript") &&
      parseCellMeta(child.meta)
    )
      out.push({ node: child, parent: node, index });
    else findCells(child, out);
  });
}

const jsxAttr = (name: string, value: string) => ({ type: "mdxJsxAttribute", name, value });

/** The remark plugin (for the unified markdown processor that both .md and .mdx use). */
export default function remarkCells(): (tree: Root, file: VFile) => Promise<void> {
  return async (root, file) => {
    const tree = root as unknown as MdNode;
    const found: { node: MdNode; parent: MdNode; index: number }[] = [];
    findCells(tree, found);
    if (found.length === 0) return;
    const path = file.path ?? file.history?.[0] ?? "<page>";
    const page = relative(process.cwd(), path);
    const lang = /\/en\//.test(path) ? "en" : "ko";

    const blocks: CellBlock[] = found.map(({ node }) => {
      const meta = parseCellMeta(node.meta)!;
      const line = node.position?.start.line ?? 0;
      if (!meta.id || !ID.test(meta.id))
        throw new Error(
          `${page}:${line}: a cell needs an id of letters, digits and dashes: \`\`\`ts cell id="my-cell"`,
        );
      return { id: meta.id, code: node.value ?? "", expectError: meta.expectError, line };
    });
    const seen = new Set<string>();
    for (const b of blocks) {
      if (seen.has(b.id)) throw new Error(`${page}:${b.line}: two cells have the id "${b.id}"`);
      seen.add(b.id);
    }

    let runs: CellRun[];
    try {
      runs = await runPageCells(blocks.map(({ id, code }) => ({ id, code })));
    } catch (e) {
      const err = e as Error & { cellId?: string };
      const block = blocks.find((b) => b.id === err.cellId);
      throw new Error(`${page}${block ? `:${block.line}, cell "${block.id}"` : ""}: ${err.message}`, {
        cause: e,
      });
    }

    const words = outputWords[lang];
    found.forEach(({ parent, index }, i) => {
      const block = blocks[i];
      const run = runs.find((r) => r.id === block.id);
      if (!run) throw new Error(`${page}:${block.line}, cell "${block.id}": did not run`);
      if (!run.ok && !block.expectError) {
        const e = run.error!;
        const at = e.line !== undefined ? block.line + e.line : block.line;
        throw new Error(
          `${page}:${at}, cell "${block.id}"${e.line !== undefined ? ` line ${e.line}` : ""}${
            e.cellId ? ` (in cell "${e.cellId}")` : ""
          }${e.file ? ` (in ${e.file})` : ""}: ${e.name}: ${e.message}\n` +
            `(mark the cell expect="error" if it is meant to fail)`,
        );
      }
      if (run.ok && block.expectError)
        throw new Error(
          `${page}:${block.line}, cell "${block.id}" is marked expect="error" but ran without an error`,
        );
      const items = run.ok ? run.items : [...run.items, { kind: "error" as const, error: run.error! }];
      const attributes = [
        jsxAttr("id", block.id),
        jsxAttr("code", block.code),
        jsxAttr("lang", lang),
        jsxAttr("state", run.ok ? "done" : "error"),
        jsxAttr("outputHtml", renderItems(items, words)),
      ];
      if (block.expectError) attributes.push(jsxAttr("expect", "error"));
      parent.children![index] = { type: "mdxJsxFlowElement", name: "Cell", attributes, children: [] };
    });
  };
}

/** The parts of Vite's dev server this needs (kept structural so the plugin has no Vite import). */
interface DevServer {
  watcher: { on(event: "change", listener: (file: string) => void): void };
  moduleGraph: { idToModuleMap: Map<string, { id: string | null }>; invalidateModule(mod: unknown): void };
  ws: { send(payload: { type: "full-reload" }): void };
}

/**
 * Under `astro dev`: when a file of the attention library changes, the pages' cells must run
 * again (their outputs were computed with the old library). Invalidates every MDX module and
 * reloads the page.
 */
export function cellsLibraryWatch() {
  return {
    name: "cells-library-watch",
    apply: "serve" as const,
    configureServer(server: DevServer) {
      server.watcher.on("change", (file) => {
        if (!/[\\/]src[\\/]lib[\\/]attention[\\/]/.test(file)) return;
        for (const mod of server.moduleGraph.idToModuleMap.values())
          if (mod.id && /\.mdx?($|\?)/.test(mod.id)) server.moduleGraph.invalidateModule(mod);
        server.ws.send({ type: "full-reload" });
      });
    },
  };
}
