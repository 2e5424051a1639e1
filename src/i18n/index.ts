import { ko } from "./ko.ts";
import { en } from "./en.ts";

export const languages = ["ko", "en"] as const;
export type Lang = (typeof languages)[number];
export type UiKey = keyof typeof ko;

const strings: Record<Lang, Record<UiKey, string>> = { ko, en };

/** The UI string `key` in language `lang`. */
export function t(lang: Lang, key: UiKey): string {
  return strings[lang][key];
}

/** The UI string `key` with its `{name}` placeholders filled from `vars`. */
export function format(lang: Lang, key: UiKey, vars: Record<string, string | number> = {}): string {
  return t(lang, key).replace(/\{(\w+)\}/g, (_m, k: string) => String(vars[k] ?? ""));
}

export function isLang(value: string | undefined): value is Lang {
  return value === "ko" || value === "en";
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
