// The one door through which every widget computes: the attention library, by export name, in
// the page's kernel (src/kernel/sandbox/SANDBOX.md) — the reader's edited library when there is
// one, so a reader who breaks `softmax` sees every widget react with a message. The reader's own
// trained model ("mine") runs there too: the kernel reads it from the store.

import type { KernelError, KernelResult, ModelName } from "../../kernel/api.ts";
import { getKernel } from "../../kernel/client.ts";

/** Calls an export of the attention library by name, e.g. `callLibrary("attend", [q, K, V, opts])`. */
export function callLibrary<T>(name: string, args: unknown[]): Promise<KernelResult<T>> {
  return getKernel().call<T>(name, args);
}

/** Calls a library function with a model as its first argument, e.g. `callWithModel("bahdanau", "greedyDecode", [text])`. */
export function callWithModel<T>(model: ModelName, fn: string, args: unknown[]): Promise<KernelResult<T>> {
  return getKernel().withModel<T>(model, fn, args);
}

/**
 * Runs `listener` when what the library computes may have changed: the reader edited or restored
 * the library, or kept or discarded a trained model. (Not on a kernel restart: a widget whose own
 * call was stopped would otherwise ask again and again.)
 */
export function onLibraryChange(listener: () => void): () => void {
  return getKernel().onChange((reason) => {
    if (reason !== "restart") listener();
  });
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
