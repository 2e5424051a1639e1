// The training widget's note names formats its own model does not learn; each example it quotes
// must be one the pretrained model learned and the widget's classic formats cannot write.
import { describe, expect, it } from "vitest";
import { DATE_FORMATS, WIDE_FORMATS } from "../../src/lib/attention/data/dates.ts";
import { strings } from "../../src/widgets/train-model/strings.ts";

const date = { year: 2026, month: 11, day: 24 };
const written = (formats: typeof DATE_FORMATS) => Object.values(formats).map((f) => f(date));

describe("the training widget's note on formats", () => {
  it.each(["ko", "en"] as const)(
    "%s: quotes only a date written in a format the widget does not learn",
    (lang) => {
      const note = strings[lang].scope(14, 16);
      const quoted = [...note.matchAll(/[「“]([^」”]+)[」”]/g)].map((m) => m[1]!);
      expect(quoted.length).toBeGreaterThan(0);
      for (const example of quoted) {
        expect(written(DATE_FORMATS), example).not.toContain(example);
        expect(written(WIDE_FORMATS), example).toContain(example);
      }
    },
  );
});
