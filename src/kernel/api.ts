/**
 * The contract between the page's kernel (src/kernel) and everything that asks it for work:
 * cells, widgets, exercises, the library page. Types only — the implementation lives in
 * `client.ts` (main thread) and `worker.ts` (the kernel worker).
 *
 * Everything that may be the reader's code — cells, and the attention library once the reader
 * has edited it — runs in the kernel worker. Widgets never import the library directly on the
 * main thread: they call it through the kernel, so a reader who breaks `softmax` sees every widget
 * react (with a message, never a frozen tab).
 */

import type { ErrorProblem } from "./output.ts";

/** Names of the pretrained models shipped in public/models, plus the reader's own trained one. */
export type ModelName = "bahdanau" | "luong" | "none" | "mine";

/** Why what the kernel computes may have changed. */
export type KernelChange = "library" | "model" | "restart";

export type KernelStatus = "starting" | "idle" | "busy" | "restarting" | "broken";

/** What a kernel call that failed tells its caller (and what a widget shows inline). */
export interface KernelError {
  /** "stopped": ran past the time limit or the reader pressed Stop; "library": the (edited) library failed to load. */
  kind: "error" | "stopped" | "library";
  message: string;
  /** The reader's own line and column, when the error is in their code. */
  line?: number;
  column?: number;
  /** File of the library the error comes from, e.g. `attention.ts`, when it comes from the library. */
  file?: string;
  /** What the library refused, as data (a code and its values), for a message in the reader's language. */
  problem?: ErrorProblem;
}

/** The result of a kernel call: the value, or a clear error. Never throws for reader mistakes. */
export type KernelResult<T> =
  { ok: true; value: T; ms: number } | { ok: false; error: KernelError; ms: number };

export interface KernelClient {
  readonly status: KernelStatus;
  /**
   * Call an export of the attention library (the reader's edited version when there is one) in
   * the kernel worker, by name, with structured-cloneable arguments. Example:
   * `await kernel.call("attend", [query, keys, values, { score: "dot", temperature: 1 }])`.
   */
  call<T = unknown>(
    name: string,
    args: unknown[],
    options?: { timeoutMs?: number },
  ): Promise<KernelResult<T>>;
  /**
   * Run a library function against a model held in the worker: the model is loaded once
   * (pretrained from /models/<name>.json + .bin, or for "mine" the reader's trained weights from
   * the store, dropped when the store announces a new or deleted model) and passed as
   * the first argument. Example: `await kernel.withModel("bahdanau", "greedyDecode", ["24.11.2026"])`.
   */
  withModel<T = unknown>(model: ModelName, name: string, args: unknown[]): Promise<KernelResult<T>>;
  /**
   * Evaluate TypeScript in the page's shared scope (after the page's cells), without storing it
   * as a cell: used by exercises' hidden checks. `display()` and console output are collected.
   */
  evaluate(code: string, options?: { timeoutMs?: number }): Promise<KernelResult<unknown>>;
  /**
   * Called whenever the library changes (the reader edited or restored it), the reader's trained
   * model changes (kept, replaced or discarded — in this tab or another), or the kernel restarted.
   */
  onChange(listener: (reason: KernelChange) => void): () => void;
}
