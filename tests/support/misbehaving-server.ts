import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';

export type Route = (req: IncomingMessage, res: ServerResponse, ctx: RouteContext) => void;
export type RouteContext = { url: URL; port: number; origin: string };
export type RobotsMode = 'rules' | 'missing' | 'server-error';
export type MisbehavingServerOptions = {
  /** Extra or replacement routes keyed by exact path; handy for polling tests. */
  routes?: Record<string, Route>;
  robots?: RobotsMode;
};
export type MisbehavingServer = {
  url: string;
  port: number;
  close(): Promise<void>;
  hits(path: string): number;
};

export const okHtml =
  '<!doctype html><html><head><meta charset="utf-8"><title>Corner Bakery</title></head>' +
  '<body><h1>Corner Bakery</h1><p>Fresh bread every morning.</p></body></html>';
export const robotsTxt =
  'User-agent: *\nDisallow: /private\n\nUser-agent: Rebound\nDisallow: /private\nDisallow: /no-monitors\n';
export const etagValue = '"v1-bakery"';
export const lastModifiedValue = 'Tue, 10 Nov 2026 08:00:00 GMT';

// Built once per process on first use: ~1.1 GB of zeros deflated (RLE) to about 1 MB kept in memory.
let bombPromise: Promise<Buffer> | null = null;
export function getGzipBomb(): Promise<Buffer> {
  bombPromise ??= new Promise<Buffer>((resolve, reject) => {
    const gzip = zlib.createGzip({ level: 9, strategy: zlib.constants.Z_RLE });
    const parts: Buffer[] = [];
    gzip.on('data', (part: Buffer) => parts.push(part));
    gzip.on('end', () => resolve(Buffer.concat(parts)));
    gzip.on('error', reject);
    const zeros = Buffer.alloc(1024 * 1024);
    let written = 0;
    const pump = (): void => {
      while (written < 1100) {
        written += 1;
        if (!gzip.write(zeros)) return void gzip.once('drain', pump);
      }
      gzip.end();
    };
    pump();
  });
  return bombPromise;
}

function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  headers: http.OutgoingHttpHeaders = {},
): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers });
  res.end(body);
}

function streamZeros(res: ServerResponse, totalBytes: number): void {
  const chunk = Buffer.alloc(64 * 1024, 0x61);
  let sent = 0;
  const pump = (): void => {
    while (sent < totalBytes && !res.destroyed) {
      sent += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    res.end();
  };
  pump();
}

function redirect(res: ServerResponse, location: string, status = 302): void {
  res.writeHead(status, { location, 'content-type': 'text/plain' });
  res.end(`see ${location}`);
}

const robotsRoutes: Record<RobotsMode, Route> = {
  rules: (_req, res) => send(res, 200, robotsTxt, { 'content-type': 'text/plain' }),
  missing: (_req, res) => send(res, 404, 'not here'),
  'server-error': (_req, res) => send(res, 503, 'down for maintenance'),
};

const routes: Record<string, Route> = {
  '/ok': (_req, res) => send(res, 200, okHtml),
  '/private': (_req, res) => send(res, 200, okHtml),
  '/no-monitors': (_req, res) => send(res, 200, okHtml),
  '/hang': () => undefined,
  '/slow-body': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write('<html><body>');
    const drip = setInterval(() => res.write('.'), 100);
    res.on('close', () => clearInterval(drip));
  },
  '/429': (_req, res, { url }) => {
    const retryAfter = url.searchParams.has('date') ? new Date(Date.now() + 3_000).toUTCString() : '2';
    send(res, 429, 'slow down', { 'retry-after': retryAfter });
  },
  '/503': (_req, res) => send(res, 503, 'busy', { 'retry-after': '7' }),
  '/500': (_req, res) => send(res, 500, '<h1>Internal error</h1>'),
  '/404': (_req, res) => send(res, 404, '<h1>Not found</h1>'),
  '/reset': (req) => req.socket.destroy(),
  '/redirect-loop': (_req, res, { url }) =>
    redirect(res, url.searchParams.has('b') ? '/redirect-loop' : '/redirect-loop?b=1'),
  '/redirect-to-loopback': (_req, res, { url, port }) => {
    const targets: Record<string, string> = {
      v4: `http://127.0.0.1:${port}/ok`,
      v6: `http://[::1]:${port}/ok`,
      metadata: 'http://169.254.169.254/latest/meta-data/',
      localhost: `http://localhost:${port}/ok`,
      file: 'file:///etc/passwd',
    };
    redirect(res, targets[url.searchParams.get('to') ?? 'v4'] ?? targets.v4 ?? '/');
  },
  '/huge': (_req, res, { url }) => {
    const total = 50 * 1024 * 1024;
    const declared = url.searchParams.has('declared') ? { 'content-length': String(total) } : {};
    res.writeHead(200, { 'content-type': 'text/html', ...declared });
    streamZeros(res, total);
  },
  '/gzip-bomb': (_req, res) => {
    void getGzipBomb().then((bomb) => send(res, 200, bomb, { 'content-encoding': 'gzip' }));
  },
  '/gzip': (_req, res) => send(res, 200, zlib.gzipSync(okHtml), { 'content-encoding': 'gzip' }),
  '/deflate-raw': (_req, res) =>
    send(res, 200, zlib.deflateRawSync(okHtml), { 'content-encoding': 'deflate' }),
  '/brotli': (_req, res) => send(res, 200, zlib.brotliCompressSync(okHtml), { 'content-encoding': 'br' }),
  '/corrupt-gzip': (_req, res) =>
    send(res, 200, Buffer.from('this is not gzip at all'), { 'content-encoding': 'gzip' }),
  '/invalid-html': (_req, res) =>
    send(res, 200, '<html><body><div><p>unclosed <b>tags <<<>>> \u0000</tbody>'),
  '/invalid-json': (_req, res) =>
    send(res, 200, '{"reviews": [1, 2,', { 'content-type': 'application/json' }),
  '/etag': (req, res) => {
    const fresh =
      req.headers['if-none-match'] === etagValue || req.headers['if-modified-since'] === lastModifiedValue;
    const validators = { etag: etagValue, 'last-modified': lastModifiedValue };
    if (fresh) {
      res.writeHead(304, validators);
      return void res.end();
    }
    send(res, 200, okHtml, validators);
  },
  '/charset': (_req, res) =>
    send(res, 200, Buffer.from('<html><body>Caf\u00e9 cr\u00e8me br\u00fbl\u00e9e</body></html>', 'latin1'), {
      'content-type': 'text/html; charset=iso-8859-1',
    }),
  // windows-1252 has no Node encoder, so the em dash (0x97 in that code page) is spliced in by hand.
  '/charset-meta': (_req, res) =>
    send(
      res,
      200,
      Buffer.concat([
        Buffer.from('<html><head><meta charset="windows-1252"></head><body>Na\u00efve ', 'latin1'),
        Buffer.from([0x97]),
        Buffer.from(' ok</body></html>', 'latin1'),
      ]),
      { 'content-type': 'text/html' },
    ),
};

/** A local HTTP server on 127.0.0.1 whose routes fail in the ways real sites do. */
export async function startMisbehavingServer(
  options: MisbehavingServerOptions = {},
): Promise<MisbehavingServer> {
  const counts = new Map<string, number>();
  const table: Record<string, Route> = {
    ...routes,
    '/robots.txt': robotsRoutes[options.robots ?? 'rules'],
    ...options.routes,
  };
  let port = 0;
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    counts.set(url.pathname, (counts.get(url.pathname) ?? 0) + 1);
    // A client that gives up mid-stream must never take the server down with it.
    res.on('error', () => undefined);
    req.on('error', () => undefined);
    const route =
      table[url.pathname] ??
      (url.pathname.startsWith('/redirect-chain/')
        ? chainRoute
        : (_: IncomingMessage, r: ServerResponse) => send(r, 404, 'no such route'));
    route(req, res, { url, port, origin: `http://127.0.0.1:${port}` });
  });
  server.on('clientError', (_error, socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    hits: (path: string) => counts.get(path) ?? 0,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const chainRoute: Route = (_req, res, { url }) => {
  const remaining = Number(url.pathname.split('/').pop());
  if (!Number.isInteger(remaining) || remaining <= 0) return send(res, 200, okHtml);
  redirect(res, `/redirect-chain/${remaining - 1}`, remaining % 2 === 0 ? 301 : 307);
};
