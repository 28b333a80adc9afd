import { eq } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/src/db/client.ts';
import { migrateDatabase } from '../../server/src/db/migrate.ts';
import { replies } from '../../server/src/db/schema/index.ts';
import { loadDemo } from '../../server/src/demo/load-demo.ts';
import { updateApprovalSettings } from '../../server/src/services/replies/approval-settings.ts';
import { createPostgresDatabase } from '../support/db.ts';
import {
  FAKE_GBP_DEMO_ACCOUNT,
  FAKE_GBP_DEMO_LOCATION,
  type FakeGbp,
  startFakeGbp,
} from '../support/fake-gbp-server.ts';
import { signIn } from './demo-org.ts';
import { APP_SECRET, addGoogleReview, REPLY_TEXT, reviewName } from './google-fixture.ts';
import { type ReboundProcess, spawnRebound } from './spawn-rebound.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor<T>(
  what: string,
  read: () => Promise<T | null | undefined | false>,
  timeoutMs: number,
  everyMs = 5,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(everyMs);
  }
}

describe('posting a reply with two server processes on one PostgreSQL database', () => {
  let pg: { url: string; drop(): Promise<void> };
  let fake: FakeGbp;
  const running: ReboundProcess[] = [];
  let sql: postgres.Sql;

  beforeAll(async () => {
    pg = await createPostgresDatabase();
    const database = await openDatabase({ databaseUrl: pg.url, poolSize: 2 });
    await migrateDatabase(database);
    await database.close();
    fake = await startFakeGbp();
    sql = postgres(pg.url, { max: 1, onnotice: () => {} });
  });
  afterAll(async () => {
    await Promise.allSettled(running.map((p) => p.kill('SIGKILL')));
    await sql?.end();
    await fake?.close();
    await pg?.drop();
  });

  const env = () => ({
    DATABASE_URL: pg.url,
    APP_SECRET,
    WORKERS_ENABLED: 'true',
    POSTING_CRON: '*/1 * * * * *',
    POSTING_LEASE_SECONDS: '4',
    POLL_CRON: '0 0 1 1 *',
    ALERTS_CRON: '0 0 1 1 *',
    DEMO_SITE: 'false',
    // The fake Google runs on loopback, which the guarded fetch refuses unless allowed.
    FETCH_ALLOW_LIST: '127.0.0.1',
    // The stand-in platform servers are API addresses of their own.
    ALLOW_ENDPOINT_OVERRIDES: 'true',
  });

  it('posts exactly once when Google accepts the reply, drops the connection and the posting process is killed before recording it', async () => {
    const { db, close } = await openDatabase({ databaseUrl: pg.url, poolSize: 2 });
    try {
      const { orgId } = await loadDemo(db);
      // No undo window: this test is about the claim once a reply is released, not about the wait before it.
      await updateApprovalSettings(
        db,
        orgId,
        { userId: null, label: 'test' },
        {
          undoSeconds: 0,
          unpostedReminderHours: 24,
        },
      );
      const { draftId } = await addGoogleReview(db, fake, orgId, REPLY_TEXT);
      const [a, b] = await Promise.all([spawnRebound(env()), spawnRebound(env())]);
      if (!a || !b) throw new Error('processes did not start');
      running.push(a, b);
      // Google takes the reply, then the connection drops before any answer comes back.
      fake.failNext('drop-after-accept-reply');
      const owner = await signIn(a.url, 'owner');
      const { replyId } = await owner.client.replies.approve.mutate({ draftId });
      if (!replyId) throw new Error('no reply id');

      // The moment Google has it, kill the process holding the claim: it never gets to write "posted".
      await waitFor('the first PUT', async () => fake.replyPutCount(reviewName) === 1, 45_000, 2).catch(
        async (error: Error) => {
          const [row] =
            await sql`select state, attempts, last_error, next_attempt_at from replies where id = ${replyId}`;
          throw new Error(
            `${error.message}; reply row ${JSON.stringify(row)}\n${a.log().slice(-3000)}\n${b.log().slice(-3000)}`,
          );
        },
      );
      const [claim] = await sql<
        { lease_owner: string | null; state: string }[]
      >`select lease_owner, state from replies where id = ${replyId}`;
      const holder = [a, b].find((p) => claim?.lease_owner?.includes(`:${p.pid}:`));
      if (!holder) throw new Error(`no process holds the claim (${claim?.lease_owner})`);
      await holder.kill('SIGKILL');
      expect(claim?.state).toBe('posting');
      const [afterKill] = await sql<{ state: string }[]>`select state from replies where id = ${replyId}`;
      expect(afterKill?.state).toBe('posting');

      // A restart joins the survivor; whichever claims after the lease lapses reads back and finds our reply.
      const restarted = await spawnRebound(env());
      running.push(restarted);
      const posted = await waitFor(
        'the reply to be recorded as posted',
        async () => {
          const [row] = await db.select().from(replies).where(eq(replies.id, replyId));
          return row?.state === 'posted' ? row : null;
        },
        30_000,
        200,
      );
      expect(fake.replyPutCount(reviewName)).toBe(1);
      expect(posted.meta).toMatchObject({ via: 'google_api', result: 'already_present' });
      expect(posted.postedAt).toBeInstanceOf(Date);
      const [onGoogle] = fake.reviews(FAKE_GBP_DEMO_ACCOUNT, FAKE_GBP_DEMO_LOCATION);
      expect(onGoogle?.reviewReply?.comment).toBe(REPLY_TEXT);
      // Nobody posts it again later.
      await sleep(2_500);
      expect(fake.replyPutCount(reviewName)).toBe(1);
    } finally {
      await close();
    }
  }, 120_000);
});
