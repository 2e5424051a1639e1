// Encoder states, one definition for the build and the page: the trained encoder reads the
// reader's input (the library's encode gives every state at once); stepping and playing reveal
// h_1..h_T one character at a time, as columns or as the keys and values of a dictionary.
// Playing runs only on screen.
import { bindInput, toggleGroup } from "../shared/controls.ts";
import { dateCautionLines, dateProblem, type Built, type DateState } from "../shared/date-input.ts";
import { esc } from "../shared/format.ts";
import { defineWidget } from "../shared/widget.ts";
import { renderColumns, renderDictionary, statesTable } from "./render.ts";
import { strings } from "./strings.ts";

const PLAY_MS = 300;

export interface Props {
  input?: string;
}

interface State extends DateState {
  view: "columns" | "dictionary";
  /** How many characters have been read (null: all of them). */
  shown: number | null;
}

/** The characters read so far, of `T`. */
const read = (shown: number | null, T: number) => Math.min(shown ?? T, T);

export default defineWidget({
  name: "encoder-states",
  strings,
  initial: ({ input = "Nov 24, 2026", alphabet }: Props & Built): State => ({
    input,
    alphabet,
    view: "columns",
    shown: null,
  }),
  problem: (state, _s, lang) => dateProblem(state, lang),
  compute: ({ withModel }, { input }) => withModel("bahdanau").encode(input),
  render(encoded, { view, shown }, s) {
    const T = encoded.tokens.length;
    const k = read(shown, T) || 1;
    return {
      plot: view === "columns" ? renderColumns(encoded, k, s) : renderDictionary(encoded, k, s),
      caption: esc(view === "columns" ? s.legend : s.same),
      table: statesTable(encoded, k, s),
      // At the last character Step has nothing left to read: say how to watch again.
      progress: esc(k < T ? s.progress(k, T) : `${s.progress(T, T)} ${s.again}`),
    };
  },
  empty: () => ({ plot: "", table: "", progress: "" }),
  cautions: (_encoded, state, lang) => dateCautionLines(state, null, lang),
  bind(live) {
    const { s } = live;
    const playButton = live.part<HTMLButtonElement>("[data-play]");
    let timer: ReturnType<typeof setInterval> | undefined;
    const pause = () => {
      clearInterval(timer);
      timer = undefined;
      playButton.textContent = s.play;
      playButton.setAttribute("aria-pressed", "false");
    };
    const advance = () => {
      const T = live.result?.tokens.length ?? 0;
      const k = read(live.state.shown, T);
      if (!live.result || k >= T) return pause();
      live.show({ shown: k + 1 });
    };
    live.part("[data-step]").addEventListener("click", () => {
      pause();
      advance();
    });
    playButton.addEventListener("click", () => {
      if (timer) return pause();
      const T = live.result?.tokens.length ?? 0;
      if (live.result && read(live.state.shown, T) >= T) live.show({ shown: 0 });
      playButton.textContent = s.pause;
      playButton.setAttribute("aria-pressed", "true");
      advance();
      timer = setInterval(advance, PLAY_MS);
    });
    live.part("[data-reset]").addEventListener("click", () => {
      pause();
      live.show({ shown: 1 });
    });
    toggleGroup(live.root, "view", (choice) =>
      live.show({ view: choice === "dictionary" ? choice : "columns" }),
    );
    // A new input is read whole (Step and Play then go through it again from the start).
    bindInput(live, () => {
      pause();
      return { shown: null };
    });
    return { hide: pause };
  },
});
