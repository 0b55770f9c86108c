/**
 * A static page server on 127.0.0.1 for end-to-end tests and the demo.
 * Serves the bundled demo pages (assets/demo) and test fixtures
 * (tests/fixtures/pages); tests can also register one-off pages.
 * It listens on the loopback address only and never proxies anywhere.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const MOUNTS: Record<string, string> = {
  '/demo/': join(ROOT, 'assets/demo'),
  '/pages/': join(ROOT, 'tests/fixtures/pages'),
};
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface PageRoute {
  body: string;
  type?: string;
  headers?: Record<string, string>;
}

export interface PageServer {
  origin: string;
  /** Another origin for the same server (localhost vs 127.0.0.1), for cross-origin frames. */
  altOrigin: string;
  url(path: string): string;
  route(path: string, page: string | PageRoute): void;
  close(): Promise<void>;
}

export async function startPageServer(): Promise<PageServer> {
  const routes = new Map<string, PageRoute>();
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const routed = routes.get(path);
    if (routed) {
      res.writeHead(200, { 'content-type': routed.type ?? TYPES['.html']!, ...routed.headers });
      res.end(routed.body);
      return;
    }
    const file = resolveFile(path);
    if (!file) return notFound(res);
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      notFound(res);
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as { port: number }).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    altOrigin: `http://localhost:${port}`,
    url: (path) => origin + path,
    route: (path, page) => routes.set(path, typeof page === 'string' ? { body: page } : page),
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

function resolveFile(path: string): string | null {
  for (const [prefix, dir] of Object.entries(MOUNTS)) {
    if (!path.startsWith(prefix)) continue;
    const file = normalize(join(dir, path.slice(prefix.length)));
    // Refuse anything that escapes the mounted folder.
    return file.startsWith(dir) ? file : null;
  }
  return null;
}

function notFound(res: import('node:http').ServerResponse): void {
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('not found');
}
