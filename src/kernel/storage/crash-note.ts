/**
 * Code that fills all memory takes the whole tab down with it: the browser ends the page, and
 * nothing in it can say why. So while reader code runs, this tab notes in localStorage which cell
 * (or exercise) is running, and holds a Web Lock for as long as the tab lives. On the next visit a
 * note whose lock is no longer held belongs to a tab that died mid-run, and the page says so on
 * that cell. (The reader's code is saved before it runs, so it is still there.)
 *
 * A tab that is closed normally removes its note; without Web Locks there are no notes at all,
 * so there is never a false alarm.
 */
const PREFIX = "attention-live/running:";
const tab = Math.random().toString(36).slice(2);
const key = PREFIX + tab;

interface Note {
  path: string;
  id: string;
  at: number;
}

let lock: Promise<void> | undefined;
/** Hold this tab's lock until the tab goes away (resolves once it is held). */
function holdLock(): Promise<void> {
  return (lock ??= new Promise<void>((held) => {
    void navigator.locks.request(key, () => {
      held();
      return new Promise<never>(() => {});
    });
  }));
}

const forget = () => {
  try {
    localStorage.removeItem(key);
  } catch {
    // storage unavailable: there is no note to remove
  }
};

/** Note that `id` (a cell id, or `exercise-<id>`) is running now; `null` when nothing runs. */
export async function noteRunning(id: string | null): Promise<void> {
  if (!("locks" in navigator)) return;
  if (id === null) return forget();
  await holdLock();
  try {
    localStorage.setItem(key, JSON.stringify({ path: location.pathname, id, at: Date.now() } satisfies Note));
  } catch {
    // storage full or disabled: no note, and so no message after a crash
  }
}

addEventListener("pagehide", forget);

let taken: Promise<string[]> | undefined;

/**
 * The ids on this page that were running when an earlier tab died, oldest first (read once per
 * visit: the notes are then removed). Notes older than a week, from any page, are dropped too.
 */
export const crashedRuns = (): Promise<string[]> => (taken ??= take());

const WEEK_MS = 7 * 24 * 3600 * 1000;

/** A stored note, or undefined when the text is not one. */
function parseNote(text: string | null): Note | undefined {
  try {
    const n = JSON.parse(text ?? "") as Partial<Note>;
    return typeof n.path === "string" && typeof n.id === "string" && typeof n.at === "number"
      ? (n as Note)
      : undefined;
  } catch {
    return undefined;
  }
}

async function take(): Promise<string[]> {
  if (!("locks" in navigator)) return [];
  const live = new Set(((await navigator.locks.query()).held ?? []).map((l) => l.name));
  const found: Note[] = [];
  try {
    for (const k of Object.keys(localStorage)) {
      if (!k.startsWith(PREFIX) || k === key || live.has(k)) continue; // this tab, or a live one
      const note = parseNote(localStorage.getItem(k));
      const fresh = note !== undefined && Date.now() - note.at <= WEEK_MS;
      const here = note?.path === location.pathname;
      if (!fresh || here) localStorage.removeItem(k);
      if (fresh && here) found.push(note);
    }
  } catch {
    return []; // storage unavailable
  }
  return found.sort((a, b) => a.at - b.at).map((n) => n.id);
}
