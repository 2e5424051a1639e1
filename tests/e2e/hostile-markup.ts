/**
 * Hostile reader markup: cells whose output is markup that a stranger could send in a share link
 * to take over the reader's page (navigate the tab away, restyle or hide the course, lay a fake
 * sign-in over it, load something from elsewhere). Used by reader-markup.test.ts (Chromium, all
 * of them) and tests/engines/flows.ts (Firefox and WebKit, `engineSubset`).
 *
 * Every address a payload could load or go to has "leak" in it: a request or a navigation with
 * "leak" in its URL means the payload got out. Same-origin addresses (`own`) are there because
 * the page's CSP would stop an off-site load by itself: only the sanitizer stops those.
 */

export interface HostileMarkup {
  name: string;
  /** What it tries, in the issue's classes. */
  kind: "navigation" | "restyling" | "phishing" | "base" | "beacon" | "mutation";
  /** The cell's code (its last value is the markup). */
  code: (own: string) => string;
  /** Click every link and button the output shows (for payloads that act on a click). */
  click?: boolean;
}

const OFF = "https://example.org";
/** A cell whose value is element-like: `{ nodeType: 1, outerHTML }`, as a chart is. */
const element = (html: string) => `({ nodeType: 1, outerHTML: ${JSON.stringify(html)} })`;
const box = `<rect width="240" height="60" fill="tomato"/>`;

export const hostileMarkup: HostileMarkup[] = [
  // The tab leaves the course.
  {
    name: "meta refresh in HTML",
    kind: "navigation",
    code: () => element(`<div><meta http-equiv="refresh" content="0;url=${OFF}/leak-meta">chart</div>`),
  },
  {
    name: "meta refresh inside SVG",
    kind: "navigation",
    code: (own) => element(`<svg><meta http-equiv="refresh" content="0;url=${own}leak-svg-meta"/></svg>`),
  },
  {
    name: "meta refresh inside MathML",
    kind: "navigation",
    code: (own) =>
      element(`<math><mi><meta http-equiv="refresh" content="0;url=${own}leak-math-meta"></mi></math>`),
  },
  {
    name: "SVG animate sets a link's href",
    kind: "navigation",
    click: true,
    code: (own) =>
      element(
        `<svg width="240" height="60"><a href="#chart"><animate attributeName="href" values="${own}leak-animate" begin="0s" dur="0.01s" fill="freeze"/>${box}</a></svg>`,
      ),
  },
  {
    name: "SVG set changes xlink:href",
    kind: "navigation",
    click: true,
    code: (own) =>
      element(
        `<svg xmlns:xlink="http://www.w3.org/1999/xlink" width="240" height="60"><a xlink:href="#chart"><set attributeName="xlink:href" to="${own}leak-set"/>${box}</a></svg>`,
      ),
  },
  {
    name: "javascript: link",
    kind: "navigation",
    click: true,
    code: (own) =>
      element(`<svg width="240" height="60"><a href="javascript:location='${own}leak-js'">${box}</a></svg>`),
  },
  {
    name: "off-site link with target=_top",
    kind: "navigation",
    click: true,
    code: (own) => element(`<p><a href="${own}leak-top" target="_top">Continue reading</a></p>`),
  },
  {
    name: "off-site links in HTML and SVG, with a ping",
    kind: "navigation",
    click: true,
    code: (own) =>
      element(
        `<p><a href="${OFF}/leak-offsite" ping="${own}leak-ping">Read more</a></p><svg xmlns:xlink="http://www.w3.org/1999/xlink" width="240" height="60"><a xlink:href="${OFF}/leak-offsite-svg">${box}</a></svg>`,
      ),
  },
  {
    name: "Plot chart whose marks link away",
    kind: "navigation",
    click: true,
    code: (own) =>
      `Plot.barY([3, 1, 2], { href: () => ${JSON.stringify(`${own}leak-plot`)}, target: "_top" }).plot({ height: 120 })`,
  },
  // The page is restyled or hidden.
  {
    name: "<style> hides the course",
    kind: "restyling",
    code: () => element(`<div><style>body{visibility:hidden} h1{color:red!important}</style>chart</div>`),
  },
  {
    name: "<style> lays every output over the page",
    kind: "restyling",
    code: () =>
      element(
        `<div><style>[data-cell-output],.o-plot,div{position:fixed!important;inset:0;z-index:2147483647;background:white}</style>Session expired</div>`,
      ),
  },
  {
    name: "<style> inside SVG",
    kind: "restyling",
    code: () => element(`<svg><style>main,h1{opacity:0;transform:scale(0)}</style>${box}</svg>`),
  },
  {
    name: "@import of a style sheet",
    kind: "restyling",
    code: (own) =>
      element(
        `<div><style>@import url("${own}leak-import.css"); @import "${OFF}/leak-import2.css"; h1{color:red}</style>chart</div>`,
      ),
  },
  {
    name: ":has() selectors reach the page",
    kind: "restyling",
    code: () =>
      element(
        `<div><style>body:has(.o-plot) h1{display:none} :root:has(svg) main{filter:invert(1)}</style><svg>${box}</svg></div>`,
      ),
  },
  {
    name: ":host styles the output's box from inside",
    kind: "restyling",
    code: () =>
      element(
        `<div><style>:host{position:fixed!important;inset:0!important;z-index:2147483647!important;background:white!important}</style>Session expired</div>`,
      ),
  },
  {
    name: "fixed overlay through a style attribute",
    kind: "restyling",
    code: () =>
      element(
        `<div style="position:fixed;inset:0;z-index:2147483647;background:white;font-size:40px">Your session expired</div>`,
      ),
  },
  {
    name: "absolute overlay far outside the output",
    kind: "restyling",
    code: () =>
      element(
        `<div style="position:absolute;top:-3000px;left:0;width:100vw;height:9000px;z-index:2147483647;background:white"></div>`,
      ),
  },
  {
    name: "SVG pinned over the page",
    kind: "restyling",
    code: () =>
      element(
        `<svg style="position:fixed;top:0;left:0;width:100vw;height:100vh;z-index:2147483647"><rect width="100%" height="100%" fill="white"/></svg>`,
      ),
  },
  {
    name: "Plot's style option pins the chart",
    kind: "restyling",
    code: () =>
      `Plot.barY([3, 1, 2]).plot({ height: 120, style: { position: "fixed", inset: "0", zIndex: "2147483647", background: "white" } })`,
  },
  // A fake form in the course.
  {
    name: "sign-in form posting elsewhere",
    kind: "phishing",
    click: true,
    code: (own) =>
      element(
        `<form action="${own}leak-form" method="post" target="_top"><p>Sign in again</p><input name="user"><input name="password" type="password"><button>Sign in</button></form>`,
      ),
  },
  {
    name: "controls outside a form, with formaction",
    kind: "phishing",
    click: true,
    code: (own) =>
      element(
        `<div><input type="password" placeholder="Password"><button formaction="${own}leak-formaction">Continue</button><textarea>note</textarea><select><option>a</option></select></div>`,
      ),
  },
  // <base> changes where every relative link of the page goes.
  {
    name: "<base> for the whole page",
    kind: "base",
    code: (own) => element(`<div><base href="${own}leak-base/">chart</div>`),
  },
  {
    name: "<base> inside SVG",
    kind: "base",
    code: (own) => element(`<svg><base href="${own}leak-base-svg/"/>${box}</svg>`),
  },
  // Loads that tell someone the reader ran the cell.
  {
    name: "image beacons",
    kind: "beacon",
    code: (own) =>
      element(
        `<div><img src="${own}leak-img.png" width="1" height="1"><img srcset="${own}leak-srcset.png 1x"><video poster="${own}leak-poster.png"></video></div>`,
      ),
  },
  {
    name: "SVG image beacon",
    kind: "beacon",
    code: (own) =>
      element(
        `<svg><image href="${own}leak-svg-image.png" width="10" height="10"/><image xlink:href="${OFF}/leak-svg-image2.png" width="10" height="10"/></svg>`,
      ),
  },
  {
    name: "CSS beacons in a style attribute",
    kind: "beacon",
    code: (own) =>
      element(
        `<div style="background-image:url('${own}leak-css-bg.png');width:20px;height:20px"></div><div style="background-image:image-set('${own}leak-image-set.png' 1x);width:20px;height:20px"></div><div style="background:u\\72l(${own}leak-escaped.png);width:20px;height:20px"></div>`,
      ),
  },
  {
    name: "CSS beacons in a <style>",
    kind: "beacon",
    code: (own) =>
      element(
        `<div class="b"><style>.b{background:url("${own}leak-style-bg.png")} @font-face{font-family:x;src:url("${own}leak-font.woff")} .b{font-family:x}</style>text</div>`,
      ),
  },
  {
    name: "SVG paint, markers, clips and use from another document",
    kind: "beacon",
    code: (own) =>
      element(
        `<svg width="240" height="60"><rect width="80" height="60" fill="url(${own}leak-fill.svg#p)" stroke="url('${OFF}/leak-stroke.svg#p')"/><line x2="200" y2="50" stroke="black" marker-end="url(${own}leak-marker.svg#m)"/><rect x="100" width="40" height="40" clip-path="url(${own}leak-clip.svg#c)" mask="url(${own}leak-mask.svg#m)" filter="url(${own}leak-filter.svg#f)"/><use href="${own}leak-use.svg#x"/><filter id="f"><feImage href="${own}leak-feimage.png"/></filter></svg>`,
      ),
  },
  {
    name: "frames, objects and links that load",
    kind: "beacon",
    code: (own) =>
      element(
        `<div><iframe src="${own}leak-iframe"></iframe><object data="${own}leak-object"></object><embed src="${own}leak-embed"><link rel="stylesheet" href="${own}leak-link.css"><portal src="${own}leak-portal"></portal></div>`,
      ),
  },
  // Mutation XSS: markup that changes meaning when it is parsed again.
  {
    name: "math, mtext, table, mglyph, style",
    kind: "mutation",
    code: (own) =>
      element(
        `<math><mtext><table><mglyph><style><img src="${own}leak-mxss-math.png" onerror="location='${own}leak-mxss-math-js'">`,
      ),
  },
  {
    name: "svg, closing p, style with an attribute",
    kind: "mutation",
    code: (own) => element(`<svg></p><style><a id="</style><img src=${own}leak-mxss-svg.png>">`),
  },
  {
    name: "noscript with a title that closes it",
    kind: "mutation",
    code: (own) =>
      element(`<noscript><p title="</noscript><img src=${own}leak-mxss-noscript.png>"></noscript>`),
  },
  {
    name: "template and nested forms in math",
    kind: "mutation",
    code: (own) =>
      element(
        `<template><img src="${own}leak-template.png"></template><form><math><mtext></form><form><mglyph><style></math><img src="${own}leak-mxss-form.png">`,
      ),
  },
  {
    name: "SVG foreignObject with HTML inside",
    kind: "mutation",
    code: (own) =>
      element(
        `<svg><foreignObject width="100" height="100"><img src="${own}leak-foreign.png"><meta http-equiv="refresh" content="0;url=${own}leak-foreign-meta"></foreignObject></svg>`,
      ),
  },
];

/** The few that Firefox and WebKit run too: one of each way out that the engines could differ on. */
export const engineSubset = [
  "meta refresh inside SVG",
  "SVG animate sets a link's href",
  "off-site links in HTML and SVG, with a ping",
  "<style> hides the course",
  "fixed overlay through a style attribute",
  "image beacons",
  "SVG paint, markers, clips and use from another document",
].map((name) => hostileMarkup.find((p) => p.name === name)!);

/**
 * Click every link and control in the cell's output, shadow roots included, as an event from the
 * page (a driver's pointer cannot reach into a shadow root, and a click on the output's middle may
 * miss a small link). Runs in the page: self-contained, like `lookOfPage`. Returns how many it clicked.
 */
export function clickEveryLink({ cell }: { cell: string }): number {
  const output = document.querySelector(`[data-cell="${cell}"] [data-cell-output]`);
  const all: Element[] = [];
  const walk = (root: Element | ShadowRoot) => {
    for (const el of root.querySelectorAll("*")) {
      all.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  if (output) walk(output);
  const actors = all.filter((el) => /^(a|button|input)$/i.test(el.localName));
  for (const el of actors)
    el.dispatchEvent(
      new MouseEvent("click", { bubbles: true, cancelable: true, composed: true, view: window }),
    );
  return actors.length;
}

/** What the page looks like to the checks below (all of it plain data, so any driver can bring it back). */
export interface PageLook {
  url: string;
  baseURI: string;
  /** Computed styles of elements that every chapter has (the heading, the content, a cell). */
  styles: Record<string, Record<string, string>>;
  /** Elements inside the cell's output (shadow roots included) that are pinned or could act. */
  pinned: string[];
  actors: string[];
  /** Addresses of the output's links that are not a same-document `#fragment`. */
  links: string[];
  /** Attributes and style text in the output that still name a payload's address ("leak"). */
  leaks: string[];
  /** Whether the page's own controls are still what a pointer reaches. */
  reachable: Record<string, boolean>;
}

/**
 * Read the page's look. Runs in the page: self-contained (no imports, no closures), so both
 * playwright and the engines' driver can send it. `cell` is the hostile cell's id, `next` another.
 */
export function lookOfPage({ cell, next }: { cell: string; next: string }): PageLook {
  const props = [
    "display",
    "visibility",
    "opacity",
    "color",
    "background-color",
    "position",
    "transform",
    "filter",
    "font-size",
    "z-index",
  ];
  const known: Record<string, Element | null> = {
    body: document.body,
    main: document.querySelector("main"),
    h1: document.querySelector("main h1"),
    next: document.querySelector(`[data-cell="${next}"]`),
    bar: document.querySelector(`[data-cell="${cell}"] .cell-bar`),
  };
  const styles: Record<string, Record<string, string>> = {};
  for (const [name, el] of Object.entries(known)) {
    styles[name] = {};
    if (!el) continue;
    const cs = getComputedStyle(el);
    for (const p of props) styles[name][p] = cs.getPropertyValue(p);
  }
  const output = document.querySelector(`[data-cell="${cell}"] [data-cell-output]`);
  const all: Element[] = [];
  const walk = (root: Element | ShadowRoot) => {
    for (const el of root.querySelectorAll("*")) {
      all.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  if (output) walk(output);
  const describe = (el: Element) => `<${el.localName}${el.id ? `#${el.id}` : ""}>`;
  const pinned = all.filter((el) => /fixed|sticky/.test(getComputedStyle(el).position)).map(describe);
  const actors = all
    .filter((el) =>
      /^(meta|base|form|input|button|textarea|select|link|iframe|object|embed|portal|script|animate|set|animatemotion|animatetransform|foreignobject|img|video|audio)$/i.test(
        el.localName,
      ),
    )
    .map(describe);
  // Live elements of the page itself that no output should carry either.
  for (const el of document.querySelectorAll("body meta, body base, base")) actors.push(describe(el));
  const links = all
    .filter((el) => el.localName === "a")
    .flatMap((a) => [a.getAttribute("href"), a.getAttributeNS("http://www.w3.org/1999/xlink", "href")])
    .filter((h): h is string => h !== null && !h.trim().startsWith("#"));
  const leaks: string[] = [];
  for (const el of all) {
    for (const a of el.attributes)
      if (!a.name.startsWith("xmlns") && /leak/i.test(a.value)) leaks.push(`${describe(el)} ${a.name}`);
    if (el.localName === "style" && /leak/i.test(el.textContent ?? "")) leaks.push(`${describe(el)} text`);
  }
  const reachable: Record<string, boolean> = {};
  for (const [name, selector] of [
    ["run", `[data-cell="${cell}"] [data-action="run"]`],
    ["next run", `[data-cell="${next}"] [data-action="run"]`],
  ]) {
    const el = document.querySelector<HTMLElement>(selector);
    if (!el) {
      reachable[name] = false;
      continue;
    }
    el.scrollIntoView({ block: "center" });
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    reachable[name] = !!hit && (hit === el || el.contains(hit));
  }
  return { url: location.href, baseURI: document.baseURI, styles, pinned, actors, links, leaks, reachable };
}
