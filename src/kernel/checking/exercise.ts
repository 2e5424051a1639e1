/**
 * An exercise's checks, run in the kernel worker: each one calls the reader's function and the
 * reference solution on the same inputs — first the named examples, then inputs fast-check
 * generates (seeded, so a result is reproducible) — and compares what they return, or checks that
 * the reader's function left its arguments as they were. A failing check reports the smallest
 * failing input fast-check found, in the reader's language: what the call returned and what it
 * should return.
 *
 * An exercise's `checks.ts` default-exports a {@link ExerciseChecks}: a function of the kit (fast-check
 * and the library), so the file itself imports nothing at run time and can be handed to the
 * sandbox as source.
 */
import type { Lang } from "../../i18n/lang.ts";
import type * as FastCheck from "fast-check";
import { strings } from "./strings.ts";

export interface Text {
  ko: string;
  en: string;
}
type Fn = (...args: unknown[]) => unknown;

export interface Check {
  /** The id of the check as the exercise lists it (its label and its advice live there). */
  id: string;
  /** Named inputs (argument lists), tried in order before any generated one. */
  examples?: ReadonlyArray<readonly unknown[]>;
  /** Generated inputs: an arbitrary of argument lists. */
  cases?: FastCheck.Arbitrary<readonly unknown[]>;
  /** Generated cases per property (at least 50). */
  runs?: number;
  /**
   * What is checked: `"same"` (default) — the reader's function returns what the reference returns;
   * `"unchanged"` — it leaves every argument as it was.
   */
  expect?: "same" | "unchanged";
  /** Compare only this part of what the two functions return (e.g. its length). */
  project?: (result: unknown) => unknown;
  /** Numbers agree when |a − b| ≤ tolerance · max(1, |b|). Default 1e-6. */
  tolerance?: number;
  /** What the failing input has in common, said before the call in both languages ("With 3-dimensional values,"). */
  when?: (args: readonly unknown[]) => Text | undefined;
}

export interface ExerciseSpec {
  /** The name of the function the reader writes (the reference solution defines the same name). */
  fn: string;
  /** The names of its parameters, as the solution calls them (for "changed its argument `pairs`"). */
  params: string[];
  /** How an argument is shown, by position, when the default would be unreadable (a model, a function). */
  show?: Record<number, (value: unknown) => string>;
  checks: Check[];
}

export interface Kit {
  fc: typeof FastCheck;
  /** The attention library as the kernel has it. */
  lib: Record<string, unknown>;
  /** The inputs most exercises need (see {@link generators}). */
  gen: Generators;
  /**
   * A seq2seq model made by the library (`createSeq2Seq({ attention, seed })`), made once per
   * seed; `show` writes it as that call in a failure message.
   */
  model: (attention: "none" | "bahdanau", seed: number) => unknown;
  showModel: (model: unknown) => string;
}

/** The kit an exercise's checks get: fast-check, the library, the generators, models by seed. */
export function makeKit(fc: typeof FastCheck, lib: Record<string, unknown>): Kit {
  const made = new Map<string, unknown>();
  const names = new WeakMap<object, string>();
  const model = (attention: "none" | "bahdanau", seed: number) => {
    const key = `${attention} ${seed}`;
    if (!made.has(key)) {
      const m = (lib.createSeq2Seq as (options: object) => object)({ attention, seed });
      made.set(key, m);
      names.set(m, `createSeq2Seq({ attention: "${attention}", seed: ${seed} })`);
    }
    return made.get(key);
  };
  const showModel = (m: unknown) => names.get(m as object) ?? "model";
  return { fc, lib, gen: generators(fc), model, showModel };
}

/**
 * Inputs that find the usual mistakes: numbers mostly small integers (so a failing case reads
 * well once shrunk) but also fractions and large magnitudes (±1000), sizes 0–8, dimensions 1–6,
 * temperatures 0.05–20 and 0, and keys that almost match (a prefix, one more character, one
 * character changed).
 */
export function generators(fc: typeof FastCheck) {
  const number = fc.oneof(
    { arbitrary: fc.integer({ min: -5, max: 5 }), weight: 5 },
    { arbitrary: fc.double({ min: -10, max: 10, noNaN: true, noDefaultInfinity: true }), weight: 2 },
    { arbitrary: fc.integer({ min: -1000, max: 1000 }), weight: 1 },
  );
  const vector = (dim: number, of: FastCheck.Arbitrary<number> = number) =>
    fc.array(of, { minLength: dim, maxLength: dim });
  const size = fc.integer({ min: 0, max: 8 });
  const dim = fc.integer({ min: 1, max: 6 });
  /** `n` vectors of dimension `dim`. */
  const vectors = (n: number, d: number, of: FastCheck.Arbitrary<number> = number) =>
    fc.array(vector(d, of), { minLength: n, maxLength: n });
  const temperature = fc.oneof(
    fc.constant(0),
    fc.constantFrom(0.5, 1, 2),
    fc.double({ min: 0.05, max: 20, noNaN: true }),
  );
  /** Scores as a model makes them, with ties and large magnitudes among them. */
  const scores = (n: FastCheck.Arbitrary<number> = fc.integer({ min: 1, max: 8 })) =>
    n.chain((k) =>
      fc.oneof(
        vector(k),
        vector(k, fc.integer({ min: -1000, max: 1000 })),
        fc.tuple(number, fc.integer({ min: 0, max: Math.max(0, k - 1) })).map(([x]) => new Array(k).fill(x)),
        // all large and of one sign: a shift that cancels only if it is the right one
        fc.tuple(vector(k), fc.constantFrom(-1000, 1000)).map(([xs, shift]) => xs.map((x) => x + shift)),
      ),
    );
  const word = fc.string({ unit: fc.constantFrom("1", "2", "0", "8", "a", "b"), minLength: 1, maxLength: 4 });
  /** A query and keys around it: the query itself (perhaps twice), a prefix, one more character, one character changed, others. */
  const keysAround = fc
    .tuple(word, fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 0, maxLength: 8 }), word)
    .map(([query, kinds, other]) => {
      const near = (kind: number) =>
        [
          query,
          query.slice(0, -1) || "x",
          `${query}0`,
          `${query.slice(0, -1)}${query.endsWith("1") ? "2" : "1"}`,
          ` ${query}`,
          other,
        ][kind];
      return { query, keys: kinds.map(near) };
    });
  return { number, vector, vectors, size, dim, temperature, scores, word, keysAround, withState };
}
export type Generators = ReturnType<typeof generators>;

/** What an exercise's `checks.ts` default-exports. */
export type ExerciseChecks = (kit: Kit) => ExerciseSpec;

export interface CheckResult {
  id: string;
  status: "pass" | "fail" | "error";
  /** For a failing check: the smallest failing input, what the reader's code returned and what it should. */
  message?: string;
}

/** Cases per generated property unless a check says otherwise. */
export const RUNS = 60;
/** The seed of every generated property: the same inputs on every Check, in every browser. */
export const SEED = 20;

// ——— showing values ———

const num = (x: number) => {
  if (Number.isNaN(x)) return "NaN";
  if (!Number.isFinite(x)) return x > 0 ? "Infinity" : "-Infinity";
  if (Object.is(x, -0)) return "0";
  return String(Number(x.toPrecision(6)));
};

/** A value as code, short: numbers to 6 significant digits, typed arrays as arrays, functions as written. */
export function show(value: unknown, depth = 0): string {
  if (typeof value === "number") return num(value);
  if (typeof value === "string") return JSON.stringify(value);
  if (value === undefined) return "undefined";
  if (value === null) return "null";
  if (typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (typeof value === "function" && "label" in value) return String(value.label);
  if (typeof value === "function") {
    const source = Function.prototype.toString.call(value).replace(/\s+/g, " ");
    return source.length <= 60 ? source : `${source.slice(0, 57)}…`;
  }
  if (depth > 4) return "…";
  if (Array.isArray(value) || ArrayBuffer.isView(value)) {
    const items = Array.from(value as ArrayLike<unknown>);
    const shown = items.slice(0, 12).map((v) => show(v, depth + 1));
    if (items.length > 12) shown.push(`… ${items.length - 12}`);
    return `[${shown.join(", ")}]`;
  }
  if (value instanceof Map) return `Map(${show([...value.entries()], depth)})`;
  if (typeof value === "object") {
    const entries = Object.entries(value as object).map(([k, v]) => `${k}: ${show(v, depth + 1)}`);
    return entries.length ? `{ ${entries.join(", ")} }` : "{}";
  }
  return String(value);
}

// ——— copying and comparing ———

/**
 * A function argument with a state of its own (e.g. it counts its calls): each call of the
 * reader's function and of the reference gets a fresh one from `make`, shown as `label`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any function shape
export function withState<F extends (...args: any[]) => unknown>(make: () => F, label: string): F {
  return Object.assign((...args: unknown[]) => make()(...args), { fresh: make, label }) as unknown as F;
}
const freshOf = (value: unknown) =>
  typeof value === "function" && "fresh" in value
    ? (value as unknown as { fresh: () => unknown }).fresh
    : undefined;

/** A deep copy of plain data (arrays, typed arrays, plain objects, Maps); functions and class instances stay shared. */
export function copy<T>(value: T): T {
  const fresh = freshOf(value);
  if (fresh) return fresh() as T;
  if (Array.isArray(value)) return value.map((v: unknown) => copy(v)) as T;
  if (ArrayBuffer.isView(value) && !(value instanceof DataView))
    return (value as unknown as { slice(): T }).slice();
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [copy(k), copy(v)])) as T;
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copy(v)])) as T;
  return value;
}

const isList = (x: unknown): x is ArrayLike<unknown> =>
  Array.isArray(x) || (ArrayBuffer.isView(x) && !(x instanceof DataView));

/** Whether `got` is `want` (numbers within the tolerance; arrays and typed arrays alike). */
export function same(got: unknown, want: unknown, tolerance = 1e-6): boolean {
  if (typeof want === "number") {
    if (typeof got !== "number") return false;
    if (Number.isNaN(want) || Number.isNaN(got)) return Number.isNaN(want) && Number.isNaN(got);
    if (!Number.isFinite(want) || !Number.isFinite(got)) return got === want;
    return Math.abs(got - want) <= tolerance * Math.max(1, Math.abs(want));
  }
  if (isList(want)) {
    if (!isList(got) || got.length !== want.length) return false;
    for (let i = 0; i < want.length; i++) if (!same(got[i], want[i], tolerance)) return false;
    return true;
  }
  if (want instanceof Map) {
    if (!(got instanceof Map) || got.size !== want.size) return false;
    const a = [...got],
      b = [...want];
    return a.every(([k, v], i) => same(k, b[i][0], tolerance) && same(v, b[i][1], tolerance));
  }
  if (typeof want === "function") return got === want;
  if (want && typeof want === "object") {
    if (!got || typeof got !== "object" || isList(got)) return false;
    const keys = Object.keys(want);
    if (Object.keys(got).length !== keys.length) return false;
    return keys.every(
      (k) =>
        k in got &&
        same((got as Record<string, unknown>)[k], (want as Record<string, unknown>)[k], tolerance),
    );
  }
  return Object.is(got, want);
}

// ——— messages ———

const errorText = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };
const call = (fn: Fn, args: unknown[]): Outcome => {
  try {
    return { ok: true, value: fn(...args) };
  } catch (error) {
    return { ok: false, error };
  }
};

/**
 * One input tried: null when the reader's function does what the check asks, else the message.
 * `reference` throwing is the course's mistake, not the reader's: it is reported as such.
 */
function tryOnce(
  spec: ExerciseSpec,
  check: Check,
  mine: Fn,
  reference: Fn,
  args: readonly unknown[],
  lang: Lang,
): string | null {
  const say = strings[lang].exercise;
  const shownArgs = args.map((a, i) => spec.show?.[i]?.(a) ?? show(a)).join(", ");
  const shownCall = `${spec.fn}(${shownArgs})`;
  const when = check.when?.(args)?.[lang];
  const lead = when ? `${when} ` : "";
  const theirs = copy([...args]);
  const got = call(mine, theirs);
  if (check.expect === "unchanged") {
    if (!got.ok) return null; // an error is another check's business
    const i = args.findIndex((a, k) => !same(theirs[k], a, 0));
    if (i < 0) return null;
    const name = spec.params[i] ?? `#${i + 1}`;
    return say.changedArg(lead, shownCall, name, show(args[i]), show(theirs[i]));
  }
  const want = call(reference, copy([...args]));
  if (!want.ok) throw new Error(`the reference solution threw on ${shownCall}: ${errorText(want.error)}`);
  const wanted = show(want.value);
  if (!got.ok) {
    return say.threw(lead, shownCall, errorText(got.error), wanted);
  }
  const project = check.project ?? ((x: unknown) => x);
  let agree: boolean;
  try {
    agree = same(project(got.value), project(want.value), check.tolerance);
  } catch {
    agree = false; // what came back is not even the right shape
  }
  if (agree) return null;
  return say.returned(lead, shownCall, show(got.value), wanted);
}

/** Run every check of `spec` on the reader's function against the reference; one result per check, in order. */
export function runExercise(
  spec: ExerciseSpec,
  fc: typeof FastCheck,
  mine: unknown,
  reference: unknown,
  lang: Lang,
): CheckResult[] {
  if (typeof reference !== "function")
    throw new Error(`the reference solution defines no function ${spec.fn}`);
  if (typeof mine !== "function") {
    const message = strings[lang].exercise.noFunction(spec.fn);
    return spec.checks.map((c) => ({ id: c.id, status: "fail", message }));
  }
  const run = (check: Check): CheckResult => {
    try {
      for (const args of check.examples ?? []) {
        const message = tryOnce(spec, check, mine as Fn, reference as Fn, args, lang);
        if (message) return { id: check.id, status: "fail", message };
      }
      if (check.cases) {
        const details = fc.check(
          fc.property(
            check.cases,
            (args) => tryOnce(spec, check, mine as Fn, reference as Fn, args, lang) === null,
          ),
          { seed: SEED, numRuns: Math.max(50, check.runs ?? RUNS) },
        );
        if (details.failed) {
          if (!details.counterexample)
            throw details.errorInstance ?? new Error("the check failed without an input");
          const message = tryOnce(spec, check, mine as Fn, reference as Fn, details.counterexample[0], lang);
          return { id: check.id, status: "fail", message: message ?? undefined };
        }
      }
      return { id: check.id, status: "pass" };
    } catch (e) {
      return { id: check.id, status: "error", message: errorText(e) };
    }
  };
  return spec.checks.map(run);
}
