/** Messages between the page (client.ts) and its kernel worker (worker.ts); checked on arrival by sandbox/messages.ts. */
import type { Lang } from "../i18n/lang.ts";
import type { CellError, OutputItem } from "./output.ts";
import type { CellSource } from "./notebook.ts";
import type { ModelName } from "./api.ts";

export type Request =
  | { type: "init"; devicePixelRatio: number; lang: Lang }
  /** Run cell `id` (null: all) and its dependents; with `providersOnly`, only the cells it needs. */
  | { type: "run"; cells: CellSource[]; id: string | null; stopped: string[]; providersOnly?: boolean }
  | { type: "evaluate"; cells: CellSource[]; code: string }
  /**
   * Check an exercise: run the reference `solution` and the reader's `code` after the page's cells,
   * then `checks` (the TypeScript source of the exercise's checks.ts). Replies with CheckResult[].
   */
  | { type: "check"; cells: CellSource[]; code: string; solution: string; checks: string }
  | { type: "call"; name: string; args: unknown[] }
  | { type: "withModel"; model: ModelName; name: string; args: unknown[] }
  /**
   * Use this library (null: the course's). With `check` (the functions not to check: their check
   * did not finish before), an edited one is checked first and the reply is `{ verdicts }`.
   */
  | { type: "library"; files: Record<string, string> | null; check?: string[] }
  /** The reader's trained model ("mine") as the store keeps it, or null to forget it. */
  | { type: "trained"; model: TrainedModel | null }
  /** A shipped model's files, read by the page (the sandbox has no network). */
  | { type: "model"; name: string; meta: unknown; weights: ArrayBuffer }
  /** The source of a module the worker asked for (`need`), as one ES module. */
  | { type: "module"; name: SandboxModule; source: string }
  | { type: "reset" }
  /**
   * Load the library and compile the page's cells now (running none of them), so the reader's
   * first Run finds the library loaded and has only the cell they edited left to compile.
   */
  | { type: "warm"; cells: CellSource[] };

export interface TrainedModel {
  meta: unknown;
  weights: Uint8Array;
}

/** What the page learns about one cell's run. */
export type CellEvent =
  { phase: "start" } | { phase: "result"; ok: boolean; items: OutputItem[]; error?: CellError; ms: number };

export type FromWorker =
  | { reqId: number; type: "event"; id: string; event: CellEvent }
  | { reqId: number; type: "reply"; ok: true; value: unknown }
  | { reqId: number; type: "reply"; ok: false; error: CellError }
  /** The worker needs a module's source (it cannot fetch): the page answers with a `module` request. */
  | { reqId: 0; type: "need"; module: SandboxModule };

/**
 * The modules the kernel loads on first use, each `sandbox/<name>.js`: Plot (`plot`), and
 * fast-check with the course's checks (`checking`).
 */
export type SandboxModule = "plot" | "checking";
export const sandboxModules: readonly SandboxModule[] = ["plot", "checking"];
