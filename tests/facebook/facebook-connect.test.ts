import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSecretBox } from '../../server/src/crypto/secret-box.ts';
import { replies, replyDrafts, reviews, users } from '../../server/src/db/schema/index.ts';
import { createLogger } from '../../server/src/logger.ts';
import { claimDueReplies } from '../../server/src/services/posting/claim-due-replies.ts';
import { postClaimedReply } from '../../server/src/services/posting/post-claimed-reply.ts';
import { updateApprovalSettings } from '../../server/src/services/replies/approval-settings.ts';
import { approveDraft } from '../../server/src/services/replies/approve-draft.ts';
import { createFetchHttp, type HttpFn } from '../../server/src/sources/google/client.ts';
import {
  consentThroughFake,
  grantIdOf,
  newOwner,
  pollSource,
  sourcesOf,
  TEST_APP_SECRET,
} from '../oauth/support.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { addPage, type FakeGraph, startFakeGraph } from './fake-graph.ts';

describe('connecting a Facebook Page and answering its recommendations', () => {
  let fake: FakeGraph;
  let server: TestServer;
  beforeAll(async () => {
    fake = await startFakeGraph({ pageSize: 2 });
    addPage(fake, '501', 'Corner Cafe', [
      ['9001', 'negative', 'Waited forty minutes for a sandwich and nobody apologised.'],
      ['9002', 'positive', 'Great coffee, friendly team.'],
      ['9003', 'negative', 'The table was dirty and the soup was cold.'],
    ]);
    addPage(fake, '502', 'Cafe Two', [['9101', 'positive', 'Nice place.']]);
    addPage(fake, '503', 'Cafe Three', []);
    server = await startTestServer('pglite', { ...fake.env, APP_SECRET: TEST_APP_SECRET });
  });
  afterAll(async () => {
    await server?.stop();
    await fake?.close();
  });

  it('asks for the four Page permissions with PKCE, trades for a long-lived token and lists every Page across pages', async () => {
    const owner = await newOwner(server, 'fb-cafe');
    const back = await consentThroughFake(owner.api, 'facebook');
    const q = new URL(back.authorizeUrl).searchParams;
    expect(q.get('scope')?.split(' ').sort()).toEqual([
      'pages_manage_engagement',
      'pages_read_engagement',
      'pages_read_user_content',
      'pages_show_list',
    ]);
    expect(q.get('code_challenge_method')).toBe('S256');
    const grantId = grantIdOf(back.location);
    const { choices } = await owner.api.client.oauth.choices.query({ grantId });
    expect(choices.map((c) => c.name)).toEqual(['Corner Cafe', 'Cafe Two', 'Cafe Three']);
    expect(JSON.stringify(choices)).not.toMatch(/EAA/);
    const exchanged = fake.requests.filter((r) => r.path.endsWith('/oauth/access_token'));
    expect(exchanged).toHaveLength(2);
    // Tokens travel in the Authorization header, never in a URL.
    expect(fake.requests.some((r) => r.search.includes('access_token=EAA'))).toBe(false);
  });

  it('reads every rating of the two ticked Pages, and a crash after Facebook took the comment posts no second one', async () => {
    const owner = await newOwner(server, 'fb-reply');
    const grantId = grantIdOf((await consentThroughFake(owner.api, 'facebook')).location);
    const { choices } = await owner.api.client.oauth.choices.query({ grantId });
    await owner.api.client.oauth.connect.mutate({
      grantId,
      keys: choices.filter((c) => c.name !== 'Cafe Three').map((c) => c.key),
    });
    const made = await sourcesOf(server, owner.orgId);
    expect(made.map((s) => s.kind)).toEqual(['facebook', 'facebook']);
    const corner = made.find((s) => s.name === 'Corner Cafe');
    if (!corner) throw new Error('Corner Cafe not connected');
    expect((await pollSource(server, owner.orgId, corner.id))?.ok).toBe(true);
    const db = server.database.db;
    const read = await db
      .select({ id: reviews.id, externalId: reviews.externalId, rating: reviews.rating, text: reviews.text })
      .from(reviews)
      .where(eq(reviews.orgId, owner.orgId));
    // Three ratings over two Graph pages; a "does not recommend" reads as one star.
    expect(read.map((r) => r.externalId).sort()).toEqual(['501_9001', '501_9002', '501_9003']);
    expect(read.find((r) => r.externalId === '501_9001')?.rating).toBe(1);

    const target = read.find((r) => r.externalId === '501_9001');
    const [draft] = await db
      .select({ id: replyDrafts.id, text: replyDrafts.text })
      .from(replyDrafts)
      .where(and(eq(replyDrafts.orgId, owner.orgId), eq(replyDrafts.reviewId, target?.id ?? '')));
    if (!draft) throw new Error('no draft for the negative recommendation');
    const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, owner.email));
    const actor = { userId: user?.id ?? '', label: owner.email };
    await updateApprovalSettings(db, owner.orgId, actor, { undoSeconds: 0, unpostedReminderHours: 24 });
    await approveDraft(db, owner.orgId, actor, { draftId: draft.id, overrideReason: 'Checked by the owner' });

    fake.dropAfterAcceptingNextComment();
    const deps = (worker: string, http: HttpFn = createFetchHttp()) => ({
      db,
      worker,
      log: createLogger('silent'),
      http,
      box: createSecretBox(TEST_APP_SECRET),
      // The local stand-in for the platform is an API address of its own.
      allowEndpointOverrides: true,
      sleep: async () => {},
      retryBaseMs: 1,
      triesPerClaim: 1,
    });
    const [first] = await claimDueReplies(db, 'w1', { limit: 5, leaseSeconds: 60 });
    if (!first) throw new Error('nothing claimed');
    expect(await postClaimedReply(deps('w1'), first)).toBe('retry');
    expect(fake.comments.get('501_9001')).toHaveLength(1);
    const later = new Date(Date.now() + 3_600_000);
    const [second] = await claimDueReplies(db, 'w2', { limit: 5, leaseSeconds: 60, now: later });
    expect(second).toMatchObject({ id: first.id, isResume: true });
    if (!second) return;
    expect(await postClaimedReply(deps('w2'), second)).toBe('already_present');
    expect(fake.comments.get('501_9001')).toHaveLength(1);
    expect(fake.comments.get('501_9001')?.[0]?.message).toBe(draft.text);
    const [row] = await db.select({ state: replies.state }).from(replies).where(eq(replies.id, first.id));
    expect(row?.state).toBe('posted');
  });

  it('a Page whose app access was removed fails with "Reconnect Facebook", and disconnecting removes the app', async () => {
    const owner = await newOwner(server, 'fb-removed');
    const grantId = grantIdOf((await consentThroughFake(owner.api, 'facebook')).location);
    const { choices } = await owner.api.client.oauth.choices.query({ grantId });
    await owner.api.client.oauth.connect.mutate({ grantId, keys: [choices[1]?.key ?? ''] });
    const [source] = await sourcesOf(server, owner.orgId);
    if (!source) throw new Error('no source');
    await owner.api.client.oauth.disconnect.mutate({ sourceId: source.id });
    expect(fake.isAppRemoved).toBe(true);
    const polled = await pollSource(server, owner.orgId, source.id);
    expect(polled?.ok).toBe(false);
    const [after] = await sourcesOf(server, owner.orgId);
    expect(after?.isPaused).toBe(true);
    expect(after?.lastError).toMatch(/Reconnect Facebook/);
  });
});
