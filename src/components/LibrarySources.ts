/**
 * The attention library's source files as the course ships them (build time: Vite reads them
 * raw), in the order the library page shows them: the files a reader is most likely to change
 * first. Paths are relative to src/lib/attention.
 */
const raw = import.meta.glob("../lib/attention/**/*.ts", { query: "?raw", import: "default", eager: true });

const FIRST = ["attention.ts", "scores.ts", "tensor.ts", "layers.ts", "seq2seq.ts", "decode.ts", "train.ts"];

export function librarySources(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [path, text] of Object.entries(raw)) files[path.replace("../lib/attention/", "")] = String(text);
  return files;
}

/** Library file paths, most interesting first; the fast paths (`fast/`) and `index.ts` last. */
export function libraryOrder(files: Record<string, string>): string[] {
  const rank = (p: string) =>
    FIRST.includes(p) ? FIRST.indexOf(p) : p === "index.ts" ? 1000 : p.startsWith("fast/") ? 500 : 100;
  return Object.keys(files).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}
