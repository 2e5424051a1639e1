/**
 * The page's store of the reader's work. One per tab, created on first use.
 *
 * @example
 * import { getStore } from "../kernel/storage/index.ts";
 * await getStore().markPassed("softmax-sum");
 * const { passed } = await getStore().getProgress();
 */
import { idbKV, memoryKV } from "./kv.ts";
import { Store } from "./store.ts";

export { Store, type SaveResult, type StoreChange, type LoadedEdit, type EditKind } from "./store.ts";
export type { EditRecord, EditStatus, Progress, ModelRecord } from "./records.ts";

let store: Store | undefined;

export function getStore(): Store {
  if (!store) {
    const kv = typeof indexedDB === "undefined" ? memoryKV() : idbKV();
    const channel =
      typeof BroadcastChannel === "undefined" ? undefined : new BroadcastChannel("attention-live-store");
    store = new Store(kv, channel);
  }
  return store;
}
