/**
 * Builds the sandbox (see SANDBOX.md) for `astro build` and `astro dev`: `sandbox/frame.html`
 * (its own CSP; it makes the sandboxed srcdoc iframe that runs frame.ts), and the scripts the page hands over for
 * blob: workers — `kernel.js` and `trainer.js` as classic scripts with everything inlined, and
 * `plot.js` (Plot + linkedom) and `checking.js` (fast-check and the course's checks) as ES modules
 * the kernel imports on first use.
 */
import { createHash } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import * as esbuild from "esbuild";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The files under `<base>sandbox/`, by name. */
const entries = {
  "kernel.js": { entry: here("../kernel/worker.ts"), format: "iife" },
  "trainer.js": { entry: here("../widgets/train-model/worker.ts"), format: "iife" },
  "plot.js": { entry: here("../kernel/plot.ts"), format: "esm" },
  "checking.js": { entry: here("../kernel/checking/index.ts"), format: "esm" },
} as const;

async function bundle(entry: string, format: "iife" | "esm"): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format,
    write: false,
    minify: true,
    target: "es2022",
    platform: "browser",
    legalComments: "none",
  });
  return result.outputFiles[0].text;
}

/**
 * What the sandbox may do (frame.html's CSP, which the sandboxed srcdoc iframe inherits): run the
 * two hashed inline scripts and the blob: workers (with `new Function` for cells), import blob:
 * modules (the edited library, Plot). No network, no forms, no plugins; `sandbox="allow-scripts"`
 * on the srcdoc iframe adds the opaque origin, no top navigation and no pop-ups.
 */
export const sandboxPolicy = (scriptHashes: string[]) =>
  [
    "default-src 'none'",
    `script-src ${scriptHashes.map((h) => `'sha256-${h}'`).join(" ")} 'unsafe-eval' blob:`,
    "worker-src blob:",
    "connect-src 'none'",
    "img-src 'none'",
    "style-src 'none'",
    "font-src 'none'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");

const sha256 = (text: string) => createHash("sha256").update(text).digest("base64");

/**
 * `sandbox/frame.html`: a plain same-origin page (so the service worker serves it offline) whose
 * only script makes the real sandbox, a `sandbox="allow-scripts"` iframe from `srcdoc`. That one
 * has an opaque origin and inherits this page's CSP, which is why this CSP allows `new Function`
 * and blob: scripts: nothing but our two hashed scripts ever runs on this page itself.
 */
export async function sandboxPage(): Promise<string> {
  const inner = (await bundle(here("../kernel/sandbox/frame.ts"), "iife")).trim();
  const srcdoc = `<!doctype html><meta charset="utf-8"><script>${inner}</script>`;
  // "<" escaped: the string must not close this page's own <script>.
  // The inner frame has a title: assistive tools name every frame.
  const outer = `(()=>{const f=document.createElement("iframe");f.title="kernel sandbox";f.setAttribute("sandbox","allow-scripts");f.srcdoc=${JSON.stringify(srcdoc).replace(/</g, "\\u003c")};document.body.append(f)})();`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${sandboxPolicy([sha256(outer), sha256(inner)])}">
<meta name="robots" content="noindex">
<title>kernel sandbox</title>
</head>
<body><script>${outer}</script></body>
</html>
`;
}

async function sandboxFiles(): Promise<Record<string, string>> {
  const files: Record<string, string> = { "frame.html": await sandboxPage() };
  for (const [name, { entry, format }] of Object.entries(entries)) files[name] = await bundle(entry, format);
  return files;
}

export default function sandbox(): AstroIntegration {
  let base = "/";
  return {
    name: "attention-live:sandbox",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base.endsWith("/") ? config.base : `${config.base}/`;
      },
      "astro:server:setup": ({ server }) => {
        // Under astro dev, built on request (so an edit to the kernel shows on reload).
        server.middlewares.use((req, res, next) => {
          const path = new URL(req.url ?? "/", "http://x").pathname;
          if (!path.startsWith(`${base}sandbox/`)) return next();
          const name = path.slice(`${base}sandbox/`.length);
          if (name !== "frame.html" && !(name in entries)) return next();
          const file = entries[name as keyof typeof entries];
          const made = file ? bundle(file.entry, file.format) : sandboxPage();
          made.then(
            (text) => {
              res.setHeader(
                "content-type",
                name.endsWith(".html") ? "text/html; charset=utf-8" : "text/javascript",
              );
              res.end(text);
            },
            (e: unknown) => next(e),
          );
        });
      },
      "astro:build:done": async ({ dir, logger }) => {
        const out = join(fileURLToPath(dir), "sandbox");
        await mkdir(out, { recursive: true });
        const files = await sandboxFiles();
        for (const [name, text] of Object.entries(files)) await writeFile(join(out, name), text);
        const kb = (name: string) => `${name} ${Math.round(files[name].length / 1024)} KB`;
        logger.info(`sandbox: ${Object.keys(files).map(kb).join(", ")}`);
      },
    },
  };
}
