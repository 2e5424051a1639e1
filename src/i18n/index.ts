/** The site's UI catalogue (`ko.ts`, `en.ts`) and URLs; the shape of all strings is in lang.ts. */
import { ko } from "./ko.ts";
import { en } from "./en.ts";
import { defineStrings, format, type Lang } from "./lang.ts";

export * from "./lang.ts";
export type UiKey = keyof typeof ko;

const strings = defineStrings<Record<UiKey, string>>({ ko, en });

/** The UI string `key` in language `lang`, with its `{name}` placeholders filled from `vars`. */
export function t(lang: Lang, key: UiKey, vars?: Readonly<Record<string, string | number>>): string {
  return vars ? format(strings[lang][key], vars) : strings[lang][key];
}

/** A site-internal URL with the configured base path in front (`/ko/` → `/base/ko/`). */
export function url(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, "");
  return `${base}${path.startsWith("/") ? path : `/${path}`}`;
}
