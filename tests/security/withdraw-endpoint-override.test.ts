import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSecretBox } from '../../server/src/crypto/secret-box.ts';
import { replies, sources, users } from '../../server/src/db/schema/index.ts';
import { demoUsers, loadDemo } from '../../server/src/demo/load-demo.ts';
import { sourceOfReview } from '../../server/src/services/posting/posting-targets.ts';
import { approveDraft } from '../../server/src/services/replies/approve-draft.ts';
import { addGoogleReview, REPLY_TEXT } from '../approval/google-fixture.ts';
import { type FakeGbp, startFakeGbp } from '../support/fake-gbp-server.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { callProcedure, openSession, type Session } from './http.ts';
import { listProcedures } from './procedures.ts';

/** The APP_SECRET tests/support/server.ts starts every test server with. */
const TEST_APP_SECRET = 'test-secret-test-secret-0123456789';
const withdraw = listProcedures().find((p) => p.path === 'replies.withdraw');

describe('withdrawing a reply on a server that does not allow API address overrides', () => {
  let server: TestServer;
  let fake: FakeGbp;
  let owner: Session;
  let orgId: string;
  let ownerId: string;
  beforeAll(async () => {
    fake = await startFakeGbp();
    // Default settings: ALLOW_ENDPOINT_OVERRIDES is off.
    server = await startTestServer('pglite', { FETCH_ALLOW_LIST: '127.0.0.1' });
    ({ orgId } = await loadDemo(server.database.db, { baseUrl: server.url }));
    const email = demoUsers.find((u) => u.role === 'owner')?.email ?? '';
    const [u] = await server.database.db.select({ id: users.id }).from(users).where(eq(users.email, email));
    ownerId = u?.id ?? '';
    owner = await openSession(server.database.db, ownerId, orgId);
  });
  afterAll(async () => {
    await server?.stop();
    await fake?.close();
  });

  /** Approves the draft, marks the reply posted on the platform, and asks the dashboard's call to withdraw it. */
  async function withdrawPostedReply(draftId: string) {
    if (!withdraw) throw new Error('replies.withdraw is gone: update this test');
    const { replyId } = await approveDraft(
      server.database.db,
      orgId,
      { userId: ownerId, label: 'owner' },
      { draftId },
    );
    await server.database.db
      .update(replies)
      .set({ state: 'posted', postedAt: new Date() })
      .where(eq(replies.id, replyId ?? ''));
    return { replyId, r: await callProcedure(server.url, withdraw, { replyId }, owner) };
  }

  it("refuses through the dashboard's call for a Google source saved with its own API address, sending nothing", async () => {
    if (!withdraw) throw new Error('replies.withdraw is gone: update this test');
    // Saved while overrides were allowed: the source points at the stand-in's address, and the reply is posted.
    const { draftId, sourceId } = await addGoogleReview(server.database.db, fake, orgId, REPLY_TEXT);
    // Sealed under this server's secret, so only the refusal stands between them and the stand-in.
    const secrets = {
      clientId: fake.clientId,
      clientSecret: fake.clientSecret,
      refreshToken: fake.refreshToken,
    };
    await server.database.db
      .update(sources)
      .set({
        secretsEnc: createSecretBox(TEST_APP_SECRET).encrypt(
          JSON.stringify(secrets),
          `source:${orgId}:${sourceId}`,
        ),
      })
      .where(eq(sources.id, sourceId));
    const { r, replyId } = await withdrawPostedReply(draftId);
    expect(r.code).toBe('CONFLICT');
    expect(r.message).toContain(
      'not withdrawn: this source uses its own API address, which this server does not allow',
    );
    expect(fake.requests).toEqual([]);
    const [row] = await server.database.db
      .select({ state: replies.state })
      .from(replies)
      .where(eq(replies.id, replyId ?? ''));
    expect(row?.state).toBe('posted');
  });

  it("does not count a source on the platform's own address as overridden, so withdrawing goes on to Google", async () => {
    const { draftId, sourceId, reviewId } = await addGoogleReview(
      server.database.db,
      fake,
      orgId,
      REPLY_TEXT,
    );
    const [stored] = await server.database.db
      .select({ config: sources.config })
      .from(sources)
      .where(eq(sources.id, sourceId));
    const {
      apiBaseUrl: _api,
      tokenUrl: _token,
      ...config
    } = (stored?.config ?? {}) as Record<string, unknown>;
    await server.database.db.update(sources).set({ config }).where(eq(sources.id, sourceId));
    expect(await sourceOfReview(server.database.db, orgId, reviewId)).toEqual({
      kind: 'google',
      hasOwnEndpoint: false,
    });
    // Blank settings are the platform's address too.
    await server.database.db
      .update(sources)
      .set({ config: { ...config, apiBaseUrl: ' ', tokenUrl: '' } })
      .where(eq(sources.id, sourceId));
    expect((await sourceOfReview(server.database.db, orgId, reviewId))?.hasOwnEndpoint).toBe(false);
    const { r } = await withdrawPostedReply(draftId);
    // Google itself is out of reach here; what matters is that the address rule did not stop the call.
    expect(r.message ?? '').not.toContain('uses its own API address');
    expect(r.code).toBe('CONFLICT');
    expect(r.message).toContain('Google did not remove the reply');
  });
});
