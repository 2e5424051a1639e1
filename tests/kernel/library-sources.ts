/** The attention library's sources as the course ships them (path relative to src/lib/attention → TypeScript). */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const root = "src/lib/attention";

export function librarySources(dir = root, out: Record<string, string> = {}): Record<string, string> {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) librarySources(full, out);
    else if (name.endsWith(".ts")) out[relative(root, full)] = readFileSync(full, "utf8");
  }
  return out;
}

/** Node cannot import blob: URLs; data: URLs behave the same for the library loader. */
export const dataUrl = (js: string): string =>
  `data:text/javascript;base64,${Buffer.from(js).toString("base64")}`;
