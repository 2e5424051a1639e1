import { getCollection, type CollectionEntry } from "astro:content";
import type { Lang } from "../i18n/index.ts";

export type Chapter = CollectionEntry<"chapters">;

/** `ko/01-dictionary` → `01-dictionary`. */
export function slugOf(entry: Chapter): string {
  return entry.id.split("/").slice(1).join("/");
}

/** The chapters of one edition, in course order. */
export async function chaptersIn(lang: Lang): Promise<Chapter[]> {
  const all = await getCollection("chapters", (entry) => entry.id.startsWith(`${lang}/`));
  return all.sort((a, b) => a.data.order - b.data.order);
}

export function chapterPath(lang: Lang, slug: string): string {
  return `/${lang}/chapters/${slug}/`;
}
