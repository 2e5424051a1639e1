/**
 * A page's notebook: its cells in order, the shared scope they build, and which cells depend on
 * which (by the names they define and use). Used by the build and by the kernel worker.
 */
import { compileCell, runCell, type CellOutcome, type CompiledCell, type RuntimeEnv } from "./runtime.ts";
import type { CellError } from "./output.ts";
import { strings } from "./strings.ts";

export interface CellSource {
  id: string;
  code: string;
}

/** The names each cell defines and uses: all dependency tracking needs. */
export interface CellNames {
  declared: string[];
  free: string[];
}

/** For cell `index`, the earlier cell that provides each name it uses (the nearest one above). */
export function providers(cells: CellNames[], index: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const name of cells[index].free) {
    for (let j = index - 1; j >= 0; j--) {
      if (cells[j].declared.includes(name)) {
        out.set(name, j);
        break;
      }
    }
  }
  return out;
}

/** Every later cell that reads, directly or through others, what cell `index` defines; in page order. */
export function dependents(cells: CellNames[], index: number): number[] {
  const affected = new Set([index]);
  for (let k = index + 1; k < cells.length; k++) {
    for (const p of providers(cells, k).values()) {
      if (affected.has(p)) {
        affected.add(k);
        break;
      }
    }
  }
  affected.delete(index);
  return [...affected];
}

export type RunReport = (id: string, outcome: CellOutcome | "start") => void;

export class Notebook {
  private cells: CompiledCell[] = [];
  private values = new Map<string, Record<string, unknown>>();
  private failed = new Map<string, CellError>();

  private env: RuntimeEnv;

  constructor(env: RuntimeEnv) {
    this.env = env;
  }

  get ids(): string[] {
    return this.cells.map((c) => c.id);
  }

  /** Replace the page's cells; a cell whose code changed loses its values (it must run again). */
  setCells(sources: CellSource[]): void {
    const old = new Map(this.cells.map((c) => [c.id, c]));
    this.cells = sources.map(({ id, code }) => {
      const prev = old.get(id);
      if (prev && prev.code === code) return prev;
      this.values.delete(id);
      this.failed.delete(id);
      return compileCell(id, code, this.env.lang?.());
    });
  }

  /** Mark a cell as failed without running it (e.g. it was stopped): cells that need it say so. */
  markFailed(id: string, error: CellError): void {
    this.values.delete(id);
    this.failed.set(id, error);
  }

  /** Forget every value: the next run starts from an empty scope. */
  clear(): void {
    this.values.clear();
    this.failed.clear();
  }

  private index(id: string): number {
    const i = this.cells.findIndex((c) => c.id === id);
    if (i < 0) throw new Error(`no cell "${id}" on this page`);
    return i;
  }

  /** Run one cell with what the cells above provide, running those first if they have not run. */
  private async runOne(index: number, report: RunReport, stack = new Set<number>()): Promise<CellOutcome> {
    const cell = this.cells[index];
    const inputs: Record<string, unknown> = {};
    for (const [name, p] of providers(this.cells, index)) {
      const provider = this.cells[p];
      if (!this.values.has(provider.id) && !this.failed.has(provider.id) && !stack.has(p)) {
        stack.add(p);
        await this.runOne(p, report, stack);
      }
      const vals = this.values.get(provider.id);
      if (!vals) {
        const outcome: CellOutcome = {
          ok: false,
          error: {
            name: "ReferenceError",
            message: strings[this.env.lang?.() ?? "en"].run.fromCell(name, provider.id),
            kind: "error",
          },
          items: [],
          ms: 0,
        };
        this.markFailed(cell.id, outcome.error);
        report(cell.id, outcome);
        return outcome;
      }
      inputs[name] = vals[name];
    }
    report(cell.id, "start");
    const outcome = await runCell(cell, inputs, this.env);
    if (outcome.ok) {
      this.values.set(cell.id, outcome.values);
      this.failed.delete(cell.id);
    } else this.markFailed(cell.id, outcome.error);
    report(cell.id, outcome);
    return outcome;
  }

  /** Run a cell, then every cell that depends on it, in page order. */
  async run(id: string, report: RunReport): Promise<void> {
    const index = this.index(id);
    await this.runOne(index, report);
    for (const k of dependents(this.cells, index)) await this.runOne(k, report);
  }

  /** Run the cells that cell `id` needs (and that have not run), but not the cell itself. */
  async prepare(id: string, report: RunReport): Promise<void> {
    const index = this.index(id);
    const needed = new Set(providers(this.cells, index).values());
    for (const p of [...needed].sort((a, b) => a - b))
      if (!this.values.has(this.cells[p].id) && !this.failed.has(this.cells[p].id))
        await this.runOne(p, report);
  }

  /** Run every cell in page order. */
  async runAll(report: RunReport): Promise<void> {
    this.clear();
    for (let i = 0; i < this.cells.length; i++) await this.runOne(i, report);
  }

  /** Run code after the page's cells without keeping it (exercise checks). */
  async evaluate(code: string, report: RunReport = () => {}): Promise<CellOutcome> {
    const probe = compileCell("evaluate", code, this.env.lang?.());
    const cells = [...this.cells, probe];
    const inputs: Record<string, unknown> = {};
    for (const [name, p] of providers(cells, cells.length - 1)) {
      if (!this.values.has(cells[p].id) && !this.failed.has(cells[p].id)) await this.runOne(p, report);
      const vals = this.values.get(cells[p].id);
      if (vals) inputs[name] = vals[name];
    }
    return runCell(probe, inputs, this.env);
  }
}
