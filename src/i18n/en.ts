import type { ko } from "./ko.ts";

/** English UI strings: the same keys as ko.ts. */
export const en: Record<keyof typeof ko, string> = {
  "site.title": "Attention, live",
  "site.tagline": "Learn the attention mechanism by moving it with your own hands",
  "site.description":
    "An interactive course on attention, from query, key and value to Bahdanau attention — every example runs and can be edited in your browser.",
  "nav.home": "Contents",
  "nav.skip": "Skip to content",
  "nav.chapters": "Chapters",
  "nav.prev": "Previous",
  "nav.next": "Next",
  "nav.main": "Main menu",
  "nav.chapterNav": "Chapter navigation",
  "lang.switch": "한국어",
  "lang.switchLabel": "Read this page in Korean",
  "lang.name": "English",
  "theme.dark": "Dark mode",
  "home.toc": "Contents",
  "home.intro":
    "This course follows the core ideas of attention in eight steps. Every figure can be moved, and every piece of code can be edited and run again.",
  "home.lectureSteps": "Lecture steps",
  "chapter.goals": "What you will learn",
  "chapter.lectureStep": "Lecture step",
  "chapter.of": "of",
  "pick.title": "Choose a language · 언어를 고르세요",
  "pick.remember": "Your choice is remembered in this browser.",
  "chart.caption": "Figure",
  "footer.note": "Attention, live — a course on attention that runs in your browser.",
};
