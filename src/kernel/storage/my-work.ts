/**
 * The "My work" page: what is stored, and export/import of all of it as one JSON file. An import
 * is checked completely and shown as a list of changes; nothing is written until the reader
 * confirms.
 */
import { getStore } from "./index.ts";
import {
  MAX_IMPORT_BYTES,
  parseImport,
  planImport,
  toExportFile,
  type ImportPlan,
  type Snapshot,
} from "./transfer.ts";

type Strings = Record<string, string>;

const el = <T extends Element = HTMLElement>(root: ParentNode, sel: string) => root.querySelector<T>(sel)!;

function li(text: string, tag?: string): HTMLLIElement {
  const item = document.createElement("li");
  item.textContent = text;
  if (tag) {
    const span = document.createElement("span");
    span.className = "tag";
    span.textContent = tag;
    item.append(span);
  }
  return item;
}

function list(items: HTMLLIElement[], empty: string): HTMLElement {
  if (items.length === 0) {
    const p = document.createElement("p");
    p.textContent = empty;
    return p;
  }
  const ul = document.createElement("ul");
  ul.append(...items);
  return ul;
}

/** Save `snapshot` as a file download. */
export function downloadExport(snapshot: Snapshot): void {
  const now = new Date();
  const blob = new Blob([JSON.stringify(toExportFile(snapshot, now), null, 1)], { type: "application/json" });
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = `attention-live-my-work-${now.toISOString().slice(0, 10)}.json`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

export function startMyWork(): void {
  const found = document.querySelector<HTMLElement>("[data-my-work]");
  if (!found) return;
  const root: HTMLElement = found;
  const s = JSON.parse(root.dataset.strings ?? "{}") as Strings;
  const store = getStore();
  const message = el(root, "[data-transfer-message]");
  const planBox = el(root, "[data-import-plan]");
  let pending: { snapshot: Snapshot; plan: ImportPlan } | undefined;

  const say = (text: string, kind: "ok" | "error" = "ok") => {
    message.textContent = text;
    message.dataset.kind = kind;
  };

  async function render() {
    const snap = await store.snapshot();
    const count = (k: string) => snap.edits.filter((e) => e.kind === k).length;
    el(root, "[data-work-summary]").textContent = s["store.summary"]
      .replace("{cells}", String(count("cell")))
      .replace("{library}", String(count("library")))
      .replace("{models}", String(snap.models.length));

    const kindName: Strings = {
      cell: s["store.cell"],
      library: s["store.libraryFile"],
      "library-draft": s["store.libraryDraft"],
    };
    const edits = [
      ...snap.edits.map((e) => li(`${kindName[e.kind]} · ${e.id}`)),
      ...snap.models.map((m) => li(`${s["store.model"]} · ${m.name}`)),
    ];
    el(root, "[data-edits-list]").replaceChildren(list(edits, s["store.noEdits"]));
  }

  el(root, '[data-action="export"]').addEventListener("click", async () => {
    downloadExport(await store.snapshot());
    say(s["store.exported"]);
  });

  const input = el<HTMLInputElement>(root, "[data-import-file]");
  input.addEventListener("change", async () => {
    const file = input.files?.[0];
    input.value = "";
    pending = undefined;
    planBox.hidden = true;
    if (!file) return;
    const result =
      file.size > MAX_IMPORT_BYTES ? parseImport("", file.size) : parseImport(await file.text(), file.size);
    if (!result.ok) {
      say(s[`store.err.${result.code}`].replace("{detail}", result.detail), "error");
      return;
    }
    const plan = planImport(await store.snapshot(), result.snapshot);
    if (plan.changes.length === 0 && plan.progressAdded === 0) {
      say(s["store.importNothing"]);
      return;
    }
    const what: Strings = {
      cell: s["store.cell"],
      library: s["store.libraryFile"],
      "library-draft": s["store.libraryDraft"],
      model: s["store.model"],
    };
    const rows = plan.changes.map((c) =>
      li(
        `${c.change === "add" ? s["store.add"] : s["store.replace"]}: ${what[c.what]} · ${c.id}`,
        c.change === "replace" && !c.newer ? s["store.older"] : undefined,
      ),
    );
    if (plan.progressAdded > 0)
      rows.push(li(s["store.progressAdded"].replace("{n}", String(plan.progressAdded))));
    el(root, "[data-plan-list]").replaceChildren(...rows);
    pending = { snapshot: result.snapshot, plan };
    say("");
    planBox.hidden = false;
    el(root, '[data-action="import-confirm"]').focus();
  });

  el(root, '[data-action="import-confirm"]').addEventListener("click", async () => {
    if (!pending) return;
    await store.applyImport(pending.snapshot, pending.plan);
    pending = undefined;
    planBox.hidden = true;
    say(s["store.imported"]);
    await render();
  });

  el(root, '[data-action="import-cancel"]').addEventListener("click", () => {
    pending = undefined;
    planBox.hidden = true;
    say(s["store.cancelled"]);
  });

  store.onChange(() => void render());
  void render();
}
