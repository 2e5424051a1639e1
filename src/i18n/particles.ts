/**
 * Korean particles (조사) after an inserted value, chosen by how the value's last sound is read
 * aloud: 「쿼리 “2018”과」, 「s₁은」, 「h_j는」, 「“2026년 11월 24일”을」. Pure: no DOM, usable from
 * widgets, figures, components, exercise messages and the kernel.
 *
 * How the end of a value is read:
 * - Trailing quotes, brackets and punctuation are skipped: 「“2000”」 is read as 2000.
 * - Code is read to its end like anything else, so a call ends in its last argument:
 *   `weightedSum(weights, values)` 밸류스, `fixedVector(model, input)` 인풋, `W[r]` 알.
 * - Hangul by its final consonant (받침). For (으)로, a ㄹ받침 takes 로 (「서울로」).
 * - A number by its last nonzero place, as Sino-Korean numbers are read: 1 일, 2 이, 3 삼, 4 사,
 *   5 오, 6 육, 7 칠, 8 팔, 9 구, 0 영; a number ending in zeros by its last nonzero place
 *   (10 십, 20 이십, 100 백, 2000 이천, 10000 만, 100000000 억); a decimal by its last digit
 *   (0.25 오, 1.0 영). Thousands separators are ignored (1,000 천).
 * - Subscripts and superscripts (s₁, x², `h_j`, `s_{i-1}`) by what is written last, a letter by
 *   its name and a digit as a number: s₁ 일, x² 이, h_j 제이, s_{i-1} 일, h_{10} 십.
 * - A single Latin letter, or an all-capital abbreviation, letter by letter in its Korean name
 *   (s 에스, h 에이치, l 엘, m 엠, n 엔, r 알, GRU 유, RNN 엔).
 * - Any other Latin word (at least two letters, not all capitals) by a rule on its spelling that
 *   follows how Korean writes English loanwords: it ends in ㄹ after l, ll or a consonant + le
 *   (general 제너럴, table 테이블); in a consonant after m, n, ng, and after p, t, k
 *   right behind a single vowel letter (dot 닷, concat 캣, map 맵); a final r after a vowel is silent (InfinityWar 워, encoder 더); everything else ends in a
 *   vowel (x 스, s 스, d 드, ch 치, st 스트, key 키, Bahdanau 나우, attend 드). Spelling cannot see a
 *   silent e (cosine 코사인): pass the reading as the third argument where it matters.
 * - Greek letters by their Korean names (τ 타우, σ 시그마, α 알파 end in a vowel; ε 엡실론 does
 *   not). Anything else (other symbols, an empty string) is treated as ending in a vowel.
 */

/** A particle pair, written consonant-form / vowel-form. */
export type Particle = "은/는" | "이/가" | "을/를" | "과/와" | "으로/로" | "이에요/예요" | "이다/다";

/** How a value ends when read aloud. `rieul` is a final ㄹ (it takes 로, not 으로). */
export type Ending = "vowel" | "consonant" | "rieul";

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;
/** Index of the final consonant ㄹ among the 28 finals (0 = none). */
const FINAL_RIEUL = 8;

const SKIPPED = /["'“”‘’「」『』《》〈〉()[\]{}<>.,!?;:…·\s\u200b]/u;

const SUBSCRIPTS: Record<string, string> = {
  "₀": "0",
  "₁": "1",
  "₂": "2",
  "₃": "3",
  "₄": "4",
  "₅": "5",
  "₆": "6",
  "₇": "7",
  "₈": "8",
  "₉": "9",
  "⁰": "0",
  "¹": "1",
  "²": "2",
  "³": "3",
  "⁴": "4",
  "⁵": "5",
  "⁶": "6",
  "⁷": "7",
  "⁸": "8",
  "⁹": "9",
  ᵢ: "i",
  ⱼ: "j",
  ₜ: "t",
  ₙ: "n",
  ₖ: "k",
  ⁿ: "n",
  ⁱ: "i",
};

/** Korean names of the Latin letters: how each ends (A 에이, B 비, … L 엘, M 엠, N 엔, R 알). */
const LETTER_END: Record<string, Ending> = {
  a: "vowel", // 에이
  b: "vowel", // 비
  c: "vowel", // 시
  d: "vowel", // 디
  e: "vowel", // 이
  f: "vowel", // 에프
  g: "vowel", // 지
  h: "vowel", // 에이치
  i: "vowel", // 아이
  j: "vowel", // 제이
  k: "vowel", // 케이
  l: "rieul", // 엘
  m: "consonant", // 엠
  n: "consonant", // 엔
  o: "vowel", // 오
  p: "vowel", // 피
  q: "vowel", // 큐
  r: "rieul", // 알
  s: "vowel", // 에스
  t: "vowel", // 티
  u: "vowel", // 유
  v: "vowel", // 브이
  w: "vowel", // 더블유
  x: "vowel", // 엑스
  y: "vowel", // 와이
  z: "vowel", // 제트
};

/** Greek letters by their Korean names; those not listed end in a vowel (α 알파, τ 타우, σ 시그마). */
const GREEK_END: Record<string, Ending> = {
  ε: "consonant", // 엡실론
  ϵ: "consonant", // 엡실론
  ν: "vowel", // 뉴
  ξ: "vowel", // 크시
  ο: "consonant", // 오미크론
  υ: "consonant", // 입실론
};

/** Last sound of the Sino-Korean reading of each digit: 영 일 이 삼 사 오 육 칠 팔 구. */
const DIGIT_END: Ending[] = [
  "consonant", // 영
  "rieul", // 일
  "vowel", // 이
  "consonant", // 삼
  "vowel", // 사
  "vowel", // 오
  "consonant", // 육
  "rieul", // 칠
  "rieul", // 팔
  "vowel", // 구
];

/** Place names by the number of trailing zeros: 십 백 천 만 (then 십만 … and 억, 조). */
const PLACE_END: Ending[] = [
  "consonant", // 십 (10)
  "consonant", // 백 (100)
  "consonant", // 천 (1000)
  "consonant", // 만 (10000)
  "consonant", // 십만
  "consonant", // 백만
  "consonant", // 천만
  "consonant", // 억
  "consonant", // 십억
  "consonant", // 백억
  "consonant", // 천억
  "vowel", // 조 (10^12)
];

function hangulEnding(ch: string): Ending {
  const final = (ch.codePointAt(0)! - HANGUL_FIRST) % 28;
  if (final === 0) return "vowel";
  return final === FINAL_RIEUL ? "rieul" : "consonant";
}

/** The ending of a run of digits (commas removed) that may carry a decimal part. */
function numberEnding(digits: string): Ending {
  if (digits.includes(".")) {
    const last = digits[digits.length - 1]!;
    return DIGIT_END[Number(last)]!;
  }
  const trimmed = digits.replace(/^0+(?=\d)/, "");
  const zeros = trimmed.length - trimmed.replace(/0+$/, "").length;
  if (zeros === 0 || zeros === trimmed.length) return DIGIT_END[Number(trimmed[trimmed.length - 1])]!;
  // 만, 억, 조 groups: 10^4 → 만, 10^8 → 억, 10^12 → 조; the places between read 십·백·천 of them.
  return PLACE_END[Math.min(zeros, PLACE_END.length) - 1]!;
}

/** A Latin word that is not an abbreviation, read by the loanword rule in the header. */
function wordEnding(word: string): Ending {
  const w = word.toLowerCase();
  if (/l$/.test(w) || /[^aeiou]le$/.test(w)) return "rieul";
  if (/[aeiou]r$/.test(w)) return "vowel";
  if (/(m|n|ng)$/.test(w)) return "consonant";
  if (/(^|[^aeiou])[aeiou][ptk]$/.test(w)) return "consonant";
  return "vowel";
}

function latinEnding(run: string): Ending {
  const isAbbreviation = run.length === 1 || run === run.toUpperCase();
  if (isAbbreviation) return LETTER_END[run[run.length - 1]!.toLowerCase()]!;
  return wordEnding(run);
}

/** How `value` ends when read aloud in Korean (see the module comment for the rules). */
export function ending(value: string | number): Ending {
  // Subscript and superscript characters are read as the characters they stand for.
  let s = Array.from(String(value), (ch) => SUBSCRIPTS[ch] ?? ch).join("");
  // Drop what is not read: trailing quotes, brackets, punctuation, spaces.
  let end = s.length;
  while (end > 0 && SKIPPED.test(s[end - 1]!)) end--;
  s = s.slice(0, end);
  if (s === "") return "vowel";
  const last = s[s.length - 1]!;
  const code = last.codePointAt(0)!;
  if (code >= HANGUL_FIRST && code <= HANGUL_LAST) return hangulEnding(last);
  const number = /\d[\d,]*(?:\.\d+)?$/.exec(s);
  if (number) return numberEnding(number[0].replace(/,/g, ""));
  const latin = /[A-Za-z]+$/.exec(s);
  if (latin) {
    // A subscript or superscript (`h_j`, `W_{ij}`, `x^n`) is read letter by letter: 제이, 엔.
    if (/[_^]\{?$/.test(s.slice(0, latin.index))) return LETTER_END[last.toLowerCase()]!;
    return latinEnding(latin[0]);
  }
  return GREEK_END[last] ?? "vowel";
}

const FORMS: Record<Particle, [consonant: string, vowel: string]> = {
  "은/는": ["은", "는"],
  "이/가": ["이", "가"],
  "을/를": ["을", "를"],
  "과/와": ["과", "와"],
  "으로/로": ["으로", "로"],
  "이에요/예요": ["이에요", "예요"],
  "이다/다": ["이다", "다"],
};

/**
 * The form of `pair` that fits after `value`: `particle("2018", "과/와")` → "과". When spelling
 * cannot tell how a word is read, pass its Korean reading: `particle("cosine", "은/는", "코사인")`.
 */
export function particle(value: string | number, pair: Particle, reading?: string): string {
  const end = ending(reading ?? value);
  const [consonant, vowel] = FORMS[pair];
  if (pair === "으로/로") return end === "consonant" ? consonant : vowel;
  return end === "vowel" ? vowel : consonant;
}

/** `value` followed by the fitting particle: `josa("2018", "과/와")` → "2018과". */
export function josa(value: string | number, pair: Particle, reading?: string): string {
  return `${value}${particle(value, pair, reading)}`;
}
