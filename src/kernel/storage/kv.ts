/**
 * The key-value place the store writes to: IndexedDB in the browser (via idb-keyval), or an
 * in-memory map (tests, and browsers where IndexedDB cannot open).
 */
import { createStore, del, entries, get, set, update, type UseStore } from "idb-keyval";

export interface KV {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  /** Read and write `key` atomically (one transaction): no other tab can write in between. */
  update(key: string, updater: (old: unknown) => unknown): Promise<void>;
  del(key: string): Promise<void>;
  entries(): Promise<[string, unknown][]>;
}

export function idbKV(dbName = "attention-live", storeName = "work"): KV {
  const store: UseStore = createStore(dbName, storeName);
  return {
    get: (key) => get(key, store),
    set: (key, value) => set(key, value, store),
    update: (key, updater) => update(key, updater, store),
    del: (key) => del(key, store),
    entries: async () => (await entries<string, unknown>(store)).map(([k, v]) => [String(k), v]),
  };
}

export function memoryKV(): KV {
  const map = new Map<string, unknown>();
  return {
    get: async (key) => structuredClone(map.get(key)),
    set: async (key, value) => void map.set(key, structuredClone(value)),
    update: async (key, updater) =>
      void map.set(key, structuredClone(updater(structuredClone(map.get(key))))),
    del: async (key) => void map.delete(key),
    entries: async () => [...map].map(([k, v]) => [k, structuredClone(v)]),
  };
}

/** True for the error a browser raises when the site's storage quota is full. */
export function isQuotaError(err: unknown): boolean {
  const name = (err as { name?: string } | null)?.name;
  return name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED";
}
