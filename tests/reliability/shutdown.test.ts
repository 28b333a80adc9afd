import { request } from 'node:http';
import { and, count, eq, isNotNull } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { pollRuns, reviews, sources } from '../../server/src/db/schema/index.ts';
import { demoUsers, loadDemo } from '../../server/src/demo/load-demo.ts';
import { engines } from '../support/db.ts';
import { prepareDatabase, type ReviewSite, spawnServer, startReviewSite } from './support.ts';

const owner = demoUsers.find((u) => u.role === 'owner');

/** A sign-in whose body is sent in two parts, so the request is in flight for as long as the test wants. */
function slowSignIn(url: string) {
  const body = JSON.stringify({ 0: { email: owner?.email, password: owner?.password } });
  const target = new URL('/trpc/auth.signIn?batch=1', url);
  let finish = () => {};
  const response = new Promise<{ status: number; setCookie: string[] }>((resolve, reject) => {
    const req = request(
      target,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          origin: target.origin,
        },
      },
      (res) => {
        res.resume();
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, setCookie: res.headers['set-cookie'] ?? [] }),
        );
      },
    );
    req.on('error', reject);
    req.write(body.slice(0, 10));
    finish = () => req.end(body.slice(10));
  });
  return { response, finish };
}

describe.each(engines)('graceful shutdown on %s', (engine) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c().catch(() => undefined);
  });

  it('on SIGTERM refuses new connections, finishes the poll and the request in flight, and exits 0', async () => {
    const site: ReviewSite = await startReviewSite(40);
    cleanups.push(() => site.close());
    const database = await prepareDatabase(engine);
    cleanups.push(() => database.drop());
    const setup = await database.open();
    const { orgId } = await loadDemo(setup.db);
    await setup.db
      .update(sources)
      .set({ url: site.url, nextPollAt: new Date() })
      .where(eq(sources.orgId, orgId));
    await setup.close();

    const server = await spawnServer({
      ...database.env,
      PORT: '0',
      WORKERS_ENABLED: 'true',
      POLL_CRON: '* * * * * *',
      FETCH_ALLOW_LIST: '127.0.0.1/32',
      SHUTDOWN_TIMEOUT_MS: '20000',
    });
    cleanups.push(async () => {
      server.child.kill('SIGKILL');
    });
    await site.requested();
    const signIn = slowSignIn(server.url);
    // Let the half-sent request reach the server before the signal.
    await new Promise((r) => setTimeout(r, 300));
    server.child.kill('SIGTERM');
    await server.waitForLog(/^shutting down/);

    // No new connections once shutdown has begun.
    await expect(fetch(`${server.url}/health`)).rejects.toThrow();

    await new Promise((r) => setTimeout(r, 500));
    signIn.finish();
    site.release();
    const answered = await signIn.response;
    expect(answered.status).toBe(200);
    expect(answered.setCookie.some((c) => c.startsWith('rb_session='))).toBe(true);

    const exit = await server.exited;
    expect(exit).toEqual({ code: 0, signal: null });
    expect(server.output()).toMatch(/"msg":"stopped cleanly"/);

    const after = await database.open();
    try {
      const [stored] = await after.db.select({ n: count() }).from(reviews).where(eq(reviews.orgId, orgId));
      expect(stored?.n).toBe(40);
      const finished = await after.db
        .select({ created: pollRuns.created })
        .from(pollRuns)
        .where(and(eq(pollRuns.orgId, orgId), isNotNull(pollRuns.finishedAt)));
      expect(finished).toEqual([{ created: 40 }]);
      const [source] = await after.db
        .select({ lease: sources.leaseOwner })
        .from(sources)
        .where(eq(sources.orgId, orgId));
      expect(source?.lease).toBeNull();
    } finally {
      await after.close();
    }
  }, 180_000);
});
