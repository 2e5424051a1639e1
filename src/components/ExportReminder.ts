/**
 * The quiet reminder to export: when the browser may clear the site's storage and the reader has
 * work saved days ago that no file holds yet, a note at the top of the page offers the export.
 * Never a dialog; at most once a day (on the page it first appears on); dismissing it is
 * remembered, and only work saved after that brings it back.
 */
import { format, pageLang, t, type UiKey } from "../i18n/index.ts";
import { button } from "./editing/dom.ts";
import { getStore } from "../kernel/storage/index.ts";
import { persistence } from "../kernel/storage/persist.ts";
import { needsExportReminder, REMIND_AFTER_DAYS } from "../kernel/storage/transfer.ts";

const SHOWN = "attention-live/export-reminded";
const DAY_MS = 24 * 3600 * 1000;

/** Show the reminder at the top of `main` if it is due. */
export async function remindToExport(): Promise<void> {
  const main = document.querySelector("main");
  if (!main || main.querySelector('[data-store-notice="export-reminder"]')) return;
  try {
    if (Date.now() - Number(localStorage.getItem(SHOWN) ?? 0) < DAY_MS) return;
  } catch {
    return; // without localStorage "once a day" cannot hold: stay quiet
  }
  const store = getStore();
  const [snapshot, meta, state] = await Promise.all([store.snapshot(), store.getMeta(), persistence()]);
  if (!needsExportReminder(snapshot, meta, state === "persistent", Date.now())) return;
  localStorage.setItem(SHOWN, String(Date.now()));
  const say = (key: UiKey) => t(pageLang(), key);

  const box = document.createElement("aside");
  box.className = "store-notice";
  box.dataset.storeNotice = "export-reminder";
  box.setAttribute("aria-label", say("store.nav"));
  const p = document.createElement("p");
  p.textContent = format(say("store.remind"), { days: REMIND_AFTER_DAYS });
  box.append(
    p,
    button(say("store.exportOffer"), async () => {
      const { downloadExport } = await import("./MyWorkClient.ts");
      downloadExport(await store.snapshot());
      box.remove();
    }),
    button(say("store.remindDismiss"), () => {
      void store.dismissReminder();
      box.remove();
    }),
  );
  main.prepend(box);
}
