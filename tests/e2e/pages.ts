import { readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** The built site the browser tests run against: `dist/`, or `DIST_DIR` (e.g. a private build). */
export const distDir = process.env.DIST_DIR ?? "dist";

/** Every built HTML page as a site path (`/ko/chapters/00-intro/`), found by walking dist/. */
export function builtPages(root = distDir): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === "index.html") {
        const rel = relative(root, dir).split(sep).join("/");
        out.push(rel ? `/${rel}/` : "/");
      }
    }
  };
  walk(root);
  return out.sort();
}
