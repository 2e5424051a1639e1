/**
 * The header's "library modified" badge, and on pages with cells or widgets, the edited library
 * loaded into the page's kernel (the kernel and the original sources load only when there are
 * edits). Follows changes made in other tabs.
 */
import { getStore, KEPT_MARK, type EditRecord } from "../kernel/storage/index.ts";
import { editStatus } from "../kernel/storage/records.ts";
import type { LibraryVerdict } from "../kernel/checking/library.ts";

/** "Use the course's version for now": kept for this tab (sessionStorage), for the edits it was chosen with. */
const FOR_NOW = "attention-live:library-for-now";
interface ForNow {
  key: string;
  failing: LibraryVerdict[];
}
function forNow(): ForNow | null {
  try {
    return JSON.parse(sessionStorage.getItem(FOR_NOW) ?? "null") as ForNow | null;
  } catch {
    return null;
  }
}
function setForNow(value: ForNow | null): void {
  try {
    if (value) sessionStorage.setItem(FOR_NOW, JSON.stringify(value));
    else sessionStorage.removeItem(FOR_NOW);
  } catch {
    // No session storage: the choice lasts until the page is left.
  }
}

export function startLibraryBadge(): void {
  const found = document.querySelector<HTMLElement>("[data-library-badge]");
  if (!found) return;
  const badge: HTMLElement = found;
  const s = JSON.parse(badge.dataset.strings ?? "{}") as Record<string, string>;
  const text = badge.querySelector<HTMLElement>("[data-badge-text]")!;
  const store = getStore();
  const usesKernel = () =>
    !document.querySelector("[data-library-page]") && !!document.querySelector("[data-cell], [data-widget]");
  /** Which edits (file@revision) the kernel has now; "" = the original library. */
  let inKernel = "";

  async function refresh() {
    const edits = await store.listEdits("library");
    const names = edits.map((e) => e.id).join(", ");
    badge.hidden = edits.length === 0;
    text.textContent = s.badge;
    badge.title = s.title.replace("{files}", names);
    badge.dataset.libraryState = edits.length ? "modified" : "original";
    void markStale(edits);
    if (!usesKernel()) return;
    const key = edits.map((e) => `${e.id}@${e.rev}`).join(",");
    const paused = edits.length > 0 && forNow()?.key === key;
    const want = paused ? `course:${key}` : key;
    if (want === inKernel) {
      badge.dataset.libraryState = edits.length ? "applied" : "original";
      return;
    }
    const [{ getKernel }, { originalSources, withEdits, libraryErrorText }, { showLibraryNotices }] =
      await Promise.all([
        import("../kernel/client.ts"),
        import("./LibraryOverrides.ts"),
        import("./LibraryNotice.ts"),
      ]);
    const files = edits.length && !paused ? withEdits(await originalSources(), edits) : null;
    const kernel = getKernel();
    const result = await kernel.setLibraryOverrides(files);
    inKernel = want;
    if (result.ok) {
      badge.dataset.libraryState = edits.length ? "applied" : "original";
      // A failing library is the reader's to use: every widget and cell says what fails, with the
      // course's version one click away for now (this tab, until the edit changes or they go back).
      const failing = paused ? (forNow()?.failing ?? []) : (result.value ?? []).filter((v) => !v.ok);
      badge.dataset.libraryCheck = failing.length ? (paused ? "course" : "failing") : "passing";
      showLibraryNotices({
        failing,
        paused,
        onUseCourse: () => {
          setForNow({ key, failing });
          void refresh();
        },
        onUseMine: () => {
          setForNow(null);
          void refresh();
        },
      });
      return;
    }
    badge.dataset.libraryState = "failed";
    text.textContent = s.failed;
    badge.title = s.failedTitle.replace("{error}", libraryErrorText(result.error, kernel.timeLimitMs));
  }

  /**
   * An applied edit made before the course changed that file hides the correction in every cell
   * that uses it: the badge says so on every page, and the library page shows the comparison.
   */
  async function markStale(edits: EditRecord[]) {
    const mark = badge.querySelector<HTMLElement>("[data-badge-stale]")!;
    if (edits.length === 0) {
      mark.hidden = true;
      delete badge.dataset.libraryStale;
      return;
    }
    const { originalSources } = await import("./LibraryOverrides.ts");
    const sources = await originalSources().catch(() => undefined);
    if (!sources) return;
    const stale = edits.filter((e) => editStatus(e, sources[e.id] ?? "") === "stale").map((e) => e.id);
    mark.hidden = stale.length === 0;
    mark.textContent = stale.length ? `· ${s.stale}: ${stale.join(", ")}` : "";
    if (stale.length) {
      badge.dataset.libraryStale = stale.join(",");
      badge.title = `${s.staleNote} (${stale.join(", ")})`;
    } else delete badge.dataset.libraryStale;
  }

  store.onChange((c) => {
    if ((c.type === "edit" && c.kind === "library") || c.type === "import") void refresh();
  });
  void refresh();
  remindLater();
}

function hasKeptWork(): boolean {
  try {
    return localStorage.getItem(KEPT_MARK) !== null;
  } catch {
    return false;
  }
}

/**
 * Once the page is idle, and only for a reader who has kept work here, see whether to remind them
 * to export it (not on the My work page, which shows the same state with the export beside it).
 */
function remindLater() {
  if (!hasKeptWork() || document.querySelector("[data-my-work]")) return;
  const later = window.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 2000));
  later(() => void import("./ExportReminder.ts").then((m) => m.remindToExport()));
}
