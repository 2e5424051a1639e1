/**
 * The library's invariants, checked in the kernel worker on the reader's edited library before it
 * drives anything (Apply on the library page; every page that loads the edited library). Each
 * checked export gets a verdict: it passes, or it fails with the smallest failing case fast-check
 * found (seeded: the same cases on every Apply), in the reader's language.
 *
 * What is checked, on named cases first and then on generated ones:
 * - `softmax`: finite weights ≥ 0 that sum to 1, equal to exp((e_j − max) / τ) / Σ_l exp(…)
 *   (scores up to ±1000, ties, τ from 0.05 to 20, and τ = 0: all weight on the largest scores);
 * - `attend`: one score and one weight per key, scores as the score function defines them,
 *   weights as softmax of those scores, and a value of the values' size, Σ_j α_j v_j;
 * - `dot`, `scaledDot`, `cosine`, `general`, `additive`: the definitions in scores.ts' header;
 * - `hardLookup`: 1 for the key equal to the query (not a prefix, not another case), the first
 *   match's value;
 * - `greedyDecode` on small random models of each attention kind: at most `maxLength` tokens,
 *   never `<pad>`, `<s>` or `</s>`, one step per token, alignment rows that are weights.
 * - No function changes its arguments.
 *
 * The expected values come from formulas written here, never from the library itself.
 */
import type * as FastCheck from "fast-check";
import type { Arbitrary } from "fast-check";
import type { Lang } from "../../i18n/lang.ts";
import { copy, same, show } from "./exercise.ts";
import type { ErrorProblem } from "../output.ts";
import { problemMessage } from "../problems.ts";
import { strings, type LibraryWords } from "./strings.ts";
type Fn = (...args: unknown[]) => unknown;
type Lib = Record<string, unknown>;

/** One checked export's verdict. */
export interface LibraryVerdict {
  name: string;
  ok: boolean;
  /** The smallest failing case, as a call: `softmax([0, 1000], 1)`. */
  case?: string;
  /** What went wrong on that case, in the reader's language (starts with the call). */
  message?: string;
}

/** The exports checked, in the order the library page lists them. */
export const CHECKED = [
  "hardLookup",
  "softmax",
  "attend",
  "dot",
  "scaledDot",
  "cosine",
  "general",
  "additive",
  "greedyDecode",
] as const;
export type CheckedName = (typeof CHECKED)[number];

/** Generated cases per function. */
export const LIBRARY_RUNS = 60;
/** The seed of every property: the same cases on every Apply, in every browser. */
export const LIBRARY_SEED = 2020;

/** A problem with one case, in the reader's language (src/kernel/checking/strings.ts). */
type Problem = string;

/** What one function's check needs: its cases and what is wrong with one (null: nothing). */
interface FunctionCheck {
  /** Readable cases tried first. */
  examples: unknown[][];
  cases: Arbitrary<unknown[]>;
  runs?: number;
  /** How the arguments are shown in the case (a model is shown by its settings). */
  showArgs?: (args: unknown[]) => string;
  /** The problem with what `fn(...args)` returned, or null. */
  problem: (got: unknown, args: unknown[]) => Problem | null;
  /** Build the arguments (e.g. a model) from the generated description; default: as generated. */
  prepare?: (args: unknown[]) => unknown[];
}

// ——— reference formulas (independent of the library) ———

const sum = (xs: ArrayLike<number>) => {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i];
  return s;
};

function referenceSoftmax(scores: ArrayLike<number>, temperature: number): number[] {
  const s = Array.from(scores);
  const max = Math.max(...s);
  if (temperature === 0) {
    const first = s.indexOf(max);
    return s.map((_, j) => (j === first ? 1 : 0));
  }
  const e = s.map((x) => Math.exp((x - max) / temperature));
  const z = sum(e);
  return e.map((x) => x / z);
}

const dotOf = (q: ArrayLike<number>, k: ArrayLike<number>) => {
  let s = 0;
  for (let i = 0; i < q.length; i++) s += q[i] * k[i];
  return s;
};
const absDot = (q: ArrayLike<number>, k: ArrayLike<number>) => {
  let s = 0;
  for (let i = 0; i < q.length; i++) s += Math.abs(q[i] * k[i]);
  return s;
};
const matVecOf = (M: number[][], x: ArrayLike<number>) => M.map((row) => dotOf(row, x));
const absMatVec = (M: number[][], x: ArrayLike<number>) => M.map((row) => absDot(row, x));

/** The five score functions as scores.ts' header defines them, and the size of their terms (for a tolerance). */
const SCORES = {
  dot: (q: number[], k: number[]) => ({ value: dotOf(q, k), scale: absDot(q, k) }),
  scaledDot: (q: number[], k: number[]) => ({
    value: q.length === 0 ? 0 : dotOf(q, k) / Math.sqrt(q.length),
    scale: absDot(q, k) / Math.sqrt(Math.max(1, q.length)),
  }),
  cosine: (q: number[], k: number[]) => {
    const qq = dotOf(q, q);
    const kk = dotOf(k, k);
    return { value: qq === 0 || kk === 0 ? 0 : dotOf(q, k) / Math.sqrt(qq * kk), scale: 1 };
  },
  general: (q: number[], k: number[], W: number[][]) => ({
    value: dotOf(q, matVecOf(W, k)),
    scale: absDot(q, absMatVec(W, k)),
  }),
  additive: (q: number[], k: number[], p: { W: number[][]; U: number[][]; v: number[] }) => {
    const Wq = matVecOf(p.W, q);
    const Uk = matVecOf(p.U, k);
    const inner = sum(absMatVec(p.W, q)) + sum(absMatVec(p.U, k)) + 1;
    return {
      value: sum(p.v.map((va, a) => va * Math.tanh(Wq[a] + Uk[a]))),
      scale: sum(p.v.map(Math.abs)) * inner,
    };
  },
};

/** |got − want| within float32 rounding of terms as large as `scale`. */
const close = (got: number, want: number, scale: number) => Math.abs(got - want) <= 1e-5 * scale + 1e-6;

// ——— problems, in the reader's language ———

const isList = (x: unknown): x is ArrayLike<number> =>
  Array.isArray(x) || (ArrayBuffer.isView(x) && !(x instanceof DataView));

/** "returned X; it should be Y" */
const returned = (say: LibraryWords, got: unknown, want: unknown): Problem =>
  say.returned(show(got), show(want));

/** A list of weights: one per item, finite, ≥ 0, summing to 1; null when they are. */
function weightsProblem(
  say: LibraryWords,
  w: unknown,
  n: number,
  which: keyof LibraryWords["weights"],
): Problem | null {
  const what = say.weights[which];
  if (!isList(w)) return say.notList(what, show(w));
  if (w.length !== n) return say.count(what, w.length, n);
  for (let j = 0; j < n; j++) {
    if (!(Number.isFinite(w[j]) && w[j] >= 0)) return say.notFinite(what, show(w), j + 1, show(w[j]));
  }
  const total = sum(w);
  if (Math.abs(total - 1) > 1e-4) return say.sum(what, show(w), show(total));
  return null;
}

/** At temperature 0 all the weight is on the largest scores; otherwise the softmax formula. */
function softmaxProblem(
  say: LibraryWords,
  w: ArrayLike<number>,
  scores: ArrayLike<number>,
  temperature: number,
): Problem | null {
  const want = referenceSoftmax(scores, temperature);
  if (temperature === 0) {
    const max = Math.max(...Array.from(scores));
    const j = Array.from(scores).findIndex((s, i) => s < max && w[i] > 1e-6);
    if (j < 0) return null;
    return say.temperatureZero(show(w), show(want));
  }
  for (let j = 0; j < want.length; j++) if (Math.abs(w[j] - want[j]) > 1e-4) return returned(say, w, want);
  return null;
}

// ——— generated inputs ———

type FC = typeof FastCheck;

/** Numbers a reader's code meets: small integers (ties), ordinary decimals, and large ones. */
const numbers = (fc: FC, max: number) =>
  fc.oneof(
    fc.integer({ min: -3, max: 3 }),
    fc.double({ min: -max, max, noNaN: true, noDefaultInfinity: true }).map((x) => Math.fround(x)),
  );
const vector = (fc: FC, dim: number, max = 10) =>
  fc.array(numbers(fc, max), { minLength: dim, maxLength: dim });
const matrix = (fc: FC, rows: number, cols: number) =>
  fc.array(vector(fc, cols), { minLength: rows, maxLength: rows });
const temperatures = (fc: FC) =>
  fc.oneof(
    fc.constantFrom(0, 1, 0.5),
    fc.double({ min: 0.05, max: 20, noNaN: true }).map((x) => Math.fround(x)),
  );

/** The characters of date inputs the course's models read (\uB144\uC6D4\uC77C: the Korean year, month and day). */
const DATE_CHARS = [..."0123456789 .,/-:abcdefghijklmnoprstuvyADFJMNOS\uB144\uC6D4\uC77C"];

function checks(fc: FC, lib: Lib, say: LibraryWords): Record<CheckedName, FunctionCheck> {
  const scoreCheck =
    (name: "dot" | "scaledDot" | "cosine") =>
    (got: unknown, [q, k]: unknown[]): Problem | null => {
      const { value, scale } = SCORES[name](q as number[], k as number[]);
      if (typeof got === "number" && close(got, value, scale)) return null;
      return returned(say, got, value);
    };
  const sameDim = fc
    .integer({ min: 1, max: 6 })
    .chain((d) => fc.tuple(vector(fc, d), vector(fc, d)))
    .map((t) => [...t] as unknown[]);

  return {
    hardLookup: {
      examples: [
        [
          [
            ["2019", "EndGame"],
            ["2018", "InfinityWar"],
          ],
          "2018",
        ],
        [[["ab", 1]], "a"],
      ],
      cases: fc
        .tuple(
          fc.array(
            fc.tuple(fc.constantFrom("a", "ab", "b", "A", "a ", "ba"), fc.integer({ min: 0, max: 9 })),
            {
              maxLength: 6,
            },
          ),
          fc.constantFrom("a", "ab", "b", "A", "c"),
        )
        .map((t) => [...t] as unknown[]),
      problem(got, [dict, query]) {
        const pairs = dict as [string, number][];
        const keys = pairs.map(([k]) => k);
        const compare = keys.map((k) => (k === query ? 1 : 0));
        const hit = compare.indexOf(1);
        const want = { keys, compare, value: hit >= 0 ? pairs[hit][1] : undefined, found: hit >= 0 };
        const g = got as Record<string, unknown> | null;
        const picked =
          g && typeof g === "object"
            ? { keys: g.keys, compare: g.compare, value: g.value, found: g.found }
            : g;
        return same(picked, want, 0) ? null : returned(say, picked, want);
      },
    },

    softmax: {
      examples: [
        [[1, 2, 3], 1],
        [[0, 0], 1],
        [[1000, 0], 1],
        [[-1000, -999], 0.5],
        [[1, 3, 3], 0],
      ],
      cases: fc
        .tuple(
          fc.array(fc.oneof(numbers(fc, 1000), fc.constantFrom(1000, -1000, 800)), {
            minLength: 1,
            maxLength: 8,
          }),
          temperatures(fc),
        )
        .map((t) => [...t] as unknown[]),
      problem(got, [scores, temperature]) {
        const s = scores as number[];
        return (
          weightsProblem(say, got, s.length, "weights") ??
          softmaxProblem(say, got as number[], s, temperature as number)
        );
      },
    },

    attend: {
      examples: [
        [
          [1, 0],
          [
            [1, 0],
            [0, 1],
          ],
          [
            [10, 0, 5],
            [0, 10, 5],
          ],
          { score: "dot", temperature: 1 },
        ],
      ],
      cases: fc
        .record({
          n: fc.integer({ min: 1, max: 8 }),
          d: fc.integer({ min: 1, max: 6 }),
          dv: fc.integer({ min: 1, max: 6 }),
        })
        .chain(({ n, d, dv }) =>
          fc.tuple(
            vector(fc, d),
            fc.array(vector(fc, d), { minLength: n, maxLength: n }),
            fc.array(vector(fc, dv), { minLength: n, maxLength: n }),
            fc.record({ score: fc.constantFrom("dot", "scaledDot"), temperature: temperatures(fc) }),
          ),
        )
        .map((t) => [...t] as unknown[]),
      problem(got, [query, keys, values, options]) {
        const q = (query as number[]).map(Math.fround);
        const K = keys as number[][];
        const V = values as number[][];
        const { score, temperature } = options as { score: "dot" | "scaledDot"; temperature: number };
        const r = got as { scores?: unknown; weights?: unknown; value?: unknown } | null;
        if (!r || typeof r !== "object") return say.result(show(r));
        if (!isList(r.scores) || r.scores.length !== K.length)
          return say.scoresPerKey(K.length, show(r.scores));
        for (let j = 0; j < K.length; j++) {
          const { value, scale } = SCORES[score](q, K[j].map(Math.fround));
          if (!close(r.scores[j], value, scale))
            return say.scoreOfKey(j + 1, show(r.scores[j]), score, show(value));
        }
        const weights = weightsProblem(say, r.weights, K.length, "weights");
        if (weights) return weights;
        const w = r.weights as number[];
        const soft = softmaxProblem(say, w, r.scores, temperature);
        if (soft) return say.notSoftmax(show(w), show(referenceSoftmax(r.scores, temperature)));
        const dv = V[0].length;
        const want = Array.from({ length: dv }, (_, i) => sum(V.map((v, j) => w[j] * Math.fround(v[i]))));
        if (!isList(r.value) || r.value.length !== dv)
          return say.valueSize(show(r.value), isList(r.value) ? r.value.length : undefined, dv, show(want));
        for (let i = 0; i < dv; i++) {
          const scale = sum(V.map((v, j) => Math.abs(w[j] * v[i])));
          if (!close(r.value[i], want[i], scale)) return say.valueSum(show(r.value), show(want));
        }
        return null;
      },
    },

    dot: {
      examples: [
        [
          [1, 2],
          [3, 4],
        ],
      ],
      cases: sameDim,
      problem: scoreCheck("dot"),
    },
    scaledDot: {
      examples: [
        [
          [1, 1, 1, 1],
          [1, 1, 1, 1],
        ],
      ],
      cases: sameDim,
      problem: scoreCheck("scaledDot"),
    },
    cosine: {
      examples: [
        [
          [1, 1],
          [2, 2],
        ],
        [
          [1, 0],
          [0, 0],
        ],
      ],
      cases: sameDim,
      problem: scoreCheck("cosine"),
    },

    general: {
      examples: [
        [
          [1, 0],
          [0, 1, 1],
          [
            [0, 2, 0],
            [0, 0, 0],
          ],
        ],
      ],
      cases: fc
        .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))
        .chain(([dq, dk]) => fc.tuple(vector(fc, dq), vector(fc, dk), matrix(fc, dq, dk)))
        .map((t) => [...t] as unknown[]),
      problem(got, [q, k, W]) {
        const { value, scale } = SCORES.general(q as number[], k as number[], W as number[][]);
        return typeof got === "number" && close(got, value, scale) ? null : returned(say, got, value);
      },
    },

    additive: {
      examples: [[[1, 0], [0, 1, 0], { W: [[1, 0]], U: [[0, 1, 0]], v: [1] }]],
      cases: fc
        .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }))
        .chain(([dq, dk, A]) =>
          fc.tuple(
            vector(fc, dq),
            vector(fc, dk),
            fc.record({ W: matrix(fc, A, dq), U: matrix(fc, A, dk), v: vector(fc, A) }),
          ),
        )
        .map((t) => [...t] as unknown[]),
      problem(got, [q, k, p]) {
        const { value, scale } = SCORES.additive(
          q as number[],
          k as number[],
          p as { W: number[][]; U: number[][]; v: number[] },
        );
        return typeof got === "number" && close(got, value, scale) ? null : returned(say, got, value);
      },
    },

    greedyDecode: decodeCheck(fc, lib, say),
  };
}

interface ModelSpec {
  attention: "bahdanau" | "luong" | "none";
  seed: number;
}

/** greedyDecode on small random models (built with the edited library's createSeq2Seq). */
function decodeCheck(fc: FC, lib: Lib, say: LibraryWords): FunctionCheck {
  const models = new Map<string, unknown>();
  const modelOf = (spec: ModelSpec) => {
    const key = `${spec.attention}/${spec.seed}`;
    if (!models.has(key)) {
      const create = lib.createSeq2Seq;
      if (typeof create !== "function")
        throw new TypeError("the library has no createSeq2Seq to build a model with");
      models.set(key, (create as Fn)({ ...spec, embedDim: 4, hiddenDim: 6, attentionDim: 5 }));
    }
    return models.get(key);
  };
  const SPECIAL = new Set(["<pad>", "<s>", "</s>", "<unk>"]);
  return {
    examples: [[{ attention: "bahdanau", seed: 1 }, "24.11.2026", { maxLength: 4 }]],
    cases: fc
      .tuple(
        fc.record({
          attention: fc.constantFrom("bahdanau", "luong", "none"),
          seed: fc.integer({ min: 1, max: 20 }),
        }),
        fc.array(fc.constantFrom(...DATE_CHARS), { minLength: 1, maxLength: 12 }).map((c) => c.join("")),
        fc.record({ maxLength: fc.integer({ min: 1, max: 12 }) }),
      )
      .map((t) => [...t] as unknown[]),
    runs: 50,
    prepare: ([spec, ...rest]) => [modelOf(spec as ModelSpec), ...rest],
    showArgs: ([spec, input, options]) => {
      const m = spec as ModelSpec;
      return `createSeq2Seq({ attention: "${m.attention}", seed: ${m.seed}, … }), ${show(input)}, ${show(options)}`;
    },
    problem(got, [, input, options]) {
      const { maxLength } = options as { maxLength: number };
      const r = got as {
        output?: unknown;
        outputTokens?: unknown;
        steps?: unknown;
        alignment?: unknown;
      } | null;
      if (!r || typeof r !== "object" || !Array.isArray(r.outputTokens)) return say.result(show(r));
      const tokens = r.outputTokens as unknown[];
      if (tokens.length > maxLength) return say.tooManyTokens(tokens.length, show(tokens), maxLength);
      const special = tokens.find((t) => typeof t !== "string" || SPECIAL.has(t));
      if (special !== undefined) return say.special(show(tokens), show(special));
      if (r.output !== tokens.join("")) return say.outputReturned(show(r.output), show(tokens.join("")));
      if (!Array.isArray(r.steps) || r.steps.length !== tokens.length)
        return say.stepsPerToken(tokens.length);
      const chars = [...(input as string)].length;
      for (const row of Array.isArray(r.alignment) ? (r.alignment as unknown[]) : []) {
        const bad = weightsProblem(say, row, chars, "alignment");
        if (bad) return bad;
      }
      return null;
    },
  };
}

const errorText = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

/** What a call threw: the library's known problems (DecodeError…) in the reader's words. */
function threw(e: unknown, lang: Lang): Problem {
  const say = strings[lang].library;
  const known = e instanceof Error ? (e as Error & { problem?: ErrorProblem }).problem : undefined;
  const message = known && typeof known === "object" ? problemMessage(known, lang) : undefined;
  return message ? say.threwKnown((e as Error).name, message) : say.threw(errorText(e));
}

/**
 * Check the library's exports. `onStart(name)` is called as each function's check starts (the
 * page's time limit restarts, and a check that never ends is named); names in `skip` are not run
 * (their check did not finish before).
 */
export function checkLibrary(
  lib: Lib,
  fc: FC,
  lang: Lang,
  { onStart, skip = [] }: { onStart?: (name: string) => void; skip?: readonly string[] } = {},
): LibraryVerdict[] {
  const all = checks(fc, lib, strings[lang].library);
  const verdicts: LibraryVerdict[] = [];
  for (const name of CHECKED) {
    if (skip.includes(name)) continue;
    onStart?.(name);
    verdicts.push(checkOne(name, all[name], lib[name], lang, fc));
  }
  return verdicts;
}

function checkOne(name: string, check: FunctionCheck, fn: unknown, lang: Lang, fc: FC): LibraryVerdict {
  const say = strings[lang].library;
  if (typeof fn !== "function") return { name, ok: false, message: say.notExported(name) };
  /** The problem with one case, or null; the case as a call. */
  const tryCase = (args: unknown[]): { call: string; problem: Problem } | null => {
    const call = `${name}(${check.showArgs ? check.showArgs(args) : args.map((a) => show(a)).join(", ")})`;
    const prepared = check.prepare ? check.prepare(args) : args;
    const before = copy(prepared);
    let got: unknown;
    try {
      got = (fn as Fn)(...prepared);
    } catch (e) {
      return { call, problem: threw(e, lang) };
    }
    let problem: Problem | null;
    try {
      problem = check.problem(got, args);
    } catch {
      problem = say.otherShape(show(got));
    }
    if (problem) return { call, problem };
    const changed = prepared.findIndex((a, i) => !same(a, before[i], 0));
    if (changed >= 0)
      return {
        call,
        problem: say.changedArg(changed + 1, show(before[changed]), show(prepared[changed])),
      };
    return null;
  };
  const fail = ({ call, problem }: { call: string; problem: Problem }): LibraryVerdict => ({
    name,
    ok: false,
    case: call,
    message: say.failed(call, problem),
  });
  try {
    for (const args of check.examples) {
      const bad = tryCase(args);
      if (bad) return fail(bad);
    }
    const details = fc.check(
      fc.property(check.cases, (args) => tryCase(args) === null),
      { seed: LIBRARY_SEED, numRuns: Math.max(50, check.runs ?? LIBRARY_RUNS) },
    );
    if (details.failed && details.counterexample) {
      const bad = tryCase(details.counterexample[0]);
      if (bad) return fail(bad);
    }
    if (details.failed) throw details.errorInstance ?? new Error("failed without a case");
    return { name, ok: true };
  } catch (e) {
    return { name, ok: false, message: say.checkThrew(errorText(e)) };
  }
}
