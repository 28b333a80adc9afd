import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { and, count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/src/db/client.ts';
import {
  alerts,
  competitorReviews,
  competitorSnapshots,
  competitors,
  locations,
  replyDrafts,
  reviewEffects,
  reviews,
} from '../../server/src/db/schema/index.ts';
import { demoUsers, loadDemo } from '../../server/src/demo/load-demo.ts';
import { createLogger } from '../../server/src/logger.ts';
import { fetchDocument } from '../../server/src/net/fetch-document.ts';
import { startCompetitorPoller } from '../../server/src/services/competitors/competitor-poller.ts';
import { dataDir } from '../sources-polling/support.ts';
import { signedInClient } from '../support/api-client.ts';
import { engines } from '../support/db.ts';
import { pollDemoSource } from '../support/demo-poll.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { type FakeSites, linesMatching, PLACES_KEY, startFakeSites } from './fake-sites.ts';

const loopback = ['127.0.0.0/8'];
const userOf = (role: string) => {
  const u = demoUsers.find((d) => d.role === role);
  if (!u) throw new Error(`no demo ${role}`);
  return u;
};
const day = (offset = 0) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** Rows that make up the inbox and what follows from it: none may appear because of a competitor. */
async function inboxRowCounts(db: Db, orgId: string) {
  const n = async (table: typeof reviews | typeof replyDrafts | typeof alerts | typeof reviewEffects) =>
    (await db.select({ n: count() }).from(table).where(eq(table.orgId, orgId)))[0]?.n ?? 0;
  return {
    reviews: await n(reviews),
    drafts: await n(replyDrafts),
    alerts: await n(alerts),
    effects: await n(reviewEffects),
  };
}

/** How many rows a competitor has in one of its tables. */
async function rowsOf(
  db: Db,
  table: typeof competitorReviews | typeof competitorSnapshots,
  orgId: string,
  competitorId: string,
) {
  const rows = await db
    .select({ n: count() })
    .from(table)
    .where(and(eq(table.orgId, orgId), eq(table.competitorId, competitorId)));
  return rows[0]?.n ?? 0;
}

describe.each(engines)('competitor benchmarking on %s', (engine) => {
  let server: TestServer;
  let sites: FakeSites;
  let db: Db;
  let orgId: string;
  let locationId: string;
  let manager: Awaited<ReturnType<typeof signedInClient>>['client'];
  const poller = (apiKey: string | undefined) =>
    startCompetitorPoller(
      {
        db,
        worker: `test-${engine}`,
        log: createLogger('silent'),
        fetcher: (url, policy) => fetchDocument(url, { ...policy, allowList: loopback }),
        places: { apiKey, baseUrl: sites.url },
      },
      { cronExpression: null },
    );

  beforeAll(async () => {
    sites = await startFakeSites();
    const staffPraise = await linesMatching(
      'positive.jsonl',
      (r) => r.rating === 5 && /\bstaff (?:was|were|is|are) (?:so |very )?(?:friendly|helpful)/i.test(r.text),
    );
    const oneStar = await linesMatching('negative.jsonl', (r) => r.rating === 1 && r.text.length < 600);
    const fiveStar = await linesMatching('positive.jsonl', (r) => r.rating === 5 && r.text.length < 600);
    sites.servePlace('ChIJmixedPlace0000001', {
      rating: 3.9,
      userRatingCount: 412,
      reviews: [
        ...oneStar.slice(0, 3).map((line, i) => ({ file: 'negative.jsonl' as const, line, daysAgo: i + 1 })),
        ...fiveStar.slice(0, 2).map((line, i) => ({ file: 'positive.jsonl' as const, line, daysAgo: i + 4 })),
      ],
    });
    sites.servePlace('ChIJstaffPraised00001', {
      rating: 4.8,
      userRatingCount: 96,
      reviews: staffPraise
        .slice(0, 5)
        .map((line, i) => ({ file: 'positive.jsonl' as const, line, daysAgo: i + 1 })),
    });
    sites.servePlace('ChIJnoSuchPlace00001', null);
    server = await startTestServer(engine, {
      FETCH_ALLOW_LIST: loopback.join(','),
      GOOGLE_PLACES_API_KEY: PLACES_KEY,
      ALLOW_ENDPOINT_OVERRIDES: 'true',
      GOOGLE_PLACES_API_URL: sites.url,
    });
    db = server.database.db;
    ({ orgId } = await loadDemo(db, { baseUrl: server.url }));
    await pollDemoSource(server, orgId);
    const [loc] = await db.select({ id: locations.id }).from(locations).where(eq(locations.orgId, orgId));
    if (!loc) throw new Error('demo location missing');
    locationId = loc.id;
    const m = userOf('manager');
    manager = (await signedInClient(server.url, m.email, m.password)).client;
  });
  afterAll(async () => {
    await server?.stop();
    await sites?.close();
  });

  it('reads a schema.org page and a Places id on the competitor schedule, and nothing reaches the inbox', async () => {
    const before = await inboxRowCounts(db, orgId);
    const page = await manager.competitors.add.mutate({
      locationId,
      kind: 'schema_org',
      name: 'Corner bistro',
      url: `${sites.url}/data/structured_data_html/extruct/LocalBusiness.002.html`,
    });
    const place = await manager.competitors.add.mutate({
      locationId,
      kind: 'google_places',
      name: 'Harbour grill',
      placeId: 'ChIJmixedPlace0000001',
    });
    const p = poller(PLACES_KEY);
    const outcomes = await p.tick();
    expect(outcomes.map((o) => [o.competitorId, o.ok, o.error])).toEqual(
      expect.arrayContaining([
        [page.id, true, null],
        [place.id, true, null],
      ]),
    );
    // Places is asked for exactly the three fields, with the operator's key.
    const last = sites.placesRequests.at(-1);
    expect(last?.['x-goog-fieldmask']).toBe('rating,userRatingCount,reviews');
    expect(last?.['x-goog-api-key']).toBe(PLACES_KEY);

    const listed = await manager.competitors.list.query();
    const byId = new Map(listed.map((c) => [c.id, c]));
    // The page states 4 stars from 250 reviews in microdata; the place 3.9 from 412 ratings and shows 5 reviews.
    expect(byId.get(page.id)).toMatchObject({ rating: 4, ratingCount: 250, health: 'ok' });
    expect(byId.get(place.id)).toMatchObject({ rating: 3.9, ratingCount: 412, reviewsRead: 5, health: 'ok' });
    // Polled every 6 hours by default: a second pass finds nothing due.
    expect(await p.tick()).toEqual([]);
    const next = byId.get(place.id)?.nextPollAt;
    expect(next && new Date(next).getTime() - Date.now()).toBeGreaterThan(5.9 * 3600_000);

    // A refresh reads the place again without storing its reviews twice.
    const refreshed = await manager.competitors.refresh.mutate({ competitorId: place.id });
    expect(refreshed.outcome).toMatchObject({ ok: true, reviewsRead: 5, reviewsNew: 0 });
    expect(await rowsOf(db, competitorReviews, orgId, place.id)).toBe(5);

    expect(await inboxRowCounts(db, orgId)).toEqual(before);
    const inbox = await manager.reviews.inbox.query({ limit: 500 });
    const texts = await db
      .select({ text: competitorReviews.text })
      .from(competitorReviews)
      .where(eq(competitorReviews.orgId, orgId));
    const shown = JSON.stringify(inbox);
    expect(texts.length).toBeGreaterThan(0);
    for (const t of texts) expect(shown).not.toContain(t.text.slice(0, 60));
    await p.stop();
  });

  it('benchmarks rating, volume and negative share side by side with our location', async () => {
    const from = day(-27);
    const to = day(0);
    const b = await manager.competitors.benchmark.query({ from, to, locationId });
    expect(b.locations.find((l) => l.id === locationId)?.competitors).toBe(2);
    const [ours, ...rivals] = b.series;
    expect(ours?.isOurs).toBe(true);
    // Our negative share: negative reviews over all reviews of the location published in the period.
    const [expected] = await db
      .select({
        all: sql<number>`count(*)::int`,
        negative: sql<number>`(count(*) filter (where ${reviews.label} = 'negative'))::int`,
      })
      .from(reviews)
      .where(
        and(
          eq(reviews.orgId, orgId),
          eq(reviews.locationId, locationId),
          sql`(${reviews.publishedAt} at time zone 'UTC')::date between ${from}::date and ${to}::date`,
        ),
      );
    expect(ours?.reviewsCounted).toBe(expected?.all);
    expect(ours?.negative).toBe(expected?.negative);
    const harbour = rivals.find((r) => r.name === 'Harbour grill');
    // Three one-star reviews among the five the place showed: 3 / 5 = 0.6 negative.
    expect(harbour).toMatchObject({ reviewsCounted: 5, negative: 3, negativeShare: 0.6, latestRating: 3.9 });
    // Four seven-day buckets over 28 days; the place was first read today, so only the last has its rating.
    expect(harbour?.points.map((p) => p.rating)).toEqual([null, null, null, 3.9]);
    const bistro = rivals.find((r) => r.name === 'Corner bistro');
    expect(bistro?.points.at(-1)?.rating).toBe(4);
    expect(ours?.points).toHaveLength(4);
  });

  it('finds the themes competitors are praised for where we are not', async () => {
    const [branch] = await db
      .insert(locations)
      .values({ orgId, name: 'New branch' })
      .returning({ id: locations.id });
    if (!branch) throw new Error('no branch');
    const rival = await manager.competitors.add.mutate({
      locationId: branch.id,
      kind: 'google_places',
      name: 'Friendly rival',
      placeId: 'ChIJstaffPraised00001',
    });
    await manager.competitors.refresh.mutate({ competitorId: rival.id });
    const b = await manager.competitors.benchmark.query({
      from: day(-13),
      to: day(0),
      locationId: branch.id,
    });
    const staff = b.themes.find((t) => t.theme === 'staff');
    // The branch has no reviews yet, so every theme the rival is praised for twice or more is a gap.
    expect(staff).toMatchObject({ ourPraised: 0, isGap: true });
    expect(staff?.competitorPraised).toBeGreaterThanOrEqual(2);
  });

  it('reads an App Store competitor from its feed: no overall rating there, so the mean of the reviews read', async () => {
    const feed = JSON.parse(
      await readFile(
        path.join(dataDir, 'review_api_json/apple_appstore_customerreviews_us_id1321994487.json'),
        'utf8',
      ),
    ) as { feed: { entry: { 'im:rating': { label: string } }[] } };
    const ratings = feed.feed.entry.map((e) => Number(e['im:rating'].label));
    const [app] = await db
      .insert(locations)
      .values({ orgId, name: 'App team' })
      .returning({ id: locations.id });
    if (!app) throw new Error('no location');
    const rival = await manager.competitors.add.mutate({
      locationId: app.id,
      kind: 'apple_json',
      name: 'Rival app',
      appId: '1321994487',
      url: `${sites.url}/data/review_api_json/apple_appstore_customerreviews_us_id1321994487.json`,
    });
    const { competitor, outcome } = await manager.competitors.refresh.mutate({ competitorId: rival.id });
    expect(outcome).toMatchObject({ ok: true, reviewsRead: ratings.length, reviewsNew: ratings.length });
    // The feed has no aggregate: the rating is the mean of its 50 reviews, and the volume is counted from them.
    const mean = ratings.reduce((a, b) => a + b, 0) / ratings.length;
    expect(competitor.rating).toBeCloseTo(mean, 6);
    expect(competitor.ratingCount).toBeNull();
    const b = await manager.competitors.benchmark.query({ from: day(-6), to: day(0), locationId: app.id });
    expect(b.series.find((x) => x.key === rival.id)?.volumeFrom).toBe('reviews read');
  });

  it('refuses an eleventh competitor for a location and the same competitor twice', async () => {
    const [shop] = await db
      .insert(locations)
      .values({ orgId, name: 'Full shop' })
      .returning({ id: locations.id });
    if (!shop) throw new Error('no shop');
    for (let i = 0; i < 10; i++)
      await manager.competitors.add.mutate({
        locationId: shop.id,
        kind: 'google_places',
        name: `Rival ${i}`,
        placeId: `ChIJrivalNumber0000${i}`,
      });
    await expect(
      manager.competitors.add.mutate({
        locationId: shop.id,
        kind: 'google_places',
        name: 'Rival 11',
        placeId: 'ChIJrivalNumber00011',
      }),
    ).rejects.toMatchObject({ data: { code: 'CONFLICT' } });
    await expect(
      manager.competitors.add.mutate({
        locationId,
        kind: 'google_places',
        name: 'Harbour grill again',
        placeId: 'ChIJmixedPlace0000001',
      }),
    ).rejects.toMatchObject({ data: { code: 'CONFLICT' } });
  });

  it('marks a competitor degraded, with the reason, when Places does not know the id or no key is set', async () => {
    const unknown = await manager.competitors.add.mutate({
      locationId,
      kind: 'google_places',
      name: 'Gone place',
      placeId: 'ChIJnoSuchPlace00001',
    });
    const refreshed = await manager.competitors.refresh.mutate({ competitorId: unknown.id });
    expect(refreshed.outcome.ok).toBe(false);
    expect(refreshed.competitor.health).toBe('degraded');
    expect(refreshed.competitor.lastError).toMatch(/404[\s\S]*Check the place id/);
    expect(await rowsOf(db, competitorSnapshots, orgId, unknown.id)).toBe(0);

    await db
      .update(competitors)
      .set({ nextPollAt: new Date(0) })
      .where(and(eq(competitors.orgId, orgId), eq(competitors.id, unknown.id)));
    const keyless = poller(undefined);
    const outcomes = await keyless.tick();
    expect(outcomes.find((o) => o.competitorId === unknown.id)?.error).toMatch(/GOOGLE_PLACES_API_KEY/);
    await keyless.stop();
  });

  it('removes a competitor with its snapshots and reviews; marketing may not add one', async () => {
    const listed = await manager.competitors.list.query();
    const harbour = listed.find((c) => c.name === 'Harbour grill');
    if (!harbour) throw new Error('Harbour grill missing');
    await manager.competitors.remove.mutate({ competitorId: harbour.id });
    expect(await rowsOf(db, competitorReviews, orgId, harbour.id)).toBe(0);
    const mk = userOf('marketing');
    const marketing = (await signedInClient(server.url, mk.email, mk.password)).client;
    await expect(
      marketing.competitors.add.mutate({
        locationId,
        kind: 'google_places',
        name: 'X',
        placeId: 'ChIJmarketing000001',
      }),
    ).rejects.toMatchObject({ data: { code: 'FORBIDDEN' } });
  });
});
