/**
 * What the build writes for the reader, in both languages: the name of a chapter table's
 * scrolling region (rehype-tables.ts) and the installed app's description (postbuild.ts).
 */
import { defineStrings } from "../i18n/lang.ts";

export const strings = defineStrings({
  ko: { table: "표", course: "어텐션 메커니즘을 직접 움직여 보며 배우는 강좌" },
  en: { table: "Table", course: "An interactive course on attention" },
});
