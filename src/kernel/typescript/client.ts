/**
 * The page's side of the type worker: one worker per page, created by the first question (so
 * only after an editor opened, never on page load). Answers come back as promises; a question
 * overtaken by a newer one about the same document resolves to null.
 */
import type { CellSource, DocRef, Lang } from "./core.ts";
import type { Answers, FromTypeWorker, Question, ToTypeWorker } from "./protocol.ts";

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, (message: FromTypeWorker) => void>();

function getWorker(lang: Lang): Worker {
  if (worker) return worker;
  worker = new Worker(new URL("./worker.ts", import.meta.url), { type: "module", name: "types" });
  worker.addEventListener("message", (event: MessageEvent<FromTypeWorker>) => {
    const done = pending.get(event.data.id);
    pending.delete(event.data.id);
    done?.(event.data);
  });
  worker.postMessage({ type: "init", lang } satisfies ToTypeWorker);
  return worker;
}

export interface AskContext {
  lang: Lang;
  doc: DocRef;
  code: string;
  cells: CellSource[];
  library: Record<string, string> | null;
}

export function ask<Q extends Question>(
  question: Q,
  context: AskContext,
  pos = 0,
): Promise<Answers[Q] | null> {
  const target = getWorker(context.lang);
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, (message) => {
      if (message.ok) resolve(message.answer as Answers[Q]);
      else {
        if (!message.stale) console.warn(`type service: ${message.message}`);
        resolve(null);
      }
    });
    const { lang: _lang, ...rest } = context;
    target.postMessage({ type: "ask", id, question, pos, ...rest } satisfies ToTypeWorker);
  });
}
