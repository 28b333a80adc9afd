import { eq } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Db, openDatabase } from '../../server/src/db/client.ts';
import { migrateDatabase } from '../../server/src/db/migrate.ts';
import { replies, sources } from '../../server/src/db/schema/index.ts';
import { loadDemo } from '../../server/src/demo/load-demo.ts';
import { updateApprovalSettings } from '../../server/src/services/replies/approval-settings.ts';
import { sealSourceSecrets } from '../../server/src/services/secrets/source-secrets.ts';
import { endpointOf } from '../../server/src/services/sources/source-config.ts';
import { addReviewWithDraft } from '../app-store-connect/store-fixture.ts';
import { signIn } from '../approval/demo-org.ts';
import { type ReboundProcess, spawnRebound } from '../approval/spawn-rebound.ts';
import { secretBox, testSecret } from '../sources-polling/support.ts';
import { createPostgresDatabase } from '../support/db.ts';
import { addPage, type FakeGraph, startFakeGraph } from './fake-graph.ts';

const PAGE_ID = '501';
const STORY_ID = `${PAGE_ID}_9001`;
const REPLY =
  'Sorry about the wait, Jo. We have added a second person at lunch; please come back and see us.';

/**
 * A Facebook Page source as the connect flow leaves it: the Page id (and the stand-in's address) in config, the
 * Page token sealed with the app secret, bound to the row and to that address. Paused so no poll runs meanwhile.
 */
async function addFacebookSource(db: Db, orgId: string, fake: FakeGraph) {
  const page = fake.pages.find((p) => p.id === PAGE_ID);
  if (!page) throw new Error('no page on the fake');
  const config = { pageId: PAGE_ID, connectedWith: 'oauth', secretsSet: [], apiBaseUrl: fake.url };
  const [source] = await db
    .insert(sources)
    .values({ orgId, kind: 'facebook', name: page.name, config, isPaused: true })
    .returning({ id: sources.id });
  if (!source) throw new Error('no source');
  await db
    .update(sources)
    .set({
      secretsEnc: sealSourceSecrets(secretBox, orgId, source.id, {
        accessToken: page.token,
        endpoint: endpointOf(config),
      }),
    })
    .where(eq(sources.id, source.id));
  return source.id;
}

/**
 * kill -9 of the process commenting on a Facebook recommendation, right after Facebook kept the comment and
 * dropped the connection, so the process never wrote "posted". After a restart, whoever claims the reply once its
 * lease lapses reads the story's comments back and records the Page's comment, without a second one.
 */
describe('posting to Facebook survives kill -9 between Facebook accepting the comment and our record', () => {
  let pg: { url: string; drop(): Promise<void> };
  let sql: postgres.Sql;
  let fake: FakeGraph;
  const running: ReboundProcess[] = [];
  beforeAll(async () => {
    pg = await createPostgresDatabase();
    const database = await openDatabase({ databaseUrl: pg.url, poolSize: 2 });
    await migrateDatabase(database);
    await database.close();
    sql = postgres(pg.url, { max: 1, onnotice: () => {} });
    fake = await startFakeGraph();
    addPage(fake, PAGE_ID, 'Corner Cafe', [
      ['9001', 'negative', 'Waited forty minutes for a sandwich and nobody apologised.'],
    ]);
  });
  afterAll(async () => {
    await Promise.allSettled(running.map((p) => p.kill('SIGKILL')));
    await fake?.close();
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
    // FACEBOOK_APP_ID/SECRET, FACEBOOK_ENDPOINT_OVERRIDE, ALLOW_ENDPOINT_OVERRIDES, FETCH_ALLOW_LIST (loopback).
    ...fake.env,
  });

  it('comments once on the recommendation', async () => {
    const { db, close } = await openDatabase({ databaseUrl: pg.url, poolSize: 2 });
    try {
      const { orgId } = await loadDemo(db);
      await updateApprovalSettings(
        db,
        orgId,
        { userId: null, label: 'test' },
        { undoSeconds: 0, unpostedReminderHours: 24 },
      );
      const sourceId = await addFacebookSource(db, orgId, fake);
      const { draftId } = await addReviewWithDraft(db, orgId, sourceId, STORY_ID, REPLY);
      const comments = () => fake.comments.get(STORY_ID) ?? [];

      const first = await spawnRebound(env());
      running.push(first);
      // Facebook keeps the comment, then the connection drops before its answer arrives.
      fake.dropAfterAcceptingNextComment();
      const owner = await signIn(first.url, 'owner');
      const { replyId } = await owner.client.replies.approve.mutate({ draftId });
      if (!replyId) throw new Error('no reply id');

      await vi.waitFor(
        () => {
          if (comments().length !== 1) throw new Error('Facebook has not accepted the comment yet');
        },
        { timeout: 45_000, interval: 2 },
      );
      await first.kill('SIGKILL');
      const [afterKill] = await sql<{ state: string }[]>`select state from replies where id = ${replyId}`;
      expect(afterKill?.state).toBe('posting');

      const second = await spawnRebound(env());
      running.push(second);
      const posted = await vi.waitFor(
        async () => {
          const [row] = await db.select().from(replies).where(eq(replies.id, replyId));
          if (row?.state !== 'posted') throw new Error(`the reply is ${row?.state}, not yet posted`);
          return row;
        },
        { timeout: 30_000, interval: 200 },
      );
      expect(posted.meta).toMatchObject({ result: 'already_present', platformResponseId: `${STORY_ID}_1` });
      expect(comments()).toHaveLength(1);
      expect(comments()[0]).toMatchObject({ message: REPLY, from: { id: PAGE_ID } });
      await new Promise((r) => setTimeout(r, 2_500));
      expect(comments()).toHaveLength(1);
      const posts = fake.requests.filter(
        (r) => r.method === 'POST' && r.path.endsWith(`/${STORY_ID}/comments`),
      );
      expect(posts).toHaveLength(1);
      await second.kill('SIGTERM');
    } finally {
      await close();
    }
  }, 150_000);
});
