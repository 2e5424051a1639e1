import { defineCollection } from "astro:content";
import { file, glob } from "astro/loaders";
import { z } from "astro/zod";

/** One chapter of the course; `ko/NN-slug.mdx` and `en/NN-slug.mdx` are twins. */
const chapters = defineCollection({
  loader: glob({ pattern: "{ko,en}/*.mdx", base: "./content/chapters" }),
  schema: z.object({
    title: z.string().min(1),
    /** Position in the course, 0 for the opening chapter. */
    order: z.number().int().min(0),
    /** One or two sentences for the table of contents and the page description. */
    summary: z.string().min(1),
    /** Which steps of the lecture (1–8) this chapter covers; empty for opening/closing chapters. */
    lectureSteps: z.array(z.number().int().min(1).max(8)).default([]),
    /** What the reader will be able to do afterwards (the skeleton's "what you will learn"). */
    goals: z.array(z.string()).min(1),
  }),
});

/** One glossary entry; `ko.yml` and `en.yml` list the same ids in the same order. */
const glossaryEntry = z.object({
  term: z.string().min(1),
  /** LaTeX, rendered with KaTeX; empty when the term has no symbol. */
  symbol: z.string(),
  definition: z.string().min(1),
  /** Slug of the chapter that introduces the term. */
  chapter: z.string().regex(/^\d\d-[a-z0-9-]+$/),
  /** Other names a student may meet elsewhere. */
  variants: z.array(z.string()).default([]),
  /**
   * The variants this course never uses: tests/content/terms.test.ts fails when one appears in
   * text a reader sees. Each is also listed in `variants`, so the glossary can still name it.
   */
  avoid: z.array(z.string()).default([]),
  /** Words that contain an avoided variant but mean something else ("string" beside "character"). */
  allow: z.array(z.string()).default([]),
});

const glossarySchema = glossaryEntry.refine((e) => e.avoid.every((v) => e.variants.includes(v)), {
  message: "every avoided variant must also be listed in variants",
  path: ["avoid"],
});
const glossaryKo = defineCollection({ loader: file("content/glossary/ko.yml"), schema: glossarySchema });
const glossaryEn = defineCollection({ loader: file("content/glossary/en.yml"), schema: glossarySchema });

export const collections = { chapters, glossaryKo, glossaryEn };
