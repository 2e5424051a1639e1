// Particles after inserted values. Every expected string below is written from how a Korean
// reader says the value aloud, not taken from the helper.
import { globSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { josa, particle } from "../../src/i18n/particles.ts";

describe("Hangul: by the final consonant", () => {
  it("no 받침 takes the vowel form", () => {
    expect(josa("쿼리", "은/는")).toBe("쿼리는");
    expect(josa("키", "이/가")).toBe("키가");
    expect(josa("소프트맥스", "을/를")).toBe("소프트맥스를");
    expect(josa("디코더", "과/와")).toBe("디코더와");
    expect(josa("인코더", "으로/로")).toBe("인코더로");
  });
  it("a 받침 takes the consonant form", () => {
    expect(josa("값", "은/는")).toBe("값은");
    expect(josa("어텐션", "이/가")).toBe("어텐션이");
    expect(josa("은닉 상태", "을/를")).toBe("은닉 상태를");
    expect(josa("시점", "과/와")).toBe("시점과");
    expect(josa("가중합", "으로/로")).toBe("가중합으로");
  });
  it("ㄹ받침 takes 로, not 으로, and the consonant form of the others", () => {
    expect(josa("24일", "으로/로")).toBe("24일로");
    expect(josa("서울", "으로/로")).toBe("서울로");
    expect(josa("2026년 11월 24일", "을/를")).toBe("2026년 11월 24일을");
    expect(josa("11월", "과/와")).toBe("11월과");
  });
  it("이에요/예요 and 이다/다", () => {
    expect(josa("쿼리", "이에요/예요")).toBe("쿼리예요");
    expect(josa("어텐션", "이에요/예요")).toBe("어텐션이에요");
    expect(josa("키", "이다/다")).toBe("키다");
    expect(josa("값", "이다/다")).toBe("값이다");
  });
});

describe("digits: read as Sino-Korean numbers", () => {
  it("each last digit 0–9 (영 일 이 삼 사 오 육 칠 팔 구)", () => {
    const expected = ["0은", "1은", "2는", "3은", "4는", "5는", "6은", "7은", "8은", "9는"];
    expect([..."0123456789"].map((d) => josa(d, "은/는"))).toEqual(expected);
    expect(josa("0", "이/가")).toBe("0이");
    expect(josa("2", "이/가")).toBe("2가");
  });
  it("years and other numbers by their last digit", () => {
    expect(josa("2018", "과/와")).toBe("2018과");
    expect(josa("2018", "은/는")).toBe("2018은");
    expect(josa("2017", "을/를")).toBe("2017을");
    expect(josa("2019", "을/를")).toBe("2019를");
    expect(josa("2024", "과/와")).toBe("2024와");
    expect(josa(2025, "이/가")).toBe("2025가");
    expect(josa("2018", "으로/로")).toBe("2018로");
    expect(josa("2013", "으로/로")).toBe("2013으로");
    expect(josa("2019", "으로/로")).toBe("2019로");
  });
  it("a number ending in zeros by its last nonzero place (십 백 천 만 억)", () => {
    expect(josa("10", "은/는")).toBe("10은");
    expect(josa("20", "과/와")).toBe("20과");
    expect(josa("100", "이/가")).toBe("100이");
    expect(josa("2000", "과/와")).toBe("2000과");
    expect(josa("10000", "을/를")).toBe("10000을");
    expect(josa("100000000", "은/는")).toBe("100000000은");
    expect(josa("2000", "으로/로")).toBe("2000으로");
    expect(josa("1020", "으로/로")).toBe("1020으로");
  });
  it("commas are thousands separators, decimals end in their last digit", () => {
    expect(josa("1,000", "이/가")).toBe("1,000이");
    expect(josa("12,345", "과/와")).toBe("12,345와");
    expect(josa("0.25", "이/가")).toBe("0.25가");
    expect(josa("0.5", "은/는")).toBe("0.5는");
    expect(josa("1.0", "은/는")).toBe("1.0은");
    expect(josa("0.1", "으로/로")).toBe("0.1로");
    expect(josa("0.3", "으로/로")).toBe("0.3으로");
  });
});

describe("Latin letters and words", () => {
  it("a single letter by its Korean name", () => {
    expect(josa("s", "은/는")).toBe("s는"); // 에스
    expect(josa("h", "이/가")).toBe("h가"); // 에이치
    expect(josa("j", "을/를")).toBe("j를"); // 제이
    expect(josa("l", "은/는")).toBe("l은"); // 엘
    expect(josa("m", "과/와")).toBe("m과"); // 엠
    expect(josa("n", "이/가")).toBe("n이"); // 엔
    expect(josa("r", "을/를")).toBe("r을"); // 알
    expect(josa("W", "은/는")).toBe("W는"); // 더블유
    expect(josa("q", "과/와")).toBe("q와"); // 큐
    expect(josa("l", "으로/로")).toBe("l로"); // 엘로
    expect(josa("m", "으로/로")).toBe("m으로"); // 엠으로
  });
  it("an abbreviation letter by letter", () => {
    expect(josa("GRU", "은/는")).toBe("GRU는"); // 지알유
    expect(josa("RNN", "이/가")).toBe("RNN이"); // 알엔엔
    expect(josa("EM", "을/를")).toBe("EM을"); // 이엠
    expect(josa("URL", "으로/로")).toBe("URL로"); // 유알엘
    expect(josa("ID", "이/가")).toBe("ID가"); // 아이디
  });
  it("words by the loanword sound rule", () => {
    expect(josa("InfinityWar", "과/와")).toBe("InfinityWar와"); // …워
    expect(josa("softmax", "은/는")).toBe("softmax는"); // 소프트맥스
    expect(josa("attention", "을/를")).toBe("attention을"); // 어텐션
    expect(josa("Luong", "과/와")).toBe("Luong과"); // 루옹
    expect(josa("Bahdanau", "이/가")).toBe("Bahdanau가"); // 바다나우
    expect(josa("general", "으로/로")).toBe("general로"); // 제너럴
    expect(josa("dot", "은/는")).toBe("dot은"); // 닷
    expect(josa("concat", "이/가")).toBe("concat이"); // 콘캣
    expect(josa("weightedSum", "을/를")).toBe("weightedSum을"); // 웨이티드섬
    expect(josa("key", "과/와")).toBe("key와"); // 키
    expect(josa("encoder", "으로/로")).toBe("encoder로"); // 인코더
    expect(josa("additive", "은/는")).toBe("additive는"); // 애디티브
  });
  it("a given reading overrides spelling", () => {
    expect(josa("cosine", "은/는", "코사인")).toBe("cosine은");
    expect(particle("tanh", "이/가", "탄에이치")).toBe("가");
  });
});

describe("subscripts and superscripts", () => {
  it("subscript digits as numbers", () => {
    expect(josa("s₁", "은/는")).toBe("s₁은"); // 에스 일
    expect(josa("s₂", "은/는")).toBe("s₂는"); // 에스 이
    expect(josa("h₃", "이/가")).toBe("h₃이"); // 에이치 삼
    expect(josa("h₁₀", "과/와")).toBe("h₁₀과"); // 에이치 십
    expect(josa("x²", "을/를")).toBe("x²를"); // 엑스 이
  });
  it("written subscripts by their last letter or number", () => {
    expect(josa("h_j", "은/는")).toBe("h_j는"); // 에이치 제이
    expect(josa("s_i", "을/를")).toBe("s_i를"); // 에스 아이
    expect(josa("s_{i-1}", "은/는")).toBe("s_{i-1}은"); // 에스 아이 빼기 일
    expect(josa("e_{ij}", "이/가")).toBe("e_{ij}가"); // 이 아이제이
    expect(josa("W_m", "과/와")).toBe("W_m과"); // 더블유 엠
    expect(josa("h_{10}", "은/는")).toBe("h_{10}은"); // 에이치 십
    expect(josa("sᵢ", "은/는")).toBe("sᵢ는"); // 에스 아이
  });
});

describe("what is not read is skipped", () => {
  it("quotes, brackets and punctuation after the value", () => {
    expect(josa("“2000”", "과/와")).toBe("“2000”과");
    expect(josa("“2018”", "은/는")).toBe("“2018”은");
    expect(josa('"0"', "이/가")).toBe('"0"이');
    expect(josa("「쿼리」", "을/를")).toBe("「쿼리」를");
    expect(josa("‘값’", "으로/로")).toBe("‘값’으로");
    expect(josa("(s₁)", "은/는")).toBe("(s₁)은");
    expect(josa("“2026년 11월 24일”", "을/를")).toBe("“2026년 11월 24일”을");
  });
  it("code to its end: a call by its last argument, an index by the index", () => {
    expect(josa("fixedVector(model, input)", "은/는")).toBe("fixedVector(model, input)은"); // 인풋
    expect(josa("weightedSum(weights, values)", "을/를")).toBe("weightedSum(weights, values)를"); // 밸류스
    expect(josa("decode(s0, length, step)", "은/는")).toBe("decode(s0, length, step)은"); // 스텝
    expect(josa("Math.exp(1000)", "은/는")).toBe("Math.exp(1000)은"); // 천
    expect(josa("step(query)", "은/는")).toBe("step(query)는"); // 쿼리
    expect(josa("W[r]", "이/가")).toBe("W[r]이"); // 더블유 알
  });
  it("Greek letters by their names", () => {
    expect(josa("τ", "은/는")).toBe("τ는"); // 타우
    expect(josa("α", "이/가")).toBe("α가"); // 알파
    expect(josa("ε", "을/를")).toBe("ε을"); // 엡실론
  });
});

describe("particle alone", () => {
  it("returns only the fitting form", () => {
    expect(particle("2018", "과/와")).toBe("과");
    expect(particle("2024", "과/와")).toBe("와");
    expect(particle("24일", "으로/로")).toBe("로");
  });
});

describe("written text: a particle after one of the course's terms agrees with it", () => {
  // Found reading ch03 as a student: 「하드 조회과 같다」 and 「하드 조회은」, left over when 룩업 became
  // 조회. The rule is checked here from the syllable itself (a final consonant or not), not with
  // josa(), so that a slip in either one shows.
  const terms = [
    "조회",
    "쿼리",
    "키",
    "값",
    "벡터",
    "스코어",
    "가중치",
    "소프트맥스",
    "어텐션",
    "디코더",
    "인코더",
    "토큰",
    "모델",
    "함수",
    "상태",
    "행렬",
    "입력",
    "출력",
    "시점",
    "예측",
    "퀴즈",
    "문제",
    "라이브러리",
    "위젯",
    "셀",
    "코드",
    "파일",
    "페이지",
    "날짜",
    "문자열",
    "배열",
    "차원",
    "온도",
    "내적",
  ];
  const consonantForm: Record<string, boolean> = {
    은: true,
    이: true,
    을: true,
    과: true,
    는: false,
    가: false,
    를: false,
    와: false,
  };
  const files = [...globSync("content/**/*.{ts,mdx,yml}"), ...globSync("src/**/*.{ts,astro}")];
  it("in every content and source file", () => {
    expect(files.length).toBeGreaterThan(50);
    const wrong: string[] = [];
    const pattern = new RegExp(`(?<![가-힣])(${terms.join("|")})(은|는|이|가|을|를|과|와)(?![가-힣])`, "g");
    for (const file of files) {
      readFileSync(file, "utf8")
        .split("\n")
        .forEach((line, k) => {
          for (const m of line.matchAll(pattern)) {
            const last = m[1].charCodeAt(m[1].length - 1);
            const hasFinal = (last - 0xac00) % 28 !== 0;
            if (consonantForm[m[2]] !== hasFinal) wrong.push(`${file}:${k + 1}: ${m[0]}`);
          }
        });
    }
    expect(wrong).toEqual([]);
  });
});
