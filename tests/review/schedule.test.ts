// The review schedule under a clock the test controls: when an answered item is due again, that a
// wrong answer comes back sooner, that sessions interleave chapters, and that the store keeps it.
import { describe, expect, it } from "vitest";
import { memoryKV } from "../../src/kernel/storage/kv.ts";
import { Store } from "../../src/kernel/storage/store.ts";
import {
  buildSession,
  dueItems,
  nextCard,
  REVIEW_INTERVAL_DAYS,
  type ReviewCard,
} from "../../src/review/schedule.ts";
import { reviewItems } from "../../src/review/items.ts";

/** Local time on 2026-03-{day} at hh:mm (months are 0-based in Date). */
const at = (day: number, hh = 0, mm = 0) => new Date(2026, 2, day, hh, mm).getTime();

describe("Leitner boxes of 1, 3, 7 and 21 days", () => {
  it("uses the intervals the review page states", () => {
    expect(REVIEW_INTERVAL_DAYS).toEqual([1, 3, 7, 21]);
  });

  it("a new item answered right today is due at the start of the day three days on, not before", () => {
    const card = nextCard(undefined, true, at(10, 15, 30));
    expect(card.box).toBe(1);
    expect(card.due).toBe(at(13));
    const items = [{ id: "x", chapter: "03-attention-value" }];
    const read = { "03-attention-value": at(1) };
    expect(dueItems(items, { x: card }, read, at(12, 23, 59))).toEqual([]);
    expect(dueItems(items, { x: card }, read, at(13, 0, 0))).toEqual(items);
  });

  it("right again climbs the boxes: 3, then 7, then 21 days, and stays at 21", () => {
    let card = nextCard(undefined, true, at(1, 9));
    const gaps: number[] = [];
    for (let k = 0; k < 4; k++) {
      const now = card.due + 10 * 3600_000; // answered at 10:00 on the day it is due
      const next = nextCard(card, true, now);
      gaps.push(Math.round((next.due - card.due) / 86_400_000));
      card = next;
    }
    expect(gaps).toEqual([7, 21, 21, 21]);
    expect(card.box).toBe(3);
    expect(card.right).toBe(5);
  });

  it("a wrong answer comes back sooner than a right one: tomorrow, and the item starts over at box 0", () => {
    const high: ReviewCard = { box: 3, due: at(5), last: at(1), right: 4, wrong: 0 };
    const wrong = nextCard(high, false, at(5, 18));
    const right = nextCard(high, true, at(5, 18));
    expect(wrong.due).toBe(at(6));
    expect(wrong.box).toBe(0);
    expect(wrong.wrong).toBe(1);
    expect(wrong.due).toBeLessThan(right.due);
    // and for a new item too
    expect(nextCard(undefined, false, at(5)).due).toBeLessThan(nextCard(undefined, true, at(5)).due);
  });

  it("a new item is due the day after its chapter was read, and never from a chapter not read", () => {
    const items = [
      { id: "a", chapter: "01-dictionary" },
      { id: "b", chapter: "02-querying" },
    ];
    const read = { "01-dictionary": at(10, 20) };
    expect(dueItems(items, {}, read, at(10, 23))).toEqual([]);
    expect(dueItems(items, {}, read, at(11, 0))).toEqual([items[0]]);
    expect(dueItems(items, {}, read, at(30))).toEqual([items[0]]);
  });

  it("remembers the first right answer and a right answer on a later day (for mastery)", () => {
    const first = nextCard(undefined, true, at(3, 10));
    expect(first.firstRightAt).toBe(at(3, 10));
    expect(first.rightAgainAt).toBeUndefined();
    expect(nextCard(first, true, at(3, 22)).rightAgainAt).toBeUndefined(); // same day: not "later"
    const later = nextCard(first, true, at(6, 9));
    expect(later.rightAgainAt).toBe(at(6, 9));
    expect(nextCard(later, false, at(20)).rightAgainAt).toBe(at(6, 9));
  });
});

describe("a session", () => {
  const chapterOf = (id: string) => id.split("/")[0]!;
  const item = (id: string) => ({ id, chapter: chapterOf(id) });

  it("interleaves chapters: no two in a row from one chapter while others have items", () => {
    const due = ["01/a", "01/b", "01/c", "01/d", "03/a", "03/b", "06/a", "08/a"].map(item);
    const session = buildSession(due, 8);
    expect(session).toHaveLength(8);
    const chapters = session.map((i) => i.chapter);
    for (let k = 1; k < 6; k++) expect(chapters[k]).not.toBe(chapters[k - 1]);
    expect(chapters.slice(0, 4)).toEqual(["01", "03", "06", "08"]);
  });

  it("mixes at least three chapters whenever three have items due, even with a small session", () => {
    const due = ["02/a", "02/b", "02/c", "02/d", "02/e", "05/a", "05/b", "07/a"].map(item);
    const session = buildSession(due, 4);
    expect(new Set(session.map((i) => i.chapter)).size).toBe(3);
  });

  it("over the real items, with every chapter read 2 days ago, the first session spans at least 3 chapters", () => {
    const read = Object.fromEntries(reviewItems.map((i) => [i.chapter, at(1)]));
    const session = buildSession(dueItems(reviewItems, {}, read, at(3)));
    expect(session).toHaveLength(8);
    expect(new Set(session.map((i) => i.chapter)).size).toBeGreaterThanOrEqual(3);
    for (let k = 1; k < session.length; k++) expect(session[k]!.chapter).not.toBe(session[k - 1]!.chapter);
    // Not all quizzes: the generated questions of 03 and 06 are the first those chapters offer.
    expect(session.find((i) => i.chapter === "03-attention-value")?.kind).toBe("gen");
    expect(session.find((i) => i.chapter === "06-query")?.kind).toBe("gen");
  });

  it("with chapters 01–03 read, one session asks quizzes, predictions and generated questions", () => {
    const read = { "01-dictionary": at(1), "02-querying": at(1), "03-attention-value": at(1) };
    const session = buildSession(dueItems(reviewItems, {}, read, at(3)));
    expect(new Set(session.map((i) => i.kind))).toEqual(new Set(["quiz", "predict", "gen"]));
  });
});

describe("the store keeps the schedule with the reader's progress", () => {
  it("a card saved in one tab is read in another, and the newer answer wins", async () => {
    const kv = memoryKV();
    let now = at(4, 12);
    const tabA = new Store(kv, undefined, { now: () => now });
    const tabB = new Store(kv, undefined, { now: () => now });
    await tabA.saveReviewCard("gen:key-wins", nextCard(undefined, true, tabA.time()));
    expect((await tabB.getProgress()).review?.["gen:key-wins"]?.due).toBe(at(7));
    now = at(7, 9);
    await tabB.saveReviewCard(
      "gen:key-wins",
      nextCard((await tabB.getProgress()).review?.["gen:key-wins"], false, now),
    );
    const card = (await tabA.getProgress()).review?.["gen:key-wins"];
    expect(card).toMatchObject({ box: 0, due: at(8), right: 1, wrong: 1 });
  });

  it("quizzes record whether the first try was right, and later answers do not change it", async () => {
    let now = at(2);
    const store = new Store(memoryKV(), undefined, { now: () => now });
    await store.answerQuiz("q1", "0", false);
    now = at(3);
    await store.answerQuiz("q1", "2", true);
    const q = (await store.getProgress()).quiz.q1;
    expect(q).toEqual({ choice: "2", at: at(3), first: { right: false, at: at(2) } });
  });

  it("a prediction keeps the first commitment", async () => {
    let now = at(2);
    const store = new Store(memoryKV(), undefined, { now: () => now });
    await store.predict("p", "1");
    now = at(3);
    await store.predict("p", "skip");
    expect((await store.getProgress()).predict).toEqual({ p: { choice: "1", at: at(2) } });
  });
});
