// The whole-model walkthrough, one definition for the build and the page: the reader's date
// through the trained Bahdanau model (encode and greedyDecode, so an edited library drives every
// stage), one output step at a time with the ←/→ buttons, every stage named in the course's words.
import { bindInput, bindSteps, clampStep, stepParts } from "../shared/controls.ts";
import { dateCautionLines, dateProblem, type Built, type DateState } from "../shared/date-input.ts";
import { KOREAN_DATE } from "../shared/date-strings.ts";
import { esc } from "../shared/format.ts";
import { NothingToShow, defineWidget } from "../shared/widget.ts";
import { renderWalkthrough, walkthroughTables, type Walk } from "./render.ts";
import { strings } from "./strings.ts";

export interface Props {
  input?: string;
  step?: number;
}

interface State extends DateState {
  /** The output step shown (1-based). */
  step: number;
}

export default defineWidget({
  name: "model-walkthrough",
  strings,
  initial: ({ input = KOREAN_DATE, step = 1, alphabet }: Props & Built): State => ({
    input,
    step,
    alphabet,
  }),
  problem: (state, _s, lang) => dateProblem(state, lang),
  async compute({ withModel }, { input }, s): Promise<Walk & { output: string }> {
    const model = withModel("bahdanau");
    const [decoded, encoded] = await Promise.all([model.greedyDecode(input), model.encode(input)]);
    if (decoded.steps.length === 0) throw new NothingToShow(s.noSteps);
    return { ...decoded, encoderStates: encoded.encoderStates };
  },
  render(walk, state, s) {
    const count = walk.steps.length;
    const i = clampStep(state.step, count);
    return {
      plot: { html: renderWalkthrough(walk, i, s), attrs: { "aria-label": s.summary(i, state.input) } },
      table: walkthroughTables(walk, i, s),
      output: esc(s.result(walk.output)),
      ...stepParts(i, count, s.stepOf(i, count)),
    };
  },
  empty: (s) => ({
    plot: { html: "", attrs: { "aria-label": s.stages } },
    table: "",
    output: "",
    "step-label": "",
  }),
  cautions: (walk, state, lang) => dateCautionLines(state, walk.output, lang),
  bind(live) {
    bindInput(live);
    bindSteps(live, () => live.result?.steps.length ?? 0);
  },
});
