import { createReadStream, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json",
};

/** A running loopback server and how to stop it. */
export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Resolves a request path to a file inside root, or null; never escapes root. */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(urlPath, "http://x").pathname);
  } catch {
    return null;
  }
  const file = normalize(join(root, pathname));
  if (!file.startsWith(root)) return null;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return resolveStaticPath(root, `${pathname.replace(/\/?$/, "/")}index.html`);
    return file;
  } catch {
    return null;
  }
}

/**
 * Serves a built folder on a free loopback port, like a static host would:
 * directory URLs get index.html, unknown paths get 404.html with status 404.
 * `headers` adds response headers per path, to mimic a host's header rules; `gzip` compresses text for clients that
 * accept it, as hosts and CDNs do (the benchmarks count the bytes a reader would really transfer).
 */
export function serveStatic(
  dir: string,
  options: { port?: number; headers?: (path: string) => Record<string, string>; gzip?: boolean } = {},
): Promise<RunningServer> {
  const root = resolve(dir);
  const compressed = new Map<string, Buffer>();
  const server: Server = createServer((req, res) => {
    const urlPath = req.url ?? "/";
    const file = resolveStaticPath(root, urlPath);
    const extra = options.headers?.(new URL(urlPath, "http://x").pathname) ?? {};
    if (!file) {
      const notFound = resolveStaticPath(root, "/404.html");
      res.writeHead(404, { "content-type": TYPES[".html"] as string, ...extra });
      if (notFound) createReadStream(notFound).pipe(res);
      else res.end("Not found");
      return;
    }
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    if (
      options.gzip &&
      /gzip/.test(String(req.headers["accept-encoding"] ?? "")) &&
      /text|json|javascript|svg|xml/.test(type)
    ) {
      let body = compressed.get(file);
      if (!body) {
        body = gzipSync(readFileSync(file));
        compressed.set(file, body);
      }
      res.writeHead(200, { "content-type": type, "content-encoding": "gzip", "content-length": body.length, ...extra });
      res.end(body);
      return;
    }
    res.writeHead(200, { "content-type": type, ...extra });
    createReadStream(file).pipe(res);
  });
  return new Promise((done, fail) => {
    server.once("error", fail);
    server.listen(options.port ?? 0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      done({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise((closed) => server.close(() => closed())),
      });
    });
  });
}
