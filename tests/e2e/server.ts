/**
 * A small static file server for the built site (dist/), used by the browser tests and the
 * budget scripts. It serves under an optional base path and answers 404 with the site's 404 page.
 */
import { createServer, type Server } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { lookup } from "mrmime";

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** What a test may add to the server: change pages on the way out, see every answer, cut the network. */
export interface ServerHooks {
  /** Rewrites every HTML page before it is sent. */
  html?: (text: string) => string;
  /** Files served in addition to the site's (path after the base → JavaScript source). */
  scripts?: Record<string, string>;
  /** Called with every answered path and its status. */
  answered?: (path: string, status: number) => void;
  /** While it returns true, every request fails as if the network were down. */
  offline?: () => boolean;
}

export async function serveDist(
  root = resolve("dist"),
  base = "/",
  hooks: ServerHooks = {},
): Promise<StaticServer> {
  const server: Server = createServer(async (req, res) => {
    if (hooks.offline?.()) {
      req.socket.destroy();
      return;
    }
    const raw = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    res.on("finish", () => hooks.answered?.(raw, res.statusCode));
    const script = hooks.scripts?.[raw.slice(base.length)];
    if (script !== undefined) {
      res.writeHead(200, { "content-type": "text/javascript", "cache-control": "no-cache" }).end(script);
      return;
    }
    if (!raw.startsWith(base)) {
      res.writeHead(404).end("not found");
      return;
    }
    let path = normalize(join(root, raw.slice(base.length)));
    if (!path.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(path)).isDirectory()) path = join(path, "index.html");
      let body = await readFile(path);
      if (hooks.html && path.endsWith(".html")) body = Buffer.from(hooks.html(body.toString("utf8")));
      res.writeHead(200, {
        "content-type": lookup(extname(path)) ?? "application/octet-stream",
        "cache-control": "no-cache",
      });
      res.end(body);
    } catch {
      let notFound = await readFile(join(root, "404.html")).catch(() => Buffer.from("not found"));
      if (hooks.html) notFound = Buffer.from(hooks.html(notFound.toString("utf8")));
      res.writeHead(404, { "content-type": "text/html; charset=utf-8" }).end(notFound);
    }
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
