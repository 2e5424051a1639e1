import { describe, expect, it } from "vitest";
import { bahdanau, encoded } from "./fixtures.ts";
import { renderWalkthrough, walkthroughTables } from "../../src/widgets/model-walkthrough/render.ts";
import { strings } from "../../src/widgets/model-walkthrough/strings.ts";

const walk = { ...bahdanau, encoderStates: encoded.encoderStates };
const text = (html: string) => html.replace(/<svg[\s\S]*?<\/svg>/g, "").replace(/<[^>]+>/g, "");

describe("the whole-model walkthrough", () => {
  it("lists the nine stages of a step in the course's order", async () => {
    const html = renderWalkthrough(walk, 2, strings.en);
    expect([...html.matchAll(/data-stage="([a-z]+)"/g)].map((m) => m[1])).toEqual([
      "encoder",
      "keys",
      "query",
      "scores",
      "weights",
      "value",
      "concat",
      "state",
      "output",
    ]);
    await expect(html).toMatchFileSnapshot("__snapshots__/walkthrough-step2.en.txt");
  });

  it("names the query s₀ = h_T at step 1 and s₁ at step 2, with the previous token", () => {
    const first = text(renderWalkthrough(walk, 1, strings.en));
    expect(first).toContain("s₀ = h_T");
    expect(first).toContain("the start token &#60;s&#62;");
    const second = text(renderWalkthrough(walk, 2, strings.ko));
    expect(second).toContain("이전 디코더 상태 s₁");
    expect(second).toContain("이전 출력 글자 “0”의 2차원 임베딩");
  });

  it("points at the input character with the largest weight", () => {
    // Step 2 of the fixture puts 0.57 on "M", the third character of "1 May".
    expect(text(renderWalkthrough(walk, 2, strings.en))).toContain(
      "The largest, 0.57, is on the character “M”.",
    );
  });

  it("draws one h_j column per input character and one bar per score and weight", () => {
    const html = renderWalkthrough(walk, 1, strings.en);
    const picture = (name: string) =>
      html.match(new RegExp(`data-stage="${name}"[\\s\\S]*?</li>`))?.[0] ?? "";
    expect(picture("keys").match(/class="w-heat[^"]*"/g)).toHaveLength(5 * 3);
    expect(picture("scores").match(/<rect/g)).toHaveLength(5);
    expect(picture("weights").match(/<rect/g)).toHaveLength(5);
    // [embed(y₀); a₁]: 2 + 3 cells, in two outlined parts.
    expect(picture("concat").match(/class="w-heat[^"]*"/g)).toHaveLength(5);
  });

  it("offers every score, weight and vector entry as a table", () => {
    const html = walkthroughTables(walk, 2, strings.en);
    expect(html.match(/<table/g)).toHaveLength(2);
    expect(html).toContain("<td>0.570</td>");
    // The query of step 2 is s₁ = (−0.1, 0.5, 0.3).
    expect(html).toContain('<th scope="row">s₁</th><td>3</td><td>−0.10 0.50 0.30</td>');
  });
});
