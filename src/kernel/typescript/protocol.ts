/** Messages between the page's editors (client.ts) and the type worker (worker.ts). */
import type { CellSource, Completions, DocRef, Hover, Lang, SignatureHelp, TypeDiagnostic } from "./core.ts";

export interface Answers {
  diagnostics: TypeDiagnostic[];
  completions: Completions | null;
  hover: Hover | null;
  signatureHelp: SignatureHelp | null;
}

export type Question = keyof Answers;

export type ToTypeWorker =
  | { type: "init"; lang: Lang }
  | {
      type: "ask";
      id: number;
      question: Question;
      doc: DocRef;
      /** The document's text in the editor now. */
      code: string;
      pos: number;
      /** The page's cells in order (their current code), when the document is a cell. */
      cells: CellSource[];
      /** The library as the kernel uses it: the reader's edited files, or null for the shipped one. */
      library: Record<string, string> | null;
    };

/** `stale`: a newer question about the same document came in before this one was answered. */
export type FromTypeWorker =
  | { id: number; ok: true; answer: Answers[Question]; ms: number }
  | { id: number; ok: false; stale?: boolean; message: string };
