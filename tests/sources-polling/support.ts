import { readFile } from 'node:fs/promises';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { createSecretBox } from '../../server/src/crypto/secret-box.ts';
import type { Db } from '../../server/src/db/client.ts';
import { pollRuns, sources } from '../../server/src/db/schema/index.ts';
import { createLogger } from '../../server/src/logger.ts';
import { fetchDocument } from '../../server/src/net/fetch-document.ts';
import type { Fetcher } from '../../server/src/net/fetcher.ts';
import { claimDueSources } from '../../server/src/services/polling/claim-due-sources.ts';
import { createCollectors } from '../../server/src/services/polling/collectors.ts';
import { pollClaimedSource } from '../../server/src/services/polling/poll-claimed-source.ts';

export const dataDir = path.resolve(import.meta.dirname, '../../../shared/data');
export const testSecret = 'sources-polling-test-secret-0123456789';
export const secretBox = createSecretBox(testSecret);
export const loopback = ['127.0.0.0/8', '::1/128'];
export const actor = { userId: null, label: 'test' };
export const YELP_KEY = 'yelp-test-key-5f2c9a';

export type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => void | Promise<void>;
export type DataServer = {
  url: string;
  hits(path: string): number;
  route(path: string, handler: Handler): void;
  close(): Promise<void>;
};

/**
 * Serves the real captures from ../shared/data under /data/<file>, plus a stand-in for Yelp's reviews
 * endpoint that insists on the Bearer key, and any route a test adds.
 */
export async function startDataServer(): Promise<DataServer> {
  const counts = new Map<string, number>();
  const routes = new Map<string, Handler>();
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    counts.set(url.pathname, (counts.get(url.pathname) ?? 0) + 1);
    res.on('error', () => undefined);
    try {
      const custom = routes.get(url.pathname);
      if (custom) return void (await custom(req, res, url));
      if (url.pathname === '/robots.txt')
        return void res
          .writeHead(200, { 'content-type': 'text/plain' })
          .end('User-agent: *\nDisallow: /private/\n');
      const yelp = /^\/yelp\/v3\/businesses\/([^/]+)\/reviews$/.exec(url.pathname);
      if (yelp) {
        if (req.headers.authorization !== `Bearer ${YELP_KEY}`) {
          return void res
            .writeHead(401, { 'content-type': 'application/json' })
            .end('{"error":{"code":"UNAUTHORIZED_ACCESS_TOKEN"}}');
        }
        const body = await readFile(
          path.join(dataDir, 'review_api_json/yelp_fusion_business_reviews_doc_example.json'),
        );
        return void res.writeHead(200, { 'content-type': 'application/json' }).end(body);
      }
      if (url.pathname.startsWith('/data/')) {
        const relative = decodeURIComponent(url.pathname.slice('/data/'.length));
        const file = path.resolve(dataDir, relative);
        if (!file.startsWith(dataDir)) return void res.writeHead(403).end();
        const type = file.endsWith('.json')
          ? 'application/json'
          : file.endsWith('.xml')
            ? 'application/atom+xml'
            : 'text/html; charset=utf-8';
        return void res.writeHead(200, { 'content-type': type }).end(await readFile(file));
      }
      res.writeHead(404, { 'content-type': 'text/plain' }).end('no such page');
    } catch {
      if (!res.headersSent) res.writeHead(500).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits: (p) => counts.get(p) ?? 0,
    route: (p, handler) => void routes.set(p, handler),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Our guarded fetch with loopback allowed, as an admin would configure it for a local site. */
export function loopbackFetcher(timeoutMs = 5_000): Fetcher {
  return (url, policy) =>
    fetchDocument(url, { ...policy, allowList: loopback, timeoutMs, connectTimeoutMs: 2_000 });
}

/** One poll of one source through the real claim, collectors and ingest path. */
export async function pollOnce(
  db: Db,
  orgId: string,
  sourceId: string,
  fetcher: Fetcher = loopbackFetcher(),
) {
  const worker = 'test-poller';
  const [claimed] = await claimDueSources(db, worker, {
    limit: 1,
    leaseSeconds: 60,
    only: { orgId, sourceId },
  });
  if (!claimed) throw new Error('could not claim the source');
  return pollClaimedSource(
    {
      db,
      worker,
      fetcher,
      log: createLogger('silent'),
      // Local fakes stand in for the platforms' APIs, as an operator allowing overrides would set up.
      collectors: createCollectors({ db, fetcher, secretBox, allowEndpointOverrides: true }),
    },
    claimed,
  );
}

export async function sourceState(db: Db, orgId: string, sourceId: string) {
  const [row] = await db
    .select({
      health: sources.health,
      lastError: sources.lastError,
      failures: sources.consecutiveFailures,
      secretsEnc: sources.secretsEnc,
      nextPollAt: sources.nextPollAt,
    })
    .from(sources)
    .where(and(eq(sources.orgId, orgId), eq(sources.id, sourceId)));
  const runs = await db
    .select({ error: pollRuns.error, created: pollRuns.created, fetched: pollRuns.fetched })
    .from(pollRuns)
    .where(and(eq(pollRuns.orgId, orgId), eq(pollRuns.sourceId, sourceId)))
    .orderBy(pollRuns.startedAt);
  return { ...row, runs };
}
