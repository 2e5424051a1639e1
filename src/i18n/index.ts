/**
 * UI strings, one shape for all of them.
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
import { ko } from "./ko.ts";
import { en } from "./en.ts";

export const languages = ["ko", "en"] as const;
/** The site's two editions. */
export type Lang = (typeof languages)[number];
export type UiKey = keyof typeof ko;

/** Strings in both languages with the same keys; `S[lang]` is one language's set. */
export type Strings<K> = Readonly<Record<Lang, K>>;

/**
 * Declares a set of strings in both languages. The Korean set fixes the keys and their types;
 * the English set must match it exactly (checked by the type checker).
 */
export function defineStrings<K extends object>(strings: { ko: K; en: NoInfer<K> }): Strings<K> {
  return strings;
}

const strings = defineStrings<Record<UiKey, string>>({ ko, en });

/** Fills the `{name}` placeholders of `template` from `vars` (a missing one becomes empty). */
export function format(template: string, vars: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_m, k: string) => String(vars[k] ?? ""));
}

/** The UI string `key` in language `lang`, with its `{name}` placeholders filled from `vars`. */
export function t(lang: Lang, key: UiKey, vars?: Readonly<Record<string, string | number>>): string {
  return vars ? format(strings[lang][key], vars) : strings[lang][key];
}

/** In the browser: the page's language, from `<html lang>` (which the route sets). */
export function pageLang(): Lang {
  return document.documentElement.lang === "en" ? "en" : "ko";
}

/** The other edition's language. */
export function otherLang(lang: Lang): Lang {
  return lang === "ko" ? "en" : "ko";
}

/** A site-internal URL with the configured base path in front (`/ko/` → `/base/ko/`). */
export function url(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, "");
  return `${base}${path.startsWith("/") ? path : `/${path}`}`;
}
