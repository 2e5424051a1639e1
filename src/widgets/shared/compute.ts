// The one door through which every widget computes: the attention library in the page's kernel
// (src/kernel/sandbox/SANDBOX.md), the reader's edited library when there is one, so a reader who
// breaks `softmax` sees every widget react with a message. The reader's own trained model
// ("mine") runs there too: the kernel reads it from the store. Calls are typed by the library
// itself (widget.ts's `Lib`): `pageLibrary.library.attend(q, K, V, opts)` takes attend's arguments
// and gives attend's result, so no function name or result type is written twice.
// The files the course ships with the models (`shipped`) are fetched from the site.

import type { KernelError, KernelResult } from "../../kernel/api.ts";
import { getKernel } from "../../kernel/client.ts";
import type { Lang } from "../../i18n/lang.ts";
import { strings } from "./strings.ts";
import { problemMessage } from "../../kernel/problems.ts";
import type { Lib } from "./widget.ts";

/** A kernel call that failed, thrown so a widget's `compute` reads as plain library code. */
export class KernelFailure extends Error {
  readonly error: KernelError;
  constructor(error: KernelError) {
    super(error.message);
    this.error = error;
  }
}

const answer = async <T>(call: Promise<KernelResult<T>>): Promise<T> => {
  const result = await call;
  if (!result.ok) throw new KernelFailure(result.error);
  return result.value;
};

/** The library as widgets compute with it in the page: the kernel's, failures thrown as `KernelFailure`. */
export const pageLibrary: Lib = {
  library: new Proxy(
    {},
    {
      get:
        (_target, name: string) =>
        (...args: unknown[]) =>
          answer(getKernel().call(name, args)),
    },
  ) as Lib["library"],
  withModel: (model) =>
    new Proxy(
      {},
      {
        get:
          (_target, name: string) =>
          (...args: unknown[]) =>
            answer(getKernel().withModel(model, name, args)),
      },
    ) as ReturnType<Lib["withModel"]>,
  shipped: async <T>(file: string) => {
    try {
      const response = await fetch(`${import.meta.env.BASE_URL.replace(/\/$/, "")}/${file}`);
      return response.ok ? ((await response.json()) as T) : null;
    } catch {
      return null;
    }
  },
};

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

/**
 * What a widget says when the kernel could not compute (the reader's words, not a stack trace):
 * a library error it knows (a decoding guard's) in the reader's language, any other in its own.
 */
export function kernelMessage(error: KernelError, lang: Lang): string {
  const where = error.file ? ` (${error.file}${error.line ? `:${error.line}` : ""})` : "";
  const s = strings[lang];
  return error.kind === "stopped"
    ? s.stopped(error.message)
    : s.failed(where, problemMessage(error.problem, lang) ?? error.message);
}
