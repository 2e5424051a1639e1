/**
 * Where a reader's cell edits are kept. The cell UI only talks to these three functions; the
 * storage behind them (IndexedDB, stale detection) belongs to src/kernel/storage. Until that is
 * wired in, edits live in memory for the life of the page.
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

const memory = new Map<string, { code: string; original: string }>();

export const memoryStore: EditStore = {
  async getInitialCode(cellId, originalCode) {
    const saved = memory.get(cellId);
    return saved ? { code: saved.code, stale: saved.original !== originalCode } : undefined;
  },
  async onCellEdit(cellId, code, originalCode) {
    if (code === originalCode) memory.delete(cellId);
    else memory.set(cellId, { code, original: originalCode });
  },
  async onCellReset(cellId) {
    memory.delete(cellId);
  },
  keepBeforeRun(cellId, code, originalCode) {
    return memoryStore.onCellEdit(cellId, code, originalCode);
  },
};

let store: EditStore = memoryStore;

/** Put a persistent store behind the cell UI (the storage module calls this). */
export function setEditStore(next: EditStore): void {
  store = next;
}

export const getInitialCode = (cellId: string, originalCode: string) =>
  store.getInitialCode(cellId, originalCode);
export const onCellEdit = (cellId: string, code: string, originalCode: string) =>
  store.onCellEdit(cellId, code, originalCode);
export const onCellReset = (cellId: string) => store.onCellReset(cellId);
export const keepBeforeRun = (cellId: string, code: string, originalCode: string) =>
  store.keepBeforeRun(cellId, code, originalCode);
