/**
 * The type worker: one per page, started when the first editor opens. It holds TypeScript's
 * language service (see core.ts) and answers the editors' questions. Questions arrive faster
 * than they can be answered while the reader types: only the newest question of each kind about
 * each document is answered, older ones are told they are stale.
 */
import type { Lang } from "../../i18n/lang.ts";
import { createTypeService, type TypeService } from "./core.ts";
import { serviceFiles } from "./files.ts";
import type { FromTypeWorker, ToTypeWorker } from "./protocol.ts";
import koMessagesUrl from "typescript/lib/ko/diagnosticMessages.generated.json?url";

type Ask = Extract<ToTypeWorker, { type: "ask" }>;

let service: Promise<TypeService> | undefined;
const queue: Ask[] = [];
let draining = false;

const reply = (message: FromTypeWorker) => postMessage(message);

/** TypeScript's own messages in each language: English is built in, Korean is fetched. */
const messagesUrl: Readonly<Record<Lang, string | undefined>> = { ko: koMessagesUrl, en: undefined };

async function start(lang: Lang): Promise<TypeService> {
  // Without the Korean messages (offline before they were cached), TypeScript speaks English.
  const url = messagesUrl[lang];
  const koMessages = url
    ? await fetch(url)
        .then((r) => (r.ok ? (r.json() as Promise<Record<string, string>>) : undefined))
        .catch(() => undefined)
    : undefined;
  const service = createTypeService({ ...serviceFiles, koMessages }, lang);
  // Parse and check the lib files and the library once now, while the reader is still reading:
  // the first real question is then answered warm.
  service.setCells([
    { id: "warm-up", code: `import { attend } from "attention";\nattend([1], [[1]], [[1]]);` },
  ]);
  service.diagnostics({ cell: "warm-up" });
  return service;
}

const key = (ask: Ask) => `${ask.question} ${JSON.stringify(ask.doc)}`;

async function drain(): Promise<void> {
  const ts = await service!;
  while (queue.length) {
    const ask = queue.shift()!;
    if (queue.some((later) => key(later) === key(ask))) {
      reply({ id: ask.id, ok: false, stale: true, message: "stale" });
      continue;
    }
    const t0 = performance.now();
    try {
      if ("cell" in ask.doc) ts.setCells(ask.cells);
      ts.setLibrary(ask.library);
      ts.update(ask.doc, ask.code);
      const answer =
        ask.question === "diagnostics"
          ? ts.diagnostics(ask.doc)
          : ask.question === "completions"
            ? ts.completions(ask.doc, ask.pos)
            : ask.question === "hover"
              ? ts.hover(ask.doc, ask.pos)
              : ts.signatureHelp(ask.doc, ask.pos);
      reply({ id: ask.id, ok: true, answer, ms: performance.now() - t0 });
    } catch (e) {
      reply({ id: ask.id, ok: false, message: e instanceof Error ? e.message : String(e) });
    }
    // Let newer questions arrive before answering the rest.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

addEventListener("message", (event: MessageEvent<ToTypeWorker>) => {
  const msg = event.data;
  if (msg.type === "init") {
    service ??= start(msg.lang);
    return;
  }
  queue.push(msg);
  if (!draining) {
    draining = true;
    setTimeout(() => drain().finally(() => (draining = false)), 0);
  }
});
