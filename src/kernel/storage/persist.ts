/**
 * Whether the browser keeps the reader's work for good. Without persistent storage a browser may
 * clear it: under storage pressure, or (Safari) after seven days without a visit. The site asks
 * for persistence when there is first something worth keeping — a saved edit, a passed exercise,
 * a kept model — never on page load.
 */

/** `persistent`: kept until the reader clears it; `best-effort`: the browser may clear it. */
export type Persistence = "persistent" | "best-effort";

const manager = (): StorageManager | undefined =>
  typeof navigator !== "undefined" && typeof navigator.storage?.persisted === "function"
    ? navigator.storage
    : undefined;

/** How the browser keeps this site's storage now (`best-effort` where it cannot say). */
export async function persistence(): Promise<Persistence> {
  try {
    return (await manager()?.persisted()) ? "persistent" : "best-effort";
  } catch {
    return "best-effort";
  }
}

let asked: Promise<Persistence> | undefined;

/**
 * Ask the browser to keep this site's storage for good (once per page; not again once it does).
 * Some browsers decide by themselves, Firefox asks the reader.
 */
export function askToKeep(): Promise<Persistence> {
  return (asked ??= (async () => {
    const storage = manager();
    if (!storage || typeof storage.persist !== "function") return "best-effort";
    try {
      if (await storage.persisted()) return "persistent";
      return (await storage.persist()) ? "persistent" : "best-effort";
    } catch {
      return "best-effort";
    }
  })());
}

/** Ask again (the reader pressed the button on the My work page). */
export function askToKeepAgain(): Promise<Persistence> {
  asked = undefined;
  return askToKeep();
}
