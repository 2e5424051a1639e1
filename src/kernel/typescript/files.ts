/**
 * The text the type service reads, gathered by Vite at build time (the same globs work under
 * vitest in Node): TypeScript's ES2022 lib files (no DOM: cells run in a worker), the attention
 * library as shipped, Observable Plot's declarations, and what the kernel gives every cell.
 * Imported only by the type worker, so none of it is in a page's first-load JavaScript.
 */
import type { ServiceFiles } from "./core.ts";
import { kernelGlobals } from "./globals.ts";

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

const strip = (files: Record<string, string>, prefix: string) =>
  Object.fromEntries(Object.entries(files).map(([path, text]) => [path.slice(prefix.length), text]));

/** Everything but the Korean messages (those are fetched only on /ko/ pages). */
export const serviceFiles: ServiceFiles = {
  lib: strip(lib, "/node_modules/typescript/lib/"),
  library: strip(library, "/src/lib/attention/"),
  modules: { "@observablehq/plot": strip(plot, "/node_modules/@observablehq/plot/src/") },
  globals: kernelGlobals,
};
