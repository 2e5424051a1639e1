/**
 * The header's "library modified" badge, and on pages with cells or widgets, the edited library
 * loaded into the page's kernel (the kernel and the original sources load only when there are
 * edits). Follows changes made in other tabs.
 */
import { getStore } from "../kernel/storage/index.ts";

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
    if (!usesKernel()) return;
    const key = edits.map((e) => `${e.id}@${e.rev}`).join(",");
    if (key === inKernel) {
      badge.dataset.libraryState = edits.length ? "applied" : "original";
      return;
    }
    const [{ getKernel }, { originalSources, withEdits }] = await Promise.all([
      import("../kernel/client.ts"),
      import("./LibraryOverrides.ts"),
    ]);
    const files = edits.length ? withEdits(await originalSources(), edits) : null;
    const result = await getKernel().setLibraryOverrides(files);
    inKernel = key;
    if (result.ok) {
      badge.dataset.libraryState = edits.length ? "applied" : "original";
      return;
    }
    const e = result.error;
    const where = e.file ? `${e.file}${e.line ? `:${e.line}` : ""}: ` : "";
    badge.dataset.libraryState = "failed";
    text.textContent = s.failed;
    badge.title = s.failedTitle.replace("{error}", `${where}${e.message}`);
  }

  store.onChange((c) => {
    if ((c.type === "edit" && c.kind === "library") || c.type === "import") void refresh();
  });
  void refresh();
}
