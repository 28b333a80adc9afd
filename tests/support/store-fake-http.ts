import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The plumbing the App Store Connect and Google Play fakes share: a loopback HTTP server, a request log, JSON
 * answers and injectable faults (a 429 with Retry-After, a 500, or a write the fake keeps but whose answer is
 * lost when the connection drops).
 */
export type Fault = '429' | '500' | 'drop-after-accept';

export type FakeRequest = { method: string; path: string; search: string; authorization: string };

export type FakeContext = {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  body: string;
  /** The next injected fault for a write, taken from the queue when the route is a write. */
  takeFault(isWrite: boolean): Fault | null;
};

export type FakeServer = {
  url: string;
  requests: FakeRequest[];
  failNext(fault: Fault, count?: number, opts?: { writesOnly?: boolean }): void;
  close(): Promise<void>;
};

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startFakeServer(
  handle: (ctx: FakeContext) => Promise<void>,
  retryAfterSec: number,
): Promise<FakeServer> {
  const requests: FakeRequest[] = [];
  const faults: Array<{ fault: Fault; writesOnly: boolean }> = [];
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://fake.local');
      requests.push({
        method: req.method ?? 'GET',
        path: url.pathname,
        search: url.search,
        authorization: req.headers.authorization ?? '',
      });
      const body = await readBody(req);
      const takeFault = (isWrite: boolean) => {
        const next = faults[0];
        if (!next || (next.writesOnly && !isWrite)) return null;
        faults.shift();
        return next.fault;
      };
      const first = faults[0];
      // Rate limits and server errors hit any call; a dropped answer only makes sense after a write.
      if (first && !first.writesOnly && first.fault !== 'drop-after-accept') {
        faults.shift();
        if (first.fault === '429')
          return sendJson(
            res,
            429,
            { errors: [{ status: '429', code: 'RATE_LIMIT_EXCEEDED' }] },
            {
              'retry-after': String(retryAfterSec),
            },
          );
        return sendJson(res, 500, { errors: [{ status: '500', code: 'INTERNAL_ERROR' }] });
      }
      await handle({ req, res, url, body, takeFault });
    })().catch(() => {
      if (!res.headersSent) sendJson(res, 500, { errors: [{ status: '500', code: 'FAKE_FAILED' }] });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    failNext(fault, count = 1, opts = {}) {
      for (let i = 0; i < count; i++)
        faults.push({ fault, writesOnly: opts.writesOnly ?? fault === 'drop-after-accept' });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
