// Decoder query, one definition for the build and the page: the reader's date decoded step by
// step, showing that the query at output step i is the decoder state from one step earlier,
// s_{i-1}, with its scores and weights against every h_j; a toggle switches to Luong's variant
// (query s_i) or shows it beside Bahdanau's.
import { bindInput, bindSteps, clampStep, stepParts, toggleGroup } from "../shared/controls.ts";
import { dateCautionLines, dateProblem, type Built, type DateState } from "../shared/date-input.ts";
import { KOREAN_DATE } from "../shared/date-strings.ts";
import { esc } from "../shared/format.ts";
import { NothingToShow, defineWidget, type Parts } from "../shared/widget.ts";
import { decoderTable, queryIdentity, renderDecoderQuery, type Decoded, type Variant } from "./render.ts";
import { strings, type Strings } from "./strings.ts";

export interface Props {
  input?: string;
  /** The output step shown first (1-based). */
  step?: number;
}

type View = Variant | "both";

interface State extends DateState {
  step: number;
  view: View;
}

/** The decoding drawn in the main panel (Bahdanau's unless Luong's alone is shown). */
const mainVariant = (view: View): Variant => (view === "luong" ? "luong" : "bahdanau");

/** One panel's parts at output step i; `suffix` tells the Luong panel's hooks apart. */
function panel(d: Decoded, i: number, variant: Variant, s: Strings, suffix = ""): Parts {
  return {
    [`plot${suffix}`]: renderDecoderQuery(d, i, variant, s),
    [`explain${suffix}`]: esc(queryIdentity(d, i, variant, s)),
    [`table${suffix}`]: decoderTable(d, i, s),
  };
}

export default defineWidget({
  name: "decoder-query",
  strings,
  initial: ({ input = KOREAN_DATE, step = 1, alphabet }: Props & Built): State => ({
    input,
    step,
    alphabet,
    view: "bahdanau",
  }),
  problem: (state, _s, lang) => dateProblem(state, lang),
  async compute({ withModel }, { input, view }, s): Promise<Partial<Record<Variant, Decoded>>> {
    const wanted: Variant[] = view === "both" ? ["bahdanau", "luong"] : [mainVariant(view)];
    const decoded = await Promise.all(wanted.map((variant) => withModel(variant).greedyDecode(input)));
    if (decoded.some((d) => d.steps.length === 0)) throw new NothingToShow(s.nothing);
    return Object.fromEntries(wanted.map((variant, k) => [variant, decoded[k]]));
  },
  render(decoded, { step, view }, s) {
    const d = decoded[mainVariant(view)];
    if (!d) return {};
    const i = clampStep(step, d.steps.length);
    // The same output step in Luong's decoding beside it (its output may be shorter or longer).
    const luong = view === "both" ? decoded.luong : undefined;
    return {
      ...panel(d, i, mainVariant(view), s),
      ...stepParts(i, d.steps.length, s.stepOf(i, d.steps.length)),
      heading: { attrs: { hidden: view !== "both" } },
      beside: { attrs: { hidden: !luong } },
      ...(luong ? panel(luong, Math.min(i, luong.steps.length), "luong", s, "-luong") : {}),
    };
  },
  empty: () => ({
    plot: "",
    table: "",
    explain: "",
    "step-label": "",
    heading: { attrs: { hidden: true } },
    beside: { attrs: { hidden: true } },
  }),
  cautions: (decoded, state, lang) =>
    dateCautionLines(state, decoded[mainVariant(state.view)]?.outputTokens.join("") ?? null, lang),
  bind(live) {
    bindInput(live);
    bindSteps(live, () => live.result?.[mainVariant(live.state.view)]?.steps.length ?? 0);
    toggleGroup(live.root, "variant", (choice) =>
      live.set({ view: choice === "luong" || choice === "both" ? choice : "bahdanau" }),
    );
  },
});
