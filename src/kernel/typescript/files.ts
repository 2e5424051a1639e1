/**
 * The text the type service reads, gathered by Vite at build time (the same globs work under
 * vitest in Node): TypeScript's ES2022 lib files (no DOM: cells run in a worker), the attention
 * library as shipped, Observable Plot's declarations, and what the kernel gives every cell.
 * Imported only by the type worker, so none of it is in a page's first-load JavaScript.
 */
import type { ServiceFiles } from "./core.ts";

const lib = import.meta.glob<string>(
  [
    "/node_modules/typescript/lib/lib.es5.d.ts",
    "/node_modules/typescript/lib/lib.es20{15,16,17,18,19,20,21,22}*.d.ts",
    "/node_modules/typescript/lib/lib.decorators*.d.ts",
    "!**/*.full.d.ts",
  ],
  { query: "?raw", import: "default", eager: true },
);

const library = import.meta.glob<string>("/src/lib/attention/**/*.ts", {
  query: "?raw",
  import: "default",
  eager: true,
});

const plot = import.meta.glob<string>("/node_modules/@observablehq/plot/src/**/*.d.ts", {
  query: "?raw",
  import: "default",
  eager: true,
});

/** What the kernel puts in every cell's scope (see src/kernel/runtime.ts), as TypeScript sees it. */
export const kernelGlobals = `
/** Show a value below the cell (tables, heatmaps, charts, numbers); returns the value. */
declare function display<T>(value: T): T;
/** Lines written here appear below the cell. */
declare const console: {
  log(...data: unknown[]): void;
  info(...data: unknown[]): void;
  debug(...data: unknown[]): void;
  warn(...data: unknown[]): void;
  error(...data: unknown[]): void;
};
/** Observable Plot; \`Plot.plot(...)\` draws a chart that the cell shows. */
declare const Plot: typeof import("@observablehq/plot");
declare const performance: { now(): number };
declare function setTimeout(handler: () => void, ms?: number): number;
declare function clearTimeout(id: number | undefined): void;
/** Node's; absent in the browser's workers. */
declare const setImmediate: ((callback: () => void) => void) | undefined;
interface MessagePort {
  onmessage: ((event: { data: unknown }) => void) | null;
  postMessage(message: unknown): void;
  close(): void;
}
declare class MessageChannel {
  readonly port1: MessagePort;
  readonly port2: MessagePort;
}
`;

const strip = (files: Record<string, string>, prefix: string) =>
  Object.fromEntries(Object.entries(files).map(([path, text]) => [path.slice(prefix.length), text]));

/** Everything but the Korean messages (those are fetched only on /ko/ pages). */
export const serviceFiles: ServiceFiles = {
  lib: strip(lib, "/node_modules/typescript/lib/"),
  library: strip(library, "/src/lib/attention/"),
  modules: { "@observablehq/plot": strip(plot, "/node_modules/@observablehq/plot/src/") },
  globals: kernelGlobals,
};
