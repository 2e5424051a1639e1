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

export async function serveDist(root = resolve("dist"), base = "/"): Promise<StaticServer> {
  const server: Server = createServer(async (req, res) => {
    const raw = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
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
      const body = await readFile(path);
      res.writeHead(200, {
        "content-type": lookup(extname(path)) ?? "application/octet-stream",
        "cache-control": "no-cache",
      });
      res.end(body);
    } catch {
      const notFound = await readFile(join(root, "404.html")).catch(() => Buffer.from("not found"));
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
