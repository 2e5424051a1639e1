// Levels per chapter goal, from progress recorded through the real store with a clock the test
// moves: the expected level of each step is written by hand from the rules in src/review/mastery.ts.
import { describe, expect, it } from "vitest";
import { memoryKV } from "../../src/kernel/storage/kv.ts";
import { Store } from "../../src/kernel/storage/store.ts";
import { emptyProgress } from "../../src/kernel/storage/records.ts";
import { goalLevel, goalLevels, itemState } from "../../src/review/mastery.ts";
import { nextCard } from "../../src/review/schedule.ts";
import { goalItems } from "../../content/goals.ts";

/** Local time on day `day` after 24 November 2026, at `hour`:`minute`. */
const at = (day: number, hour = 10, minute = 0) => new Date(2026, 10, 24 + day, hour, minute).getTime();

/** A store whose clock the test sets, and a review answer recorded the way the review page does. */
function reader() {
  let now = at(0);
  const store = new Store(memoryKV(), undefined, { now: () => now });
  return {
    store,
    setTime: (t: number) => (now = t),
    async review(item: string, right: boolean) {
      const card = (await store.getProgress()).review?.[item];
      await store.saveReviewCard(item, nextCard(card, right, now));
    },
    level: async (items: string[]) => goalLevel(items, await store.getProgress(), { p1: "2" }),
  };
}

const GOAL = ["exercise:e1", "quiz:q1", "predict:p1", "gen:g1"];

describe("a goal's level", () => {
  it("goes not started → practised → proficient → mastered as the reader works, day by day", async () => {
    const r = reader();
    expect(await r.level(GOAL)).toBe("not-started");

    // Day 0. "Just show me" is not a try.
    await r.store.predict("p1", "skip");
    expect(await r.level(GOAL)).toBe("not-started");
    // A wrong first try at the quiz is a try; choosing the right option next does not make the quiz right.
    await r.store.answerQuiz("q1", "1", false);
    expect(await r.level(GOAL)).toBe("practised");
    r.setTime(at(0, 10, 30));
    await r.store.answerQuiz("q1", "0", true);
    expect(await r.level(GOAL)).toBe("practised");
    expect(await r.level(["quiz:q1"])).toBe("practised");
    await r.store.markPassed("e1");
    expect(await r.level(GOAL)).toBe("practised");

    // Day 1, in review: the quiz right (its first right answer), the prediction right, the generated item right.
    r.setTime(at(1));
    await r.review("quiz:q1", true);
    await r.review("predict:p1", true);
    expect(await r.level(GOAL)).toBe("practised");
    await r.review("gen:g1", true);
    expect(await r.level(GOAL)).toBe("proficient");

    // Day 1, later: right again on the same day is not remembering.
    r.setTime(at(1, 22));
    await r.review("quiz:q1", true);
    await r.review("predict:p1", true);
    await r.review("gen:g1", true);
    expect(await r.level(GOAL)).toBe("proficient");

    // Day 4: right again on a later day, all three: mastered.
    r.setTime(at(4));
    await r.review("quiz:q1", true);
    await r.review("predict:p1", true);
    expect(await r.level(GOAL)).toBe("proficient");
    await r.review("gen:g1", true);
    expect(await r.level(GOAL)).toBe("mastered");

    // Day 11: a wrong review answer takes the goal back to proficient, and a later right one brings it back.
    r.setTime(at(11));
    await r.review("predict:p1", false);
    expect(await r.level(GOAL)).toBe("proficient");
    r.setTime(at(12));
    await r.review("predict:p1", true);
    expect(await r.level(GOAL)).toBe("mastered");
  });

  it("counts a right first try or prediction on the page, and a review on the next day remembers it", async () => {
    const r = reader();
    const goal = ["quiz:q1", "predict:p1"];
    await r.store.answerQuiz("q1", "0", true);
    expect(await r.level(goal)).toBe("practised");
    await r.store.predict("p1", "2");
    expect(await r.level(goal)).toBe("proficient");
    // Just after midnight is a later day.
    r.setTime(at(1, 0, 1));
    await r.review("quiz:q1", true);
    await r.review("predict:p1", true);
    expect(await r.level(goal)).toBe("mastered");
  });

  it("a wrong prediction is a try, not a right answer; a right review answer later makes it right", async () => {
    const r = reader();
    await r.store.predict("p1", "0");
    expect(await r.level(["predict:p1"])).toBe("practised");
    r.setTime(at(1));
    await r.review("predict:p1", true);
    expect(await r.level(["predict:p1"])).toBe("proficient");
    r.setTime(at(4));
    await r.review("predict:p1", true);
    expect(await r.level(["predict:p1"])).toBe("mastered");
  });

  it("an exercise alone is proficient at best (it never comes back in review)", async () => {
    const r = reader();
    // Checked and failed: a try.
    await r.store.markChecked("e1");
    expect(await r.level(["exercise:e1"])).toBe("practised");
    await r.store.markPassed("e1");
    r.setTime(at(30));
    await r.store.markPassed("e1");
    expect(await r.level(["exercise:e1"])).toBe("proficient");
  });

  it("a quiz answer kept before first tries were recorded is a try whose first try is unknown", () => {
    const progress = { ...emptyProgress(), quiz: { q1: { choice: "0", at: at(0) } } };
    expect(itemState("quiz:q1", progress, {})).toEqual({ tried: true, reviewed: true, remembered: false });
    expect(goalLevel(["quiz:q1"], progress, {})).toBe("practised");
  });

  it("gives every goal of the course a level: all not started for a new reader", () => {
    const levels = goalLevels(goalItems, emptyProgress(), {});
    expect(Object.keys(levels)).toHaveLength(10);
    expect(Object.values(levels).flat()).toHaveLength(33);
    expect(new Set(Object.values(levels).flat())).toEqual(new Set(["not-started"]));
  });
});
