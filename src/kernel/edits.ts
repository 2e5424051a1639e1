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
