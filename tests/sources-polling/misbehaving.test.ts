import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../server/src/demo/load-demo.ts';
import { fetchDocument } from '../../server/src/net/fetch-document.ts';
import type { Fetcher } from '../../server/src/net/fetcher.ts';
import { createSource } from '../../server/src/services/sources/create-source.ts';
import { updateSource } from '../../server/src/services/sources/update-source.ts';
import { createTestDatabase, engines, type TestDatabase } from '../support/db.ts';
import {
  getGzipBomb,
  type MisbehavingServer,
  startMisbehavingServer,
} from '../support/misbehaving-server.ts';
import { actor, loopback, pollOnce, secretBox, sourceState } from './support.ts';

const goodPage =
  '<html><body><div itemscope itemtype="https://schema.org/Review"><span itemprop="author">Ana</span>' +
  '<div itemprop="reviewRating" itemscope itemtype="https://schema.org/Rating"><meta itemprop="ratingValue" content="4"></div>' +
  '<p itemprop="reviewBody">Lovely bread and quick service.</p></div></body></html>';

const appleFeed = JSON.stringify({
  feed: {
    entry: [
      {
        id: { label: 'r1' },
        'im:rating': { label: '5' },
        title: { label: 'Great' },
        content: { label: 'Works well.' },
        author: { name: { label: 'Kim' } },
      },
    ],
  },
});

// Each case: the route, the kind of source pointed at it, and words the recorded reason must contain.
const cases: Array<{ name: string; path: string; kind: 'schema_org' | 'apple_json'; reason: RegExp }> = [
  {
    name: 'a server that never answers',
    path: '/hang',
    kind: 'schema_org',
    reason: /did not deliver the page within/,
  },
  { name: '429 with Retry-After', path: '/429', kind: 'schema_org', reason: /slow down/ },
  { name: '500', path: '/500', kind: 'schema_org', reason: /500/ },
  { name: 'a connection reset', path: '/reset', kind: 'schema_org', reason: /connection|broke/i },
  { name: 'a redirect loop', path: '/redirect-loop', kind: 'schema_org', reason: /redirect/i },
  {
    name: 'a redirect to a loopback address not on the allow-list',
    path: '/redirect-to-loopback?to=v6',
    kind: 'schema_org',
    reason: /private|internal|not allowed|refused/i,
  },
  { name: 'a 50 MB body', path: '/huge', kind: 'schema_org', reason: /MB|larger|too large/i },
  { name: 'a gzip bomb', path: '/gzip-bomb', kind: 'schema_org', reason: /MB|larger|too large/i },
  { name: 'invalid HTML', path: '/invalid-html', kind: 'schema_org', reason: /no schema\.org review markup/ },
  { name: 'invalid JSON', path: '/invalid-json', kind: 'apple_json', reason: /could not be read/ },
];

describe.each(engines)('a misbehaving site costs one failed poll on %s', (engine) => {
  let database: TestDatabase;
  let site: MisbehavingServer;
  let orgId: string;
  let isGood = false;
  // Only 127.0.0.1 is allowed, so the hop to [::1] is refused by the SSRF guard as it would be in production.
  const fetcher: Fetcher = (url, policy) =>
    fetchDocument(url, { ...policy, allowList: ['127.0.0.1'], timeoutMs: 2_000, connectTimeoutMs: 1_000 });
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    ({ orgId } = await loadDemo(database.db));
    // Built once up front, so its first request is not slowed by compressing a gigabyte of zeros.
    await getGzipBomb();
    site = await startMisbehavingServer({
      robots: 'missing',
      routes: {
        '/good': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end(goodPage),
        '/good-apple': (_req, res) =>
          void res.writeHead(200, { 'content-type': 'application/json' }).end(appleFeed),
        '/flaky': (_req, res) =>
          void (isGood
            ? res.writeHead(200, { 'content-type': 'text/html' }).end(goodPage)
            : res.writeHead(500).end('down')),
      },
    });
    expect(loopback.length).toBeGreaterThan(0);
  });
  afterAll(async () => {
    await site?.close();
    await database?.drop();
  });

  it.each(cases)(
    '$name: one failed run with a clear reason, bounded time, then recovery',
    async ({ path, kind, reason }) => {
      const { source } = await createSource(
        database.db,
        orgId,
        actor,
        { kind, name: path, settings: { url: `${site.url}${path}` } },
        secretBox,
      );
      const started = Date.now();
      const outcome = await pollOnce(database.db, orgId, source.id, fetcher);
      expect(Date.now() - started).toBeLessThan(8_000);
      expect(outcome.ok).toBe(false);
      const failed = await sourceState(database.db, orgId, source.id);
      expect(failed.runs).toHaveLength(1);
      expect(failed.runs[0]?.error).toMatch(reason);
      expect(failed.lastError).toBe(failed.runs[0]?.error);
      expect(failed.health).toBe('degraded');
      expect(failed.nextPollAt?.getTime() ?? 0).toBeGreaterThan(Date.now());

      // The site is still up for everyone else, and the next good answer brings the source back.
      expect((await fetch(`${site.url}/ok`)).status).toBe(200);
      // Each case's source moves to its own address of the good page: two sources may not watch one address.
      const goodPath = kind === 'apple_json' ? '/good-apple' : '/good';
      const goodUrl = `${site.url}${goodPath}?after=${encodeURIComponent(path)}`;
      await updateSource(
        database.db,
        orgId,
        actor,
        { sourceId: source.id, settings: { url: goodUrl } },
        secretBox,
      );
      const recovered = await pollOnce(database.db, orgId, source.id, fetcher);
      expect(recovered.ok).toBe(true);
      const after = await sourceState(database.db, orgId, source.id);
      expect(after).toMatchObject({ health: 'ok', lastError: null, failures: 0 });
      expect(after.runs).toHaveLength(2);
    },
  );

  it('three failures in a row mark a source failing; one good answer makes it ok again', async () => {
    isGood = false;
    const { source } = await createSource(
      database.db,
      orgId,
      actor,
      { kind: 'schema_org', name: 'flaky', settings: { url: `${site.url}/flaky` } },
      secretBox,
    );
    for (let i = 0; i < 3; i++) await pollOnce(database.db, orgId, source.id, fetcher);
    expect(await sourceState(database.db, orgId, source.id)).toMatchObject({
      health: 'failing',
      failures: 3,
    });
    isGood = true;
    await pollOnce(database.db, orgId, source.id, fetcher);
    expect(await sourceState(database.db, orgId, source.id)).toMatchObject({
      health: 'ok',
      failures: 0,
      lastError: null,
    });
  });
});
