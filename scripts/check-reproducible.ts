/**
 * Two builds of one commit must give the same bytes: builds the site a second time into a
 * temporary folder and compares every file with dist/ (run `npm run build` first).
 *
 *   npm run check:reproducible
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)))
    .sort();
}

const dist = "dist";
if (!existsSync(join(dist, "index.html"))) {
  console.error("check:reproducible: dist/ is missing: run `npm run build` first");
  process.exit(1);
}
const second = mkdtempSync(join(tmpdir(), "attention-live-rebuild-"));
try {
  execFileSync("npx", ["astro", "build", "--outDir", second], { stdio: ["ignore", "ignore", "inherit"] });
  const a = filesUnder(dist);
  const b = filesUnder(second);
  const onlyFirst = a.filter((f) => !b.includes(f));
  const onlySecond = b.filter((f) => !a.includes(f));
  const differ = a.filter(
    (f) => b.includes(f) && !readFileSync(join(dist, f)).equals(readFileSync(join(second, f))),
  );
  const problems = [
    ...onlyFirst.map((f) => `only in the first build: ${f}`),
    ...onlySecond.map((f) => `only in the second build: ${f}`),
    ...differ.map((f) => `differs: ${f}`),
  ];
  if (problems.length > 0) {
    console.error(`check:reproducible: two builds of this tree differ in ${problems.length} file(s):`);
    for (const p of problems.slice(0, 30)) console.error(`  ${p}`);
    process.exit(1);
  }
  console.log(`check:reproducible: two builds are byte-identical (${a.length} files)`);
} finally {
  rmSync(second, { recursive: true, force: true });
}
