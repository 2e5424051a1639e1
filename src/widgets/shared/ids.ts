/**
 * Element ids for server-rendered components that are the same on every build (two builds of one
 * commit give the same bytes). An id is made from the component's prefix and its props; a second
 * instance with the same props on the same page gets a running number. Identical instances are
 * interchangeable, so the order in which Astro renders them cannot change the bytes.
 *
 *   const id = stableId("dl", Astro.locals, { query, entries });
 */
import { createHash } from "node:crypto";

/** Counts per page render: `Astro.locals` is one object per page (and per request in dev). */
const pages = new WeakMap<object, Map<string, number>>();

/** A stable id such as `dl-3f9a1c` (or `dl-3f9a1c-2` for the second identical instance on a page). */
export function stableId(prefix: string, page: object, props: unknown): string {
  const base = `${prefix}-${createHash("sha256")
    .update(JSON.stringify(props) ?? "")
    .digest("hex")
    .slice(0, 6)}`;
  const seen = pages.get(page) ?? new Map<string, number>();
  pages.set(page, seen);
  const n = (seen.get(base) ?? 0) + 1;
  seen.set(base, n);
  return n === 1 ? base : `${base}-${n}`;
}
