/**
 * The only list of the course's live widgets, in the order the gallery shows them. Everything
 * else derives from it: the MDX components chapters use (`components.ts`), the gallery page
 * (`/[lang]/widgets/`), the client that starts each widget when it scrolls into view, and the
 * browser tests.
 *
 * A widget is a folder `src/widgets/<name>/` holding `<Name>.astro` (its name in PascalCase: the
 * tag chapters write, `<SoftLookup />`) and `widget.ts` (its definition, shared/widget.ts: drawn
 * by the component at build time, started in the page on first view).
 * Adding one: write the folder, then add its name here.
 */
export const widgets = [
  "dictionary-lookup",
  "soft-lookup",
  "encoder-states",
  "decoder-query",
  "alignment-heatmap",
  "concatenation",
  "train-model",
  "length-accuracy",
  "model-walkthrough",
] as const;

export type WidgetName = (typeof widgets)[number];

/** The component's name, as chapters write it in MDX: `soft-lookup` → `SoftLookup`. */
export function componentName(name: WidgetName): string {
  return name.replace(/(^|-)([a-z])/g, (_m, _dash: string, c: string) => c.toUpperCase());
}
