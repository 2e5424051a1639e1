// The one door through which every widget computes: the attention library, by export name, in
// the page's kernel (DESIGN.md "Where code runs") — the reader's edited library when there is
// one, so a reader who breaks `softmax` sees every widget react with a message.
//
// The reader's own trained model ("mine") is the one exception: the kernel loads only the
// shipped models, so "mine" runs here, with the shipped library, from the weights the training
// widget hands over or the reader kept in local storage.

import type { KernelError, KernelResult, ModelName } from "../../kernel/api.ts";
import { getKernel } from "../../kernel/client.ts";
import type { Seq2Seq } from "../../lib/attention/index.ts";

type Library = typeof import("../../lib/attention/index.ts");
type Fn = (...args: unknown[]) => unknown;

let library: Promise<Library> | undefined;
let mine: Promise<Seq2Seq> | undefined;
const listeners = new Set<() => void>();

function loadLibrary(): Promise<Library> {
  library ??= import("../../lib/attention/index.ts");
  return library;
}

function failure(e: unknown, started: number): KernelResult<never> {
  const error: KernelError = { kind: "error", message: e instanceof Error ? e.message : String(e) };
  return { ok: false, error, ms: performance.now() - started };
}

async function storedModel(): Promise<Seq2Seq> {
  const [{ getStore }, lib] = await Promise.all([import("../../kernel/storage/index.ts"), loadLibrary()]);
  const record = await getStore().loadTrainedModel("mine");
  if (!record) throw new Error("no trained model");
  return lib.loadModel(record.meta, record.weights);
}

/** Calls an export of the attention library by name, e.g. `callLibrary("attend", [q, K, V, opts])`. */
export function callLibrary<T>(name: string, args: unknown[]): Promise<KernelResult<T>> {
  return getKernel().call<T>(name, args);
}

/** Calls a library function with a model as its first argument, e.g. `callWithModel("bahdanau", "greedyDecode", [text])`. */
export async function callWithModel<T>(
  model: ModelName,
  fn: string,
  args: unknown[],
): Promise<KernelResult<T>> {
  if (model !== "mine") return getKernel().withModel<T>(model, fn, args);
  const started = performance.now();
  try {
    if (!mine) {
      mine = storedModel();
      mine.catch(() => (mine = undefined));
    }
    const m = await mine;
    const lib = (await loadLibrary()) as unknown as Record<string, Fn>;
    const value = (await lib[fn](m, ...args)) as T;
    return { ok: true, value, ms: performance.now() - started };
  } catch (e) {
    return failure(e, started);
  }
}

/** Makes a model the reader trained the one called "mine" (until the page is left). */
export async function useTrainedModel(meta: unknown, weights: Uint8Array): Promise<KernelResult<true>> {
  const started = performance.now();
  try {
    const lib = await loadLibrary();
    mine = Promise.resolve(lib.loadModel(meta, weights));
    for (const listener of listeners) listener();
    return { ok: true, value: true, ms: performance.now() - started };
  } catch (e) {
    return failure(e, started);
  }
}

/** Forgets the reader's model in this page (the stored copy is the caller's business). */
export function forgetTrainedModel(): void {
  mine = undefined;
  for (const listener of listeners) listener();
}

/**
 * Runs `listener` when what the library computes may have changed: the reader edited or restored
 * the library, or trained a new model. (Not on a kernel restart: a widget whose own call was
 * stopped would otherwise ask again and again.)
 */
export function onLibraryChange(listener: () => void): () => void {
  listeners.add(listener);
  const off = getKernel().onChange((reason) => {
    if (reason === "library") listener();
  });
  return () => {
    off();
    listeners.delete(listener);
  };
}

/** What a widget says when the kernel could not compute (the reader's words, not a stack trace). */
export function kernelMessage(error: KernelError, lang: "ko" | "en"): string {
  const where = error.file ? ` (${error.file}${error.line ? `:${error.line}` : ""})` : "";
  if (lang === "ko") {
    if (error.kind === "stopped")
      return `계산이 너무 오래 걸려 멈췄습니다. 라이브러리를 고쳤다면 무한 반복이 없는지 확인하세요. (${error.message})`;
    return `라이브러리가 계산하지 못했습니다${where}: ${error.message}`;
  }
  if (error.kind === "stopped")
    return `The computation took too long and was stopped. If you edited the library, check it for an endless loop. (${error.message})`;
  return `The library could not compute this${where}: ${error.message}`;
}
