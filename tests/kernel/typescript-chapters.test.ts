import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createTypeService } from "../../src/kernel/typescript/core.ts";
import { serviceFiles } from "../../src/kernel/typescript/files.ts";
import { parseCellMeta } from "../../src/build/remark-cells.ts";

/** Every chapter's cells, in page order, as the reader first sees them. */
function chapters(): { page: string; cells: { id: string; code: string; expectError: boolean }[] }[] {
  const out = [];
  for (const lang of ["ko", "en"]) {
    const dir = `content/chapters/${lang}`;
    for (const name of readdirSync(dir).filter((n) => n.endsWith(".mdx"))) {
      const text = readFileSync(`${dir}/${name}`, "utf8");
      const cells = [];
      for (const m of text.matchAll(/^```(?:ts|typescript)[ \t]+([^\n]*)\n([\s\S]*?)^```/gm)) {
        const meta = parseCellMeta(m[1]);
        if (meta?.id)
          cells.push({ id: meta.id, code: m[2].replace(/\n$/, ""), expectError: meta.expectError });
      }
      if (cells.length) out.push({ page: `${lang}/${name}`, cells });
    }
  }
  return out;
}

describe("the course's own cells", () => {
  const pages = chapters();
  const service = createTypeService(serviceFiles, "en");

  it("finds chapters with cells", () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it.each(pages.map((p) => [p.page, p] as const))(
    "%s: every cell type-checks without an error (a reader sees no false squiggle)",
    (_page, { cells }) => {
      service.setCells(cells);
      for (const cell of cells.filter((c) => !c.expectError)) {
        const errors = service
          .diagnostics({ cell: cell.id })
          .map((d) => `${cell.code.slice(d.from, d.to)}: ${d.message}`);
        expect(errors, cell.id).toEqual([]);
      }
    },
  );
});
