/**
 * Where a reader's cell edits are kept. The cell UI only talks to these four functions; the
 * storage behind them (IndexedDB, stale detection) is src/components/cells/persist.ts, which puts
 * itself here with `setEditStore` when it loads (src/components/cells/loader.ts imports it first).
 *
 * Contract:
 * - `getInitialCode(cellId, originalCode)`: the reader's saved code for this cell, if any, and
 *   whether it is stale (saved against different original code). Called once per cell on load.
 * - `onCellEdit(cellId, code, originalCode)`: the reader changed the cell (called on each edit,
 *   debounced by the caller; `code === originalCode` means the edit was undone by hand).
 * - `onCellReset(cellId)`: the reader pressed Reset: forget the saved edit.
 * - `keepBeforeRun(cellId, code, originalCode)`: a run is about to start with an edit that may not
 *   be saved yet, and a run may take the tab down. Keep the edit where a crash cannot lose it and
 *   save it; resolves when the run may start (at once if the edit was kept synchronously).
 */
export interface SavedEdit {
  code: string;
  /** The course changed this cell since the reader saved the edit. */
  stale: boolean;
}

export interface EditStore {
  getInitialCode(cellId: string, originalCode: string): Promise<SavedEdit | undefined>;
  onCellEdit(cellId: string, code: string, originalCode: string): Promise<void>;
  onCellReset(cellId: string): Promise<void>;
  keepBeforeRun(cellId: string, code: string, originalCode: string): Promise<void>;
}

let current: EditStore | undefined;

function store(): EditStore {
  if (!current) throw new Error("edits.ts: no edit store yet (import src/components/cells/persist.ts first)");
  return current;
}

/** Put a persistent store behind the cell UI (the storage module calls this). */
export function setEditStore(next: EditStore): void {
  current = next;
}

export const getInitialCode = (cellId: string, originalCode: string) =>
  store().getInitialCode(cellId, originalCode);
export const onCellEdit = (cellId: string, code: string, originalCode: string) =>
  store().onCellEdit(cellId, code, originalCode);
export const onCellReset = (cellId: string) => store().onCellReset(cellId);
export const keepBeforeRun = (cellId: string, code: string, originalCode: string) =>
  store().keepBeforeRun(cellId, code, originalCode);
