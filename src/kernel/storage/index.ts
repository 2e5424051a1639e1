/**
 * The page's store of the reader's work. One per tab, created on first use.
 *
 * @example
 * import { getStore } from "../kernel/storage/index.ts";
 * await getStore().markPassed("softmax-sum");
 * const { passed } = await getStore().getProgress();
 */
import { idbKV, memoryKV } from "./kv.ts";
import { askToKeep } from "./persist.ts";
import { Store } from "./store.ts";

export {
  Store,
  type SaveResult,
  type StoreChange,
  type StoreMeta,
  type LoadedEdit,
  type EditKind,
} from "./store.ts";
export type { EditRecord, EditStatus, Progress, ModelRecord, QuizAnswer, ReviewCard } from "./records.ts";

let store: Store | undefined;

/**
 * Set in localStorage when the reader's work is first kept. Browsers that clear a site's
 * IndexedDB usually clear localStorage with it, but when only IndexedDB went, this tells the
 * My work page that work was here and is gone.
 */
export const KEPT_MARK = "attention-live/kept-work";

function onKept() {
  void askToKeep();
  try {
    if (localStorage.getItem(KEPT_MARK) === null) localStorage.setItem(KEPT_MARK, String(Date.now()));
  } catch {
    // storage disabled: no mark, and the page says only what it knows
  }
}

export function getStore(): Store {
  if (!store) {
    const kv = typeof indexedDB === "undefined" ? memoryKV() : idbKV();
    const channel =
      typeof BroadcastChannel === "undefined" ? undefined : new BroadcastChannel("attention-live-store");
    store = new Store(kv, channel, { onKept });
  }
  return store;
}
