import { eq } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/src/db/client.ts';
import { migrateDatabase } from '../../server/src/db/migrate.ts';
import { replies } from '../../server/src/db/schema/index.ts';
import { loadDemo } from '../../server/src/demo/load-demo.ts';
import { updateApprovalSettings } from '../../server/src/services/replies/approval-settings.ts';
import { signIn } from '../approval/demo-org.ts';
import { type ReboundProcess, spawnRebound } from '../approval/spawn-rebound.ts';
import { startFakePlay } from '../google-play/fake-play-server.ts';
import { testSecret } from '../sources-polling/support.ts';
import { createPostgresDatabase } from '../support/db.ts';
import { startFakeAsc } from './fake-asc-server.ts';
import { addReviewWithDraft, addStoreSource, type StoreFake } from './store-fixture.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor<T>(
  what: string,
  read: () => Promise<T | null | undefined | false>,
  timeoutMs: number,
  everyMs = 5,
) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(everyMs);
  }
}

const REPLY = 'Thanks for the report, Jo. Version 4.3 fixes the logout; please update.';

/**
 * kill -9 of the process posting a reply, right after the platform accepted it and dropped the connection, so
 * the process never wrote "posted". After a restart, whoever claims the reply once its lease lapses reads the
 * platform's copy back and records it, without a second write.
 */
describe('posting to the app stores survives kill -9 between the platform accepting and our record', () => {
  let pg: { url: string; drop(): Promise<void> };
  let sql: postgres.Sql;
  const running: ReboundProcess[] = [];
  beforeAll(async () => {
    pg = await createPostgresDatabase();
    const database = await openDatabase({ databaseUrl: pg.url, poolSize: 2 });
    await migrateDatabase(database);
    await database.close();
    sql = postgres(pg.url, { max: 1, onnotice: () => {} });
  });
  afterAll(async () => {
    await Promise.allSettled(running.map((p) => p.kill('SIGKILL')));
    await sql?.end();
    await pg?.drop();
  });

  const env = () => ({
    DATABASE_URL: pg.url,
    APP_SECRET: testSecret,
    WORKERS_ENABLED: 'true',
    POSTING_CRON: '*/1 * * * * *',
    POSTING_LEASE_SECONDS: '4',
    POLL_CRON: '0 0 1 1 *',
    ALERTS_CRON: '0 0 1 1 *',
    DEMO_SITE: 'false',
    FETCH_ALLOW_LIST: '127.0.0.1',
    // The stand-in platform servers are API addresses of their own.
    ALLOW_ENDPOINT_OVERRIDES: 'true',
  });

  it.each(['app_store_connect', 'google_play'] as const)(
    '%s',
    async (kind) => {
      const { db, close } = await openDatabase({ databaseUrl: pg.url, poolSize: 2 });
      const asc = kind === 'app_store_connect' ? await startFakeAsc() : null;
      const play = kind === 'google_play' ? await startFakePlay() : null;
      const externalId = `${kind}-kill-1`;
      try {
        const store: StoreFake = asc
          ? { kind: 'app_store_connect', fake: asc }
          : { kind: 'google_play', fake: play as NonNullable<typeof play> };
        asc?.seed([{ id: externalId, rating: 1, body: 'Logs me out' }]);
        play?.seed([{ reviewId: externalId, text: 'Logs me out', starRating: 1 }]);
        const writes = () => asc?.createCount(externalId) ?? play?.replyCount(externalId) ?? 0;
        const { orgId } = await loadDemo(db).catch(async () => {
          const [org] = await sql<{ id: string }[]>`select id from organizations limit 1`;
          return { orgId: org?.id ?? '' };
        });
        await updateApprovalSettings(
          db,
          orgId,
          { userId: null, label: 'test' },
          { undoSeconds: 0, unpostedReminderHours: 24 },
        );
        const sourceId = await addStoreSource(db, orgId, store);
        const { draftId } = await addReviewWithDraft(db, orgId, sourceId, externalId, REPLY);

        const first = await spawnRebound(env());
        running.push(first);
        // The platform keeps the reply, then the connection drops before its answer arrives.
        store.fake.failNext('drop-after-accept');
        const owner = await signIn(first.url, 'owner');
        const { replyId } = await owner.client.replies.approve.mutate({ draftId });
        if (!replyId) throw new Error('no reply id');

        await waitFor('the platform to accept the reply', async () => writes() === 1, 45_000, 2);
        await first.kill('SIGKILL');
        const [afterKill] = await sql<{ state: string }[]>`select state from replies where id = ${replyId}`;
        expect(afterKill?.state).toBe('posting');

        const second = await spawnRebound(env());
        running.push(second);
        const posted = await waitFor(
          'the reply to be recorded as posted',
          async () => {
            const [row] = await db.select().from(replies).where(eq(replies.id, replyId));
            return row?.state === 'posted' ? row : null;
          },
          30_000,
          200,
        );
        expect(posted.meta).toMatchObject({ result: 'already_present' });
        expect(writes()).toBe(1);
        await sleep(2_500);
        expect(writes()).toBe(1);
        await second.kill('SIGTERM');
      } finally {
        await asc?.close();
        await play?.close();
        await close();
      }
    },
    150_000,
  );
});
