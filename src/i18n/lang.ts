/**
 * UI strings, one shape for all of them. This file holds no strings, so browser code can import
 * it without the site catalogue; `index.ts` adds the catalogue (`t`) and re-exports all of this.
 *
 * - The site's catalogue (`ko.ts`, `en.ts`, the same keys): `t(lang, "nav.home")`, with `{name}`
 *   placeholders filled from a third argument: `t(lang, "search.results", { n: 3 })`.
 * - A component's or widget's own strings, beside it in a `strings.ts`:
 *
 *   ```ts
 *   export const strings = defineStrings({
 *     ko: { title: "소프트 조회", found: (n: number) => `키 ${n}개를 찾았습니다` },
 *     en: { title: "Soft lookup", found: (n: number) => `found ${n} keys` },
 *   });
 *   strings[lang].found(3);
 *   ```
 *
 *   `en` must have exactly `ko`'s keys, nested objects included, and each function the same
 *   arguments: a missing, extra or mistyped key is a type error, not a test failure.
 * - The language comes from the route (`Astro.params.lang` at build time) or, in the browser,
 *   from `pageLang()`; components do not take it as a prop from MDX.
 * - `format(template, vars)` is the one way to fill `{name}` placeholders.
 */

export const languages = ["ko", "en"] as const;
/** The site's two editions. */
export type Lang = (typeof languages)[number];

/** Each edition's locale, for `Intl` (dates the page writes out: 「12월 7일 월요일」, "Monday 7 December"). */
export const locales: Readonly<Record<Lang, string>> = { ko: "ko-KR", en: "en-GB" };

/** Strings in both languages with the same keys; `S[lang]` is one language's set. */
export type Strings<K> = Readonly<Record<Lang, K>>;

/**
 * Declares a set of strings in both languages. The Korean set fixes the keys and their types;
 * the English set must match it exactly (checked by the type checker).
 */
export function defineStrings<K extends object>(strings: { ko: K; en: NoInfer<K> }): Strings<K> {
  return strings;
}

/** Fills the `{name}` placeholders of `template` from `vars` (a missing one becomes empty). */
export function format(template: string, vars: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_m, k: string) => String(vars[k] ?? ""));
}

/** In the browser: the page's language, from `<html lang>` (which the route sets). */
export function pageLang(): Lang {
  return document.documentElement.lang === "en" ? "en" : "ko";
}

/** At build time: the language of the route being built (`/[lang]/…`), for any component on it. */
export function routeLang(params: Readonly<Record<string, string | undefined>>): Lang {
  const lang = params.lang;
  if (lang === "ko" || lang === "en") return lang;
  throw new Error(`this page's route has no [lang] (got ${String(lang)})`);
}

/** The other edition's language. */
export function otherLang(lang: Lang): Lang {
  return lang === languages[0] ? languages[1] : languages[0];
}
