// Serves the fixture pages from 127.0.0.1 and doubles as the browser's HTTP
// proxy, so every request the browser makes (page or extension, any host) is
// logged here; anything not for this server is refused and recorded. The same
// port also answers as http://localhost:PORT, a second site standing in for a
// third party (an ad network's pixel).
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));

export interface LoggedRequest {
  method: string;
  url: string;
  path: string;
  external: boolean;
  origin: string | null;
  secFetchSite: string | null;
  secFetchDest: string | null;
  userAgent: string | null;
  at: number;
}

export interface FixtureServer {
  origin: string;
  /** http://localhost:PORT: another site, for third-party resources and cookies. */
  thirdPartyOrigin: string;
  port: number;
  log: LoggedRequest[];
  /** Extra pages by path, e.g. generated ones. */
  pages: Map<string, { html: string; headers?: Record<string, string | string[]> }>;
  /** Response headers added for a fixture path (e.g. Set-Cookie). */
  headersFor: Map<string, Record<string, string | string[]>>;
  /** Other responses by absolute URL (either origin), e.g. a third-party pixel. */
  resources: Map<string, { type: string; body: string | Buffer; headers?: Record<string, string | string[]> }>;
  fixture(name: string): string;
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const log: LoggedRequest[] = [];
  const pages = new Map<string, { html: string; headers?: Record<string, string | string[]> }>();
  const headersFor = new Map<string, Record<string, string | string[]>>();
  const resources: FixtureServer['resources'] = new Map();
  let origin = '';
  let thirdPartyOrigin = '';

  function fixture(name: string): string {
    return readFileSync(`${FIXTURES_DIR}${name}`, 'utf8')
      .replaceAll('{{ORIGIN}}', origin)
      .replaceAll('{{THIRD_PARTY}}', thirdPartyOrigin);
  }

  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const raw = req.url ?? '/';
    const absolute = /^https?:\/\//i.test(raw) ? new URL(raw) : new URL(raw, origin);
    const external = absolute.origin !== origin && absolute.origin !== thirdPartyOrigin;
    log.push({
      method: req.method ?? 'GET',
      url: absolute.href,
      path: absolute.pathname,
      external,
      origin: header(req, 'origin'),
      secFetchSite: header(req, 'sec-fetch-site'),
      secFetchDest: header(req, 'sec-fetch-dest'),
      userAgent: header(req, 'user-agent'),
      at: Date.now(),
    });
    if (external) {
      res.writeHead(502, { 'content-type': 'text/plain' }).end('blocked by the e2e proxy');
      return;
    }
    const resource = resources.get(`${absolute.origin}${absolute.pathname}`);
    if (resource) {
      res.writeHead(200, { 'content-type': resource.type, 'cache-control': 'no-store', ...resource.headers });
      res.end(resource.body);
      return;
    }
    if (absolute.origin !== origin) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const path = absolute.pathname;
    const page = pages.get(path);
    if (page) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...page.headers });
      res.end(page.html);
      return;
    }
    if (/^\/[\w-]+\.html$/.test(path)) {
      try {
        const html = fixture(path.slice(1));
        res.writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          'cache-control': 'no-store',
          ...headersFor.get(path),
        });
        res.end(html);
        return;
      } catch {
        // fall through to 404
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  // HTTPS through the proxy: never expected; record and refuse.
  server.on('connect', (req: IncomingMessage, socket) => {
    log.push({
      method: 'CONNECT',
      url: `https://${req.url ?? ''}`,
      path: '',
      external: true,
      origin: null,
      secFetchSite: null,
      secFetchDest: null,
      userAgent: header(req, 'user-agent'),
      at: Date.now(),
    });
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  thirdPartyOrigin = `http://localhost:${port}`;
  return {
    origin,
    thirdPartyOrigin,
    port,
    log,
    pages,
    headersFor,
    resources,
    fixture,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function header(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}
