/**
 * The attention library as the reader edited it, loaded in the kernel worker: each file is
 * transpiled with sucrase, its `./x.ts` imports are resolved, and the files become blob: module
 * URLs in dependency post-order (`//# sourceURL=lib/<path>` keeps the reader's file and line in
 * stack traces). Blob URLs cannot express an import cycle, so a cycle is reported (a cycle through
 * `import type` is fine: those imports are erased).
 */
import { transform } from "sucrase";
import type { Lang } from "../i18n/lang.ts";
import { strings } from "./strings.ts";

export class LibraryError extends Error {
  file?: string;
  line?: number;
  column?: number;
  constructor(message: string, file?: string, line?: number, column?: number) {
    super(message);
    this.name = "LibraryError";
    this.file = file;
    this.line = line;
    this.column = column;
  }
}

const IMPORT_RE = /(\b(?:import|export)\b[^'"`;]*?\bfrom\s*|\bimport\s*\(?\s*)(["'])(\.{1,2}\/[^"']+)\2/g;

/** `import type … from` and `export type … from`: TypeScript only, gone from the compiled code. */
const TYPE_ONLY_RE = /^(?:import|export)\s+type\b/;

/** Resolve `spec` imported from `from` (both relative to the library root) to a file that exists. */
export function resolveImport(from: string, spec: string, files: Record<string, string>): string | undefined {
  const parts = from.split("/").slice(0, -1);
  for (const p of spec.split("/")) {
    if (p === "..") parts.pop();
    else if (p !== ".") parts.push(p);
  }
  const base = parts.join("/");
  return [base, `${base}.ts`, `${base}/index.ts`].find((c) => c in files);
}

/**
 * Files in dependency post-order (imports before importers), or a LibraryError naming a cycle,
 * in the reader's language.
 */
export function moduleOrder(files: Record<string, string>, entry = "index.ts", lang: Lang = "en"): string[] {
  const say = strings[lang].library;
  const order: string[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (file: string, path: string[]) => {
    if (state.get(file) === "done") return;
    if (state.get(file) === "visiting")
      throw new LibraryError(say.cycle([...path.slice(path.indexOf(file)), file].join(" → ")), file);
    state.set(file, "visiting");
    for (const m of files[file].matchAll(IMPORT_RE)) {
      if (TYPE_ONLY_RE.test(m[1])) continue; // erased when compiled: no module to load first
      const target = resolveImport(file, m[3], files);
      if (!target) throw new LibraryError(say.cannotFind(m[3]), file);
      visit(target, [...path, file]);
    }
    state.set(file, "done");
    order.push(file);
  };
  if (!(entry in files)) throw new LibraryError(say.noEntry(entry));
  visit(entry, []);
  return order;
}

/** A blob: URL for a module's code (the browser's way; tests in Node pass data: URLs). */
export const blobUrl = (js: string): string =>
  URL.createObjectURL(new Blob([js], { type: "text/javascript" }));

const revoke = (urls: Iterable<string>) => {
  for (const u of urls) if (u.startsWith("blob:")) URL.revokeObjectURL(u);
};

/** The global each module calls as it starts to run, so a file that never finishes loading can be named. */
const LOADING_HOOK = "__attentionLibraryLoading";

/**
 * Load the library from sources (path → TypeScript). Returns the index module's exports.
 * `onProgress(file, phase)` is called as each file starts to compile, and as its top-level code
 * starts to run (imports first), so a file that never finishes loading (a loop at load time) is
 * the last one named. `lang`: the language of the loader's own errors (an import cycle…).
 */
export async function loadLibrary(
  files: Record<string, string>,
  moduleUrl: (js: string) => string = blobUrl,
  onProgress?: (file: string, phase: "compile" | "run") => void,
  lang: Lang = "en",
): Promise<{ module: Record<string, unknown>; urls: string[] }> {
  const order = moduleOrder(files, "index.ts", lang);
  const urls = new Map<string, string>();
  const onModule = onProgress && ((file: string) => onProgress(file, "run"));
  for (const file of order) {
    onProgress?.(file, "compile");
    let js: string;
    try {
      js = transform(files[file], { transforms: ["typescript"], disableESTransforms: true }).code;
    } catch (e) {
      const err = e as Error & { loc?: { line: number; column: number } };
      revoke(urls.values());
      const message = err.message.replace(/^Error transforming [^:]+: /, "").replace(/\s*\(\d+:\d+\)$/, "");
      throw new LibraryError(message, file, err.loc?.line, err.loc?.column);
    }
    js = js.replace(IMPORT_RE, (_all, head: string, q: string, spec: string) => {
      const target = resolveImport(file, spec, files)!;
      return `${head}${q}${urls.get(target)}${q}`;
    });
    // On the first line, so the reader's line numbers stay as they wrote them.
    const hook = onModule ? `globalThis.${LOADING_HOOK}?.(${JSON.stringify(file)});` : "";
    urls.set(file, moduleUrl(`${hook}${js}\n//# sourceURL=lib/${file}`));
  }
  const global = globalThis as Record<string, unknown>;
  if (onModule) global[LOADING_HOOK] = onModule;
  try {
    const module = (await import(/* @vite-ignore */ urls.get("index.ts")!)) as Record<string, unknown>;
    return { module, urls: [...urls.values()] };
  } catch (e) {
    revoke(urls.values());
    const err = e as Error;
    const m = /lib\/([\w/.-]+\.ts):(\d+):(\d+)/.exec(String(err.stack ?? ""));
    const line = m ? Number(m[2]) : undefined;
    // The hook stands before the reader's first line.
    const shift =
      line === 1 && onModule ? `globalThis.${LOADING_HOOK}?.(${JSON.stringify(m![1])});`.length : 0;
    throw new LibraryError(err.message, m?.[1], line, m ? Number(m[3]) - shift : undefined);
  } finally {
    delete global[LOADING_HOOK];
  }
}
