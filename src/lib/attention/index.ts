/**
 * The attention library: the public surface that chapters, cells and widgets use.
 * Pure TypeScript: no DOM, no Astro, no Plot, no notebook runtime.
 */
export {};
