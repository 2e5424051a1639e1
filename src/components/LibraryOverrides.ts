/**
 * The reader's edited library, from storage to the page's kernel: the original sources (fetched
 * only when there are edits) with the reader's applied files on top.
 */
import type { EditRecord } from "../kernel/storage/records.ts";
import type { KernelError } from "../kernel/api.ts";
import { pageLang, t, type Lang } from "../i18n/index.ts";

let sources: Promise<Record<string, string>> | undefined;

/** The course's library sources (path → TypeScript), fetched once per page. */
export function originalSources(): Promise<Record<string, string>> {
  return (sources ??= fetch(`${import.meta.env.BASE_URL}library-sources.json`).then((r) => {
    if (!r.ok) throw new Error(`library sources: HTTP ${r.status}`);
    return r.json() as Promise<Record<string, string>>;
  }));
}

/** The full file set of the edited library, or null when nothing is edited. */
export function withEdits(
  original: Record<string, string>,
  edits: Pick<EditRecord, "id" | "code">[],
): Record<string, string> | null {
  if (edits.length === 0) return null;
  const files = { ...original };
  for (const e of edits) files[e.id] = e.code;
  return files;
}

/** Why the edited library could not be used, in the reader's language (file and line when known). */
export function libraryErrorText(error: KernelError, timeLimitMs: number, lang: Lang = pageLang()): string {
  if (error.kind === "stopped")
    return error.file
      ? t(lang, "library.loadLoop", { file: error.file, s: timeLimitMs / 1000 })
      : error.message;
  if (!error.file) return error.message;
  const where = `${error.file}${error.line ? `:${error.line}${error.column ? `:${error.column}` : ""}` : ""}`;
  return t(lang, "library.loadThrew", { where, message: error.message });
}
