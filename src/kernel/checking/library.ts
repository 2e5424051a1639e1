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
import { particle } from "../../i18n/particles.ts";
import { copy, same, show } from "./exercise.ts";
import type { ErrorProblem } from "../output.ts";
import { problemMessage } from "../problems.ts";

type Lang = "ko" | "en";
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

/** A problem with one case: text in both languages. */
interface Problem {
  ko: string;
  en: string;
}

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

// ——— problems, in both languages ———

const isList = (x: unknown): x is ArrayLike<number> =>
  Array.isArray(x) || (ArrayBuffer.isView(x) && !(x instanceof DataView));

/** "returned X; it should return Y" */
const returned = (got: unknown, want: unknown, what?: Problem): Problem => {
  const g = show(got);
  const w = show(want);
  return {
    ko: `${what ? `${what.ko} ` : ""}${g}${particle(g, "을/를")} 돌려줬습니다. 맞는 값은 ${w}입니다.`,
    en: `${what ? `${what.en} ` : ""}returned ${g}; it should be ${w}.`,
  };
};

/** A list of weights: one per item, finite, ≥ 0, summing to 1; null when they are. */
function weightsProblem(w: unknown, n: number, what: Problem): Problem | null {
  if (!isList(w)) {
    const g = show(w);
    return {
      ko: `${what.ko}${particle(what.ko, "이/가")} 배열이 아니라 ${g}입니다.`,
      en: `its ${what.en} are not a list but ${g}.`,
    };
  }
  if (w.length !== n)
    return {
      ko: `${what.ko}${particle(what.ko, "이/가")} ${w.length}개입니다. ${n}개여야 합니다.`,
      en: `it gave ${w.length} ${what.en}; there must be ${n}.`,
    };
  for (let j = 0; j < n; j++) {
    if (!(Number.isFinite(w[j]) && w[j] >= 0))
      return {
        ko: `${what.ko} ${show(w)}에서 ${j + 1}번째가 ${show(w[j])}입니다. ${what.ko}${particle(what.ko, "은/는")} 모두 0 이상의 유한한 수여야 합니다.`,
        en: `${what.en} ${show(w)}: number ${j + 1} is ${show(w[j])}; every one must be a finite number ≥ 0.`,
      };
  }
  const total = sum(w);
  if (Math.abs(total - 1) > 1e-4)
    return {
      ko: `${what.ko} ${show(w)}의 합이 ${show(total)}입니다. 합은 1이어야 합니다.`,
      en: `${what.en} ${show(w)} sum to ${show(total)}; they must sum to 1.`,
    };
  return null;
}

const WEIGHTS: Problem = { ko: "가중치", en: "weights" };

/** At temperature 0 all the weight is on the largest scores; otherwise the softmax formula. */
function softmaxProblem(
  w: ArrayLike<number>,
  scores: ArrayLike<number>,
  temperature: number,
): Problem | null {
  const want = referenceSoftmax(scores, temperature);
  if (temperature === 0) {
    const max = Math.max(...Array.from(scores));
    const j = Array.from(scores).findIndex((s, i) => s < max && w[i] > 1e-6);
    if (j < 0) return null;
    return returned(w, want, {
      ko: `온도 0에서는 가장 큰 스코어에만 가중치가 가야 하는데,`,
      en: `At temperature 0 only the largest scores may get weight, but it`,
    });
  }
  for (let j = 0; j < want.length; j++) if (Math.abs(w[j] - want[j]) > 1e-4) return returned(w, want);
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

/** The characters of date inputs the course's models read. */
const DATE_CHARS = [..."0123456789 .,/-:abcdefghijklmnoprstuvyADFJMNOS년월일"];

function checks(fc: FC, lib: Lib): Record<CheckedName, FunctionCheck> {
  const scoreCheck =
    (name: "dot" | "scaledDot" | "cosine") =>
    (got: unknown, [q, k]: unknown[]): Problem | null => {
      const { value, scale } = SCORES[name](q as number[], k as number[]);
      if (typeof got === "number" && close(got, value, scale)) return null;
      return returned(got, value);
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
        return same(picked, want, 0) ? null : returned(picked, want);
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
          weightsProblem(got, s.length, WEIGHTS) ?? softmaxProblem(got as number[], s, temperature as number)
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
        if (!r || typeof r !== "object")
          return { ko: `결과가 ${show(r)}입니다.`, en: `it returned ${show(r)}.` };
        if (!isList(r.scores) || r.scores.length !== K.length)
          return {
            ko: `스코어가 키 ${K.length}개에 하나씩이 아닙니다(${show(r.scores)}).`,
            en: `its scores ${show(r.scores)} are not one per key (${K.length} keys).`,
          };
        for (let j = 0; j < K.length; j++) {
          const { value, scale } = SCORES[score](q, K[j].map(Math.fround));
          if (!close(r.scores[j], value, scale))
            return {
              ko: `${j + 1}번째 키의 스코어가 ${show(r.scores[j])}입니다. ${score}(쿼리, 키)는 ${show(value)}입니다.`,
              en: `the score of key ${j + 1} is ${show(r.scores[j])}; ${score}(query, key) is ${show(value)}.`,
            };
        }
        const weights = weightsProblem(r.weights, K.length, WEIGHTS);
        if (weights) return weights;
        const w = r.weights as number[];
        const soft = softmaxProblem(w, r.scores, temperature);
        if (soft)
          return {
            ko: `가중치가 ${show(w)}입니다. 스코어의 소프트맥스는 ${show(referenceSoftmax(r.scores, temperature))}입니다.`,
            en: `its weights ${show(w)} are not the softmax of its scores, ${show(referenceSoftmax(r.scores, temperature))}.`,
          };
        const dv = V[0].length;
        const want = Array.from({ length: dv }, (_, i) => sum(V.map((v, j) => w[j] * Math.fround(v[i]))));
        if (!isList(r.value) || r.value.length !== dv)
          return {
            ko: `값이 ${isList(r.value) ? `${r.value.length}차원입니다` : "배열이 아닙니다"}(${show(r.value)}). 값(values)과 같은 ${dv}차원이어야 합니다. 가중합은 ${show(want)}입니다.`,
            en: `its value ${show(r.value)} has ${isList(r.value) ? r.value.length : 0} numbers; it must have the values' size, ${dv}: ${show(want)}.`,
          };
        for (let i = 0; i < dv; i++) {
          const scale = sum(V.map((v, j) => Math.abs(w[j] * v[i])));
          if (!close(r.value[i], want[i], scale))
            return {
              ko: `값이 ${show(r.value)}입니다. 가중합 Σ_j α_j v_j는 ${show(want)}입니다.`,
              en: `its value is ${show(r.value)}; the weighted sum Σ_j α_j v_j is ${show(want)}.`,
            };
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
        return typeof got === "number" && close(got, value, scale) ? null : returned(got, value);
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
        return typeof got === "number" && close(got, value, scale) ? null : returned(got, value);
      },
    },

    greedyDecode: decodeCheck(fc, lib),
  };
}

interface ModelSpec {
  attention: "bahdanau" | "luong" | "none";
  seed: number;
}

/** greedyDecode on small random models (built with the edited library's createSeq2Seq). */
function decodeCheck(fc: FC, lib: Lib): FunctionCheck {
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
      if (!r || typeof r !== "object" || !Array.isArray(r.outputTokens))
        return { ko: `결과가 ${show(r)}입니다.`, en: `it returned ${show(r)}.` };
      const tokens = r.outputTokens as unknown[];
      if (tokens.length > maxLength)
        return {
          ko: `토큰을 ${tokens.length}개 썼습니다(${show(tokens)}). maxLength ${maxLength}개를 넘으면 안 됩니다.`,
          en: `it wrote ${tokens.length} tokens (${show(tokens)}); maxLength is ${maxLength}.`,
        };
      const special = tokens.find((t) => typeof t !== "string" || SPECIAL.has(t));
      if (special !== undefined)
        return {
          ko: `출력 ${show(tokens)}에 특수 토큰 ${show(special)}${particle(show(special), "이/가", "드")} 있습니다. 패딩, 시작 토큰, 끝 토큰은 출력에 쓰지 않습니다.`,
          en: `its output ${show(tokens)} contains ${show(special)}; <pad>, <s> and </s> are never written.`,
        };
      if (r.output !== tokens.join(""))
        return returned(r.output, tokens.join(""), { ko: "output이", en: "its output" });
      if (!Array.isArray(r.steps) || r.steps.length !== tokens.length)
        return {
          ko: `단계(steps)가 토큰 ${tokens.length}개에 하나씩이 아닙니다.`,
          en: `its steps are not one per written token (${tokens.length}).`,
        };
      const chars = [...(input as string)].length;
      for (const row of Array.isArray(r.alignment) ? (r.alignment as unknown[]) : []) {
        const bad = weightsProblem(row, chars, { ko: "정렬의 가중치", en: "alignment weights" });
        if (bad) return bad;
      }
      return null;
    },
  };
}

const errorText = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

/** What a call threw, in both languages: the library's known problems (DecodeError…) in the reader's words. */
function threw(e: unknown): Problem {
  const known = e instanceof Error ? (e as Error & { problem?: ErrorProblem }).problem : undefined;
  const ko = known && typeof known === "object" ? problemMessage(known, "ko") : undefined;
  const en = known && typeof known === "object" ? problemMessage(known, "en") : undefined;
  if (ko && en) return { ko: `오류가 났습니다. ${ko}`, en: `threw ${(e as Error).name}: ${en}` };
  return { ko: `오류가 났습니다(${errorText(e)}).`, en: `threw ${errorText(e)}.` };
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
  const all = checks(fc, lib);
  const verdicts: LibraryVerdict[] = [];
  for (const name of CHECKED) {
    if (skip.includes(name)) continue;
    onStart?.(name);
    verdicts.push(checkOne(name, all[name], lib[name], lang, fc));
  }
  return verdicts;
}

function checkOne(name: string, check: FunctionCheck, fn: unknown, lang: Lang, fc: FC): LibraryVerdict {
  if (typeof fn !== "function")
    return {
      name,
      ok: false,
      message:
        lang === "ko"
          ? `라이브러리가 ${name}${particle(name, "을/를")} 내보내지 않습니다(index.ts).`
          : `The library no longer exports ${name} (index.ts).`,
    };
  /** The problem with one case, or null; the case as a call. */
  const tryCase = (args: unknown[]): { call: string; problem: Problem } | null => {
    const call = `${name}(${check.showArgs ? check.showArgs(args) : args.map((a) => show(a)).join(", ")})`;
    const prepared = check.prepare ? check.prepare(args) : args;
    const before = copy(prepared);
    let got: unknown;
    try {
      got = (fn as Fn)(...prepared);
    } catch (e) {
      return { call, problem: threw(e) };
    }
    let problem: Problem | null;
    try {
      problem = check.problem(got, args);
    } catch {
      problem = {
        ko: `예상과 다른 모양의 결과를 돌려줬습니다(${show(got)}).`,
        en: `returned something of another shape: ${show(got)}.`,
      };
    }
    if (problem) return { call, problem };
    const changed = prepared.findIndex((a, i) => !same(a, before[i], 0));
    if (changed >= 0)
      return {
        call,
        problem: {
          ko: `${changed + 1}번째 인자를 바꿨습니다. 호출 전 ${show(before[changed])}, 호출 뒤 ${show(prepared[changed])}입니다.`,
          en: `changed its argument ${changed + 1}: ${show(before[changed])} before the call, ${show(prepared[changed])} after.`,
        },
      };
    return null;
  };
  const fail = ({ call, problem }: { call: string; problem: Problem }): LibraryVerdict => ({
    name,
    ok: false,
    case: call,
    message: lang === "ko" ? `${call} 호출: ${problem.ko}` : `${call}: ${problem.en}`,
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
    return {
      name,
      ok: false,
      message:
        lang === "ko"
          ? `검사하는 중에 오류가 났습니다(${errorText(e)}).`
          : `Checking it threw ${errorText(e)}.`,
    };
  }
}
