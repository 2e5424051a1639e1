/**
 * Reader markup — a chart or any element-like value that the reader's code (or a stranger's, from
 * a share link) returned — is untrusted. Before it reaches the page it is cleaned by DOMPurify
 * with an allow-list of what Observable Plot and simple hand-made drawings use, and then drawn in
 * a shadow root of its own, so that what is left can style only itself. Loaded on first use (the
 * first element output), through reader-output.ts.
 *
 * What never survives: anything that navigates, loads or submits (meta, base, link, form and its
 * controls, iframe, object, embed, portal, script, SVG animation, foreignObject, MathML); any link
 * address; other addresses unless a same-document `#fragment` (for images: a data: image);
 * `target`; event handlers; CSS that loads (`url()` other than `#fragment`, `image-set()`,
 * `@import`, `@font-face`), reaches out of the output (`:host`) or pins itself to the screen
 * (`position: fixed | sticky`).
 */
import DOMPurify from "dompurify";

/**
 * Elements kept, each for something a chart draws:
 * - `svg g path rect circle line text tspan`: every Plot mark, axis and label (Plot draws only
 *   these shapes); `ellipse polyline polygon` for simple hand-drawn SVG;
 * - `title desc`: Plot's `title` channel (a tooltip per mark) and accessible descriptions;
 * - `defs clippath marker lineargradient radialgradient stop pattern mask`: Plot's `clip` option
 *   (clipPath), arrow markers on lines and links, and fills that refer to a gradient or pattern;
 * - `image`: Plot's image mark and colour-ramp legends (data: images only, see below);
 * - `a`: Plot wraps marks in a link for its `href` channel (kept as a group, without its address);
 * - `style`: Plot's own default styles (`:where(.plot-…)`), cleaned by `cleanCss`;
 * - `figure figcaption h2 h3 div span`: Plot's figure with title, subtitle, caption and legend
 *   swatches; `p b i strong em code br sub sup small` for text around a drawing.
 */
const TAGS = [
  "svg",
  "g",
  "path",
  "rect",
  "circle",
  "ellipse",
  "line",
  "polyline",
  "polygon",
  "text",
  "tspan",
  "title",
  "desc",
  "defs",
  "clippath",
  "marker",
  "lineargradient",
  "radialgradient",
  "stop",
  "pattern",
  "mask",
  "image",
  "a",
  "style",
  "figure",
  "figcaption",
  "h2",
  "h3",
  "div",
  "span",
  "p",
  "b",
  "i",
  "strong",
  "em",
  "code",
  "br",
  "sub",
  "sup",
  "small",
];

/**
 * Attributes kept (names as DOMPurify compares them, lower case):
 * - geometry of the shapes and the drawing: `x y x1 y1 x2 y2 cx cy r rx ry dx dy d points width
 *   height viewbox transform preserveaspectratio`;
 * - how marks are painted, as Plot writes them (presentation attributes): `fill fill-opacity
 *   fill-rule stroke stroke-width stroke-opacity stroke-dasharray stroke-dashoffset stroke-linecap
 *   stroke-linejoin stroke-miterlimit opacity paint-order mix-blend-mode shape-rendering
 *   image-rendering vector-effect pointer-events clip-path clip-rule mask`;
 * - text: `font-family font-size font-weight font-style font-variant text-anchor
 *   dominant-baseline letter-spacing`;
 * - markers and gradients: `marker-start marker-mid marker-end markerwidth markerheight
 *   markerunits refx refy orient offset stop-color stop-opacity gradientunits gradienttransform
 *   patternunits patterncontentunits maskunits clippathunits`;
 * - references inside the drawing: `id` (what `url(#id)` and `#id` point at; it lives in the
 *   output's own shadow root), `href` and `xlink:href` (checked by `keepAddress`);
 * - `class` and `style` (Plot's class names and its `style` option; styles cleaned by `cleanStyle`);
 * - accessibility: `role aria-label aria-description aria-hidden`.
 */
const ATTRIBUTES = [
  "x",
  "y",
  "x1",
  "y1",
  "x2",
  "y2",
  "cx",
  "cy",
  "r",
  "rx",
  "ry",
  "dx",
  "dy",
  "d",
  "points",
  "width",
  "height",
  "viewbox",
  "transform",
  "preserveaspectratio",
  "fill",
  "fill-opacity",
  "fill-rule",
  "stroke",
  "stroke-width",
  "stroke-opacity",
  "stroke-dasharray",
  "stroke-dashoffset",
  "stroke-linecap",
  "stroke-linejoin",
  "stroke-miterlimit",
  "opacity",
  "paint-order",
  "mix-blend-mode",
  "shape-rendering",
  "image-rendering",
  "vector-effect",
  "pointer-events",
  "clip-path",
  "clip-rule",
  "mask",
  "font-family",
  "font-size",
  "font-weight",
  "font-style",
  "font-variant",
  "text-anchor",
  "dominant-baseline",
  "letter-spacing",
  "marker-start",
  "marker-mid",
  "marker-end",
  "markerwidth",
  "markerheight",
  "markerunits",
  "refx",
  "refy",
  "orient",
  "offset",
  "stop-color",
  "stop-opacity",
  "gradientunits",
  "gradienttransform",
  "patternunits",
  "patterncontentunits",
  "maskunits",
  "clippathunits",
  "id",
  "href",
  "xlink:href",
  "class",
  "style",
  "role",
  "aria-label",
  "aria-description",
  "aria-hidden",
];

/** Attributes that are plain words, not CSS values. */
const WORDS = new Set(["id", "class", "role", "aria-label", "aria-description", "aria-hidden"]);

/** Attributes that hold an address: all that may be in them is checked by `keepAddress`. */
const ADDRESS = new Set(["href", "xlink:href", "src", "srcset", "action", "formaction", "data", "poster"]);

/**
 * Images that a drawing may carry inside itself (Plot's ramp legends are data: PNGs). A blob:
 * image made by the reader's code belongs to the sandbox's opaque origin: the page cannot show
 * it, and DOMPurify drops it.
 */
const INLINE_IMAGE = /^data:image\/(?:png|gif|jpeg|webp|avif|svg\+xml)[;,]/i;

/**
 * Is `value` an address the output may keep on `tag`? An inline image on `image`, or a
 * same-document `#fragment` on anything but a link: a link to a fragment would only replace the
 * page's own address (and with it a share link) with `#…`, since the fragment cannot point into
 * the output's shadow root anyway.
 */
function keepAddress(tag: string, value: string): boolean {
  const v = value.replace(/[\s\p{Cc}]+/gu, "");
  if (tag === "image") return INLINE_IMAGE.test(v);
  return tag !== "a" && /^#[^#]*$/.test(v);
}

/** CSS escapes undone (`u\72l(` is `url(`), so what a value loads can be seen in it. */
const unescapeCss = (s: string) =>
  s.replace(/\\([0-9a-f]{1,6})\s?|\\(.)/gi, (_, hex: string | undefined, ch: string | undefined) =>
    hex ? String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff) || 0xfffd) : (ch ?? ""),
  );

/**
 * A CSS value that would load something (any `url()` but a same-document `#fragment`,
 * `image-set()` and its kin, which take plain strings) or that hides something from this check
 * (an escape, markup).
 */
function loads(value: string): boolean {
  if (/[\\<]/.test(value)) return true;
  const rest = value.replace(/url\(\s*(["']?)#[^"'()\s]*\1\s*\)/gi, "");
  return /url\(|image-set\(|image\(|cross-fade\(|element\(|src\(|paint\(|expression\(/i.test(rest);
}

/** Drop from a declaration block what loads, or pins the output over the page. */
function cleanDeclarations(style: CSSStyleDeclaration): void {
  for (const name of [...Array.from({ length: style.length }, (_, i) => style[i])]) {
    const value = style.getPropertyValue(name);
    if (
      loads(value) ||
      (name === "position" && /fixed|sticky/i.test(value)) ||
      /binding|behavior/i.test(name)
    )
      style.removeProperty(name);
  }
}

/** A `style` attribute, cleaned (empty: drop the attribute). */
export function cleanStyle(text: string): string {
  const probe = document.createElement("div");
  probe.style.cssText = text;
  cleanDeclarations(probe.style);
  return probe.style.cssText;
}

/**
 * A `<style>` element's text, cleaned: parsed by the browser (which drops `@import` in a
 * constructed sheet), keeping only plain style rules (and `@media` around them) whose selectors
 * stay inside the output, each with its declarations cleaned.
 */
export function cleanCss(text: string): string {
  if (typeof CSSStyleSheet === "undefined" || !("replaceSync" in CSSStyleSheet.prototype)) return "";
  const sheet = new CSSStyleSheet();
  try {
    sheet.replaceSync(text.replace(/@import[^;]*;?/gi, ""));
  } catch {
    return "";
  }
  const clean = (rules: CSSRuleList): string[] =>
    [...rules].flatMap((rule) => {
      if (rule instanceof CSSStyleRule) {
        if (/:host|::part|::slotted/i.test(rule.selectorText)) return [];
        const nested = (rule as CSSStyleRule & { cssRules?: CSSRuleList }).cssRules;
        while (nested && nested.length > 0) rule.deleteRule(0);
        cleanDeclarations(rule.style);
        return [`${rule.selectorText}{${rule.style.cssText}}`];
      }
      if (rule instanceof CSSMediaRule)
        return [`@media ${rule.conditionText}{${clean(rule.cssRules).join("")}}`];
      return []; // @font-face, @keyframes, @property, @layer, @namespace, @import…: nothing a chart needs
    });
  const out = clean(sheet.cssRules).join("\n");
  return /[<\\]/.test(out) ? "" : out;
}

let hooked = false;
function hook(): void {
  if (hooked) return;
  hooked = true;
  DOMPurify.addHook("uponSanitizeElement", (node, data) => {
    if (data.tagName === "style" && node.textContent) node.textContent = cleanCss(node.textContent);
  });
  DOMPurify.addHook("uponSanitizeAttribute", (node, data) => {
    const name = data.attrName.toLowerCase();
    const tag = node.nodeName.toLowerCase();
    if (ADDRESS.has(name) || name.endsWith(":href")) {
      if (!keepAddress(tag, data.attrValue)) data.keepAttr = false;
    } else if (name === "style") {
      data.attrValue = cleanStyle(data.attrValue);
      if (!data.attrValue) data.keepAttr = false;
    } else if (!WORDS.has(name) && loads(unescapeCss(data.attrValue))) {
      // Presentation attributes are CSS values too: `fill="url(https://…)"` would load.
      data.keepAttr = false;
    }
  });
}

const CONFIG = {
  ALLOWED_TAGS: TAGS,
  ALLOWED_ATTR: ATTRIBUTES,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ALLOW_SELF_CLOSE_IN_ATTR: false,
};

/** Reader markup, cleaned, as nodes of this document (never parsed into the live page). */
export function cleanMarkup(html: string): DocumentFragment {
  hook();
  return DOMPurify.sanitize(html, { ...CONFIG, RETURN_DOM_FRAGMENT: true });
}

/**
 * The output's own boundary: the host keeps its contents inside its box (a fixed or absolute
 * element is placed and clipped within it); a chart is as wide as the output at most, and a
 * Plot figure starts at the output's edge with its title and subtitle set close. Its caption
 * reads like every other caption on the page (global.css's figcaption: softer, smaller), as it
 * did before outputs were isolated; the page's colours reach the shadow root as inherited
 * custom properties.
 */
const OWN_CSS = `:host{display:block;contain:content;overflow:clip;position:relative}
svg{max-width:100%;height:auto}
figure{margin:0}
h2,h3{margin:.8em 0 .5em;line-height:1.3}
figcaption{color:var(--fg-soft);font-size:.92rem;margin-top:.4rem}`;

/** Draw reader markup in `host`, inside a shadow root of its own (replacing what was there). */
export function isolate(host: HTMLElement, html: string): void {
  const root = host.shadowRoot ?? host.attachShadow({ mode: "open" });
  const own = document.createElement("style");
  own.textContent = OWN_CSS;
  root.replaceChildren(own, cleanMarkup(html));
}
