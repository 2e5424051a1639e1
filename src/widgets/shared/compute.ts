// The one door through which every widget computes: the attention library, by export name.
//
// The page's kernel (src/kernel/client.ts, DESIGN.md "Where code runs") is the intended engine:
// it runs the reader's edited library in a worker. Until it is on the page, this adapter runs the
// shipped library, loaded on demand, and answers in the kernel's own result format, so widgets
// are written once against `KernelResult` and never see the difference.

import type { KernelError, KernelResult, ModelName } from "../../kernel/api.ts";
import type { Seq2Seq } from "../../lib/attention/index.ts";

type Library = typeof import("../../lib/attention/index.ts");
type Fn = (...args: unknown[]) => unknown;

let library: Promise<Library> | undefined;
const models = new Map<ModelName, Promise<Seq2Seq>>();
const listeners = new Set<(reason: "library" | "restart") => void>();

function loadLibrary(): Promise<Library> {
  library ??= import("../../lib/attention/index.ts");
  return library;
}

const now = () => performance.now();

function failure(e: unknown, started: number): KernelResult<never> {
  const error: KernelError = { kind: "error", message: e instanceof Error ? e.message : String(e) };
  return { ok: false, error, ms: now() - started };
}

async function fetchModel(name: ModelName): Promise<Seq2Seq> {
  const lib = await loadLibrary();
  const base = `${import.meta.env.BASE_URL.replace(/\/$/, "")}/models/${name}`;
  const [meta, weights] = await Promise.all([
    fetch(`${base}.json`).then((r) =>
      r.ok ? r.json() : Promise.reject(new Error(`model "${name}" is not available (${r.status})`)),
    ),
    fetch(`${base}.bin`).then((r) =>
      r.ok
        ? r.arrayBuffer()
        : Promise.reject(new Error(`weights of "${name}" are not available (${r.status})`)),
    ),
  ]);
  return lib.loadModel(meta, weights);
}

function model(name: ModelName): Promise<Seq2Seq> {
  let m = models.get(name);
  if (!m) {
    m = fetchModel(name);
    m.catch(() => models.delete(name));
    models.set(name, m);
  }
  return m;
}

/** Calls an export of the attention library by name, e.g. `callLibrary("attend", [q, K, V, opts])`. */
export async function callLibrary<T>(name: string, args: unknown[]): Promise<KernelResult<T>> {
  const started = now();
  try {
    const lib = (await loadLibrary()) as unknown as Record<string, Fn>;
    if (typeof lib[name] !== "function") throw new Error(`the library has no function "${name}"`);
    const value = (await lib[name](...args)) as T;
    return { ok: true, value, ms: now() - started };
  } catch (e) {
    return failure(e, started);
  }
}

/** Calls a library function with a model as its first argument, e.g. `callWithModel("bahdanau", "greedyDecode", [text])`. */
export async function callWithModel<T>(
  name: ModelName,
  fn: string,
  args: unknown[],
): Promise<KernelResult<T>> {
  const started = now();
  try {
    const m = await model(name);
    const lib = (await loadLibrary()) as unknown as Record<string, Fn>;
    if (typeof lib[fn] !== "function") throw new Error(`the library has no function "${fn}"`);
    const value = (await lib[fn](m, ...args)) as T;
    return { ok: true, value, ms: now() - started };
  } catch (e) {
    return failure(e, started);
  }
}

/** Makes a model the reader trained available as "mine" (it replaces an earlier one). */
export async function useTrainedModel(
  meta: unknown,
  weights: ArrayBuffer | Uint8Array,
): Promise<KernelResult<true>> {
  const started = now();
  try {
    const lib = await loadLibrary();
    const m = lib.loadModel(meta, weights);
    models.set("mine", Promise.resolve(m));
    for (const listener of listeners) listener("library");
    return { ok: true, value: true, ms: now() - started };
  } catch (e) {
    return failure(e, started);
  }
}

/** Whether the reader has a trained model in this page. */
export function hasTrainedModel(): boolean {
  return models.has("mine");
}

/** Runs `listener` when what the library computes may have changed (edited library, new model). */
export function onLibraryChange(listener: (reason: "library" | "restart") => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
