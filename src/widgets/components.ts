// Build time: each widget's Astro component, found in its folder from the list in index.ts.
import type { AstroComponentFactory } from "astro/runtime/server/index.js";
import { componentName, widgets, type WidgetName } from "./index.ts";

const modules = import.meta.glob<AstroComponentFactory>("./*/*.astro", { eager: true, import: "default" });

/** The component of widget `name` (`./soft-lookup/SoftLookup.astro`); a missing file stops the build. */
export function widgetComponent(name: WidgetName): AstroComponentFactory {
  const file = `./${name}/${componentName(name)}.astro`;
  const component = modules[file];
  if (!component) throw new Error(`src/widgets/index.ts lists "${name}", but ${file} is missing`);
  return component;
}

/** Every widget by the name chapters use in MDX (`SoftLookup`). */
export const widgetComponents: Record<string, AstroComponentFactory> = Object.fromEntries(
  widgets.map((name) => [componentName(name), widgetComponent(name)]),
);
