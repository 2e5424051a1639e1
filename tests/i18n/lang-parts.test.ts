// Language of parts: the marking (src/i18n/lang-parts.ts, the chapters' rehype step) and the
// checker that walks a page's text nodes (tests/site/lang-check.ts), each on small pages whose
// right answer is written out here.
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { markTree } from "../../src/build/rehype-lang-parts.ts";
import { markHtml, markParts, wholeLang } from "../../src/i18n/lang-parts.ts";
import { highlight } from "../../src/kernel/highlight.ts";
import { outputWords, renderItems } from "../../src/kernel/output.ts";
import { unmarkedText } from "../site/lang-check.ts";

const page = (lang: string, body: string) =>
  parseHTML(`<!doctype html><html lang="${lang}"><head><title>t</title></head><body>${body}</body></html>`)
    .document;

describe("the checker", () => {
  it("finds Hangul read with an English voice, wherever it is", () => {
    const found = unmarkedText(
      page(
        "en",
        `<p>Type <code>2026년 11월 24일</code>.</p><svg><text>년</text></svg><table><tr><th>h5 월</th></tr></table><p lang="ko">일</p>`,
      ),
    );
    expect(found.map((f) => f.text)).toEqual(["2026년 11월 24일", "년", "h5 월"]);
  });

  it("finds three English words read with a Korean voice, outside code and math", () => {
    const found = unmarkedText(
      page(
        "ko",
        `<p>논문 Attention Is All You Need 참고</p><p>함수 <code>compare the query</code></p><p>s, h, v와 x comes from cell</p><p lang="en">Neural Machine Translation</p><p>greedyDecode runs here 두 단어</p>`,
      ),
    );
    expect(found.map((f) => f.text)).toEqual(["Attention Is All", "comes from cell"]);
  });

  it("passes a page whose runs are marked", () => {
    const html = `<p>Type <code lang="ko">2026년 11월 24일</code>.</p><svg><text><tspan lang="ko">년</tspan></text></svg>`;
    expect(unmarkedText(page("en", html))).toEqual([]);
  });

  it("leaves the document's title alone (a bilingual page's title says both)", () => {
    expect(unmarkedText(page("ko", "<p>한국어</p>")).length).toBe(0);
    const doc = page("ko", "");
    doc.title = "언어를 고르세요 · Choose a language";
    expect(unmarkedText(doc)).toEqual([]);
  });
});

describe("marking", () => {
  it("wraps a Korean run on an English page, with the number it counts", () => {
    expect(markParts("Type 2026년 11월 24일 here", { pageLang: "en" })).toBe(
      'Type <span lang="ko">2026년 11월 24일</span> here',
    );
    expect(markParts("h5 년", { pageLang: "en" })).toBe('h5 <span lang="ko">년</span>');
    expect(markParts("마감일: 2031. 7. 9.", { pageLang: "en" })).toBe(
      '<span lang="ko">마감일: 2031. 7. 9.</span>',
    );
  });

  it("wraps an English phrase on a Korean page, not identifiers, letters or numbers", () => {
    expect(markParts("논문 Attention Is All You Need 참고", { pageLang: "ko" })).toBe(
      '논문 <span lang="en">Attention Is All You Need</span> 참고',
    );
    expect(markParts("Christopher D. Manning, Hieu Pham 외", { pageLang: "ko" })).toBe(
      '<span lang="en">Christopher D. Manning, Hieu Pham</span> 외',
    );
    for (const plain of ["s, h, v", "greedyDecode(x) 호출", "query.length is", "2026-11-24"])
      expect(markParts(plain, { pageLang: "ko" })).toBe(plain.replace(/&/g, "&#38;"));
  });

  it("marks only the other language, and escapes the rest", () => {
    expect(markParts("<b> 2026년", { pageLang: "ko" })).toBe("&#60;b&#62; 2026년");
    expect(markParts("in a sentence", { pageLang: "en" })).toBe("in a sentence");
  });

  it("marks text in markup: SVG text by tspan, never attributes, titles or marked elements", () => {
    expect(
      markHtml(
        `<svg aria-label="입력 년"><title>년</title><text x="1">h5 년</text></svg><th>월</th><p lang="ko">일</p><textarea>일</textarea>`,
        "en",
      ),
    ).toBe(
      `<svg aria-label="입력 년"><title>년</title><text x="1">h5 <tspan lang="ko">년</tspan></text></svg><th><span lang="ko">월</span></th><p lang="ko">일</p><textarea>일</textarea>`,
    );
  });

  it("marks only Korean in code, on either page", () => {
    expect(markHtml(`<code>compare the query with 년</code>`, "ko")).toBe(
      `<code>compare the query with 년</code>`,
    );
    expect(markHtml(`<code>compare the query with 년</code>`, "en")).toBe(
      `<code>compare the query with <span lang="ko">년</span></code>`,
    );
    expect(highlight(`const s = "2026년 11월 24일"; // the date in Korean`)).toContain(
      `<span class="tok-string">&quot;<span lang="ko">2026년 11월 24일</span>&quot;</span>`,
    );
  });

  it("says the language of a whole label", () => {
    expect(wholeLang("2026년 11월 24일", "en")).toBe("ko");
    expect(wholeLang("24 November 2026", "en")).toBeUndefined();
    expect(wholeLang("2026년 11월 24일", "ko")).toBeUndefined();
  });

  it("marks a cell's output: 「1917년 4월 2일」 on an English page", () => {
    const html = renderItems(
      [{ kind: "log", level: "log", text: "1917년 4월 2일 → 1917-04-02" }],
      outputWords.en,
    );
    expect(unmarkedText(page("en", html))).toEqual([]);
    expect(html).toContain('<span lang="ko">1917년 4월 2일</span>');
  });

  it("marks a chapter's prose: the element whose whole text is the run takes the lang", () => {
    const tree = {
      type: "root",
      children: [
        {
          type: "element",
          tagName: "p",
          properties: {},
          children: [
            { type: "text", value: "Type " },
            {
              type: "element",
              tagName: "code",
              properties: {},
              children: [{ type: "text", value: "2026년 11월 24일" }],
            },
            { type: "text", value: " or 11월." },
          ],
        },
      ],
    };
    expect(markTree(tree, "en")).toBe(2);
    const p = tree.children[0].children;
    expect(p[1]).toMatchObject({ tagName: "code", properties: { lang: "ko" } });
    expect(p[3]).toMatchObject({
      tagName: "span",
      properties: { lang: "ko" },
      children: [{ value: "11월." }],
    });
  });
});
