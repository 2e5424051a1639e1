/**
 * The header's "library modified" badge, and on pages with cells or widgets, the edited library
 * loaded into the page's kernel (the kernel and the original sources load only when there are
 * edits). Follows changes made in other tabs.
 */
import { getStore, KEPT_MARK, type EditRecord } from "../kernel/storage/index.ts";
import { editStatus } from "../kernel/storage/records.ts";

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
    if (key === inKernel) {
      badge.dataset.libraryState = edits.length ? "applied" : "original";
      return;
    }
    const [{ getKernel }, { originalSources, withEdits, libraryErrorText }] = await Promise.all([
      import("../kernel/client.ts"),
      import("./LibraryOverrides.ts"),
    ]);
    const files = edits.length ? withEdits(await originalSources(), edits) : null;
    const kernel = getKernel();
    const result = await kernel.setLibraryOverrides(files);
    inKernel = key;
    if (result.ok) {
      badge.dataset.libraryState = edits.length ? "applied" : "original";
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
  remindLater(badge);
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
function remindLater(badge: HTMLElement) {
  if (!hasKeptWork() || document.querySelector("[data-my-work]")) return;
  const strings = JSON.parse(badge.dataset.cellStrings ?? "{}") as Record<string, string>;
  const later = window.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 2000));
  later(() => void import("../kernel/storage/reminder.ts").then((m) => m.remindToExport(strings)));
}
