import { createHmac } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviews } from '../../server/src/db/schema/index.ts';
import { demoUsers, loadDemo } from '../../server/src/demo/load-demo.ts';
import { signedInClient } from '../support/api-client.ts';
import { engines } from '../support/db.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const owner = demoUsers.find((u) => u.role === 'owner');

// Written out by hand, as a sender in another language would, rather than with our own signing helper.
function sign(secret: string, timestamp: string, body: string) {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

describe.each(engines)('review webhook on %s', (engine) => {
  let server: TestServer;
  let orgId: string;
  let sourceId: string;
  let secret: string;
  beforeAll(async () => {
    server = await startTestServer(engine);
    ({ orgId } = await loadDemo(server.database.db));
    if (!owner) throw new Error('demo owner missing');
    const { client } = await signedInClient(server.url, owner.email, owner.password);
    const created = await client.sources.create.mutate({ kind: 'webhook', name: 'Booking tool' });
    sourceId = created.source.id;
    secret = created.webhookSecret ?? '';
    expect(secret).toMatch(/^whsec_/);
    const listed = await client.sources.get.query({ sourceId });
    expect(JSON.stringify(listed)).not.toContain(secret);
    expect(listed.secrets.webhookSecret).toBe('set');
  });
  afterAll(() => server?.stop());

  const count = async () =>
    (
      await server.database.db
        .select({ n: sql<number>`count(*)::int` })
        .from(reviews)
        .where(and(eq(reviews.orgId, orgId), eq(reviews.sourceId, sourceId)))
    )[0]?.n ?? 0;
  const post = (body: string, headers: Record<string, string>, id = sourceId) =>
    fetch(`${server.url}/api/webhooks/reviews/${id}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
  const now = () => String(Math.floor(Date.now() / 1000));

  it('stores reviews pushed with a good signature, one or many, lenient on missing fields', async () => {
    const one = JSON.stringify({
      externalId: 'bk-1',
      author: 'Priya',
      rating: 2,
      text: 'The table was not ready and nobody said sorry.',
    });
    const ts = now();
    const res = await post(one, { 'x-rebound-signature': sign(secret, ts, one), 'x-rebound-timestamp': ts });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ received: 1, created: 1 });
    const many = JSON.stringify({
      reviews: [
        { text: 'Lovely evening.', rating: '9', ratingScale: { worst: 0, best: 10 } },
        { externalId: 7, text: 'Fine.' },
      ],
    });
    const ts2 = now();
    const res2 = await post(many, {
      'x-rebound-signature': sign(secret, ts2, many),
      'x-rebound-timestamp': ts2,
    });
    expect(await res2.json()).toMatchObject({ received: 2, created: 2 });
    expect(await count()).toBe(3);
    const [negative] = await server.database.db
      .select({ label: reviews.label })
      .from(reviews)
      .where(and(eq(reviews.orgId, orgId), eq(reviews.dedupeKey, 'x:bk-1')));
    expect(negative?.label).toBe('negative');
  });

  it('refuses a wrong signature, a missing one, an old timestamp or an unknown source with 401 and stores nothing', async () => {
    const before = await count();
    const body = JSON.stringify({ externalId: 'evil', text: 'Injected review' });
    const ts = now();
    const old = String(Math.floor(Date.now() / 1000) - 600);
    const attempts = [
      post(body, { 'x-rebound-signature': sign('not-the-secret', ts, body), 'x-rebound-timestamp': ts }),
      post(body, { 'x-rebound-timestamp': ts }),
      post(body, { 'x-rebound-signature': sign(secret, old, body), 'x-rebound-timestamp': old }),
      // Signed for another timestamp: the timestamp is part of what is signed, so it cannot be swapped.
      post(body, { 'x-rebound-signature': sign(secret, old, body), 'x-rebound-timestamp': ts }),
      post(`${body} `, { 'x-rebound-signature': sign(secret, ts, body), 'x-rebound-timestamp': ts }),
      post(
        body,
        { 'x-rebound-signature': sign(secret, ts, body), 'x-rebound-timestamp': ts },
        '00000000-0000-4000-8000-000000000000',
      ),
      post(body, { 'x-rebound-signature': sign(secret, ts, body), 'x-rebound-timestamp': ts }, 'not-a-uuid'),
    ];
    for (const res of await Promise.all(attempts)) expect(res.status).toBe(401);
    expect(await count()).toBe(before);
  });

  it('a rotated secret replaces the old one at once', async () => {
    if (!owner) return;
    const { client } = await signedInClient(server.url, owner.email, owner.password);
    const rotated = await client.sources.rotateWebhookSecret.mutate({ sourceId });
    const body = JSON.stringify({ text: 'After rotation' });
    const ts = now();
    expect(
      (await post(body, { 'x-rebound-signature': sign(secret, ts, body), 'x-rebound-timestamp': ts })).status,
    ).toBe(401);
    expect(
      (
        await post(body, {
          'x-rebound-signature': sign(rotated.webhookSecret ?? '', ts, body),
          'x-rebound-timestamp': ts,
        })
      ).status,
    ).toBe(200);
    secret = rotated.webhookSecret ?? '';
  });
  it('refuses a review whose rating is outside its scale or whose date is no date, naming each, and stores nothing', async () => {
    const before = await count();
    const sends: [unknown, string, RegExp][] = [
      [
        { externalId: 'r-7', text: 'Seven stars?', rating: 7 },
        'rating',
        /rating 7 is not a number from 1 to 5/,
      ],
      [{ text: 'Zero.', rating: 0 }, 'rating', /rating 0 is not a number from 1 to 5/],
      [
        { text: 'Eleven of ten.', rating: 11, ratingScale: { worst: 0, best: 10 } },
        'rating',
        /rating 11 is not a number from 0 to 10/,
      ],
      [{ text: 'When?', publishedAt: 'last Tuesday-ish' }, 'publishedAt', /"last Tuesday-ish" is not a date/],
      [{ text: 'No such day.', publishedAt: '2026-02-30' }, 'publishedAt', /"2026-02-30" is not a date/],
      [
        {
          reviews: [
            { externalId: 'fine-1', text: 'Fine.', rating: 4 },
            { text: 'Edited.', updatedAt: 'soon' },
          ],
        },
        'reviews.1.updatedAt',
        /"soon" is not a date/,
      ],
    ];
    for (const [payload, path, message] of sends) {
      const body = JSON.stringify(payload);
      const ts = now();
      const res = await post(body, {
        'x-rebound-signature': sign(secret, ts, body),
        'x-rebound-timestamp': ts,
      });
      expect(res.status, body).toBe(400);
      const answer = (await res.json()) as { error: string; issues: { path: string; message: string }[] };
      expect(answer.error).toMatch(/nothing was stored/);
      expect(answer.issues, body).toContainEqual({ path, message: expect.stringMatching(message) });
    }
    expect(await count()).toBe(before);
  });

  // Last: an early 413 closes the connection under the client's keep-alive pool.
  it('refuses a body over 1 MB and a body of the wrong shape without storing anything', async () => {
    const before = await count();
    const ts = now();
    const bad = JSON.stringify({ reviews: [{ text: 'ok' }, { rating: 3 }] });
    const res = await post(bad, { 'x-rebound-signature': sign(secret, ts, bad), 'x-rebound-timestamp': ts });
    expect(res.status).toBe(400);
    const huge = JSON.stringify({ text: 'x'.repeat(1_100_000) });
    expect(
      (await post(huge, { 'x-rebound-signature': sign(secret, ts, huge), 'x-rebound-timestamp': ts })).status,
    ).toBe(413);
    expect(await count()).toBe(before);
  });
});
