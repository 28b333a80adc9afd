import type { NormalizedReview, SourceKind } from '@rebound/shared';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviews, sources } from '../../server/src/db/schema/index.ts';
import { ingestReviews } from '../../server/src/services/reviews/ingest-reviews.ts';
import { createGoldenOrg } from '../dashboard/golden-org.ts';
import { createTestDatabase, engines, type TestDatabase } from '../support/db.ts';

const review = (over: Partial<NormalizedReview>): NormalizedReview => ({
  externalId: null,
  author: 'Rosa',
  rating: 2,
  ratingOriginal: 2,
  ratingScale: null,
  title: null,
  text: 'The chain was not oiled after the service.',
  language: 'en',
  publishedAt: '2026-03-02T10:00:00Z',
  updatedAt: null,
  url: null,
  itemName: null,
  ownerReply: null,
  ...over,
});

describe.each(engines)('the same review through two sources on %s', (engine) => {
  let database: TestDatabase;
  let orgId = '';
  let n = 0;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    ({ orgId } = await createGoldenOrg(database.db, `same-${engine}`));
  });
  afterAll(async () => {
    await database?.drop();
  });

  async function addSource(kind: SourceKind, url: string | null): Promise<string> {
    n += 1;
    const [row] = await database.db
      .insert(sources)
      .values({ orgId, kind, name: `Source ${n}`, url })
      .returning({ id: sources.id });
    if (!row) throw new Error('source not created');
    return row.id;
  }
  const ingest = (sourceId: string, items: NormalizedReview[]) =>
    ingestReviews(database.db, { orgId, sourceId, locationId: null, isCompleteList: false }, items);
  const storedWith = async (text: string) =>
    database.db
      .select({ id: reviews.id, sourceId: reviews.sourceId })
      .from(reviews)
      .where(and(eq(reviews.orgId, orgId), eq(reviews.text, text)));

  it('stores once a review with the same id on the same site, seen on two pages of it, and raises one event', async () => {
    const a = await addSource('schema_org', 'https://bikes.example/reviews');
    const b = await addSource('schema_org', 'https://Bikes.example/reviews?sort=new');
    const item = review({ externalId: 'r-1001', text: 'Same site, same id' });
    expect((await ingest(a, [item])).created).toBe(1);
    const second = await ingest(b, [item]);
    expect(second.created).toBe(0);
    expect(second.events).toEqual([]);
    expect(await storedWith('Same site, same id')).toEqual([{ id: expect.any(String), sourceId: a }]);
    // Polling the second source again changes nothing.
    expect((await ingest(b, [item])).created).toBe(0);
  });

  it('stores once an App Store review read through both feed formats, and a Google review through two sources', async () => {
    const json = await addSource('apple_json', 'https://itunes.apple.com/us/rss/customerreviews/id=1/json');
    const atom = await addSource('apple_atom', 'https://itunes.apple.com/us/rss/customerreviews/id=1/xml');
    await ingest(json, [review({ externalId: '555', text: 'App review' })]);
    await ingest(atom, [review({ externalId: '555', text: 'App review' })]);
    expect(await storedWith('App review')).toHaveLength(1);
    const g1 = await addSource('google', null);
    const g2 = await addSource('google', null);
    await ingest(g1, [review({ externalId: 'accounts/1/locations/2/reviews/abc', text: 'Google review' })]);
    await ingest(g2, [review({ externalId: 'accounts/1/locations/2/reviews/abc', text: 'Google review' })]);
    expect(await storedWith('Google review')).toHaveLength(1);
  });

  it('keeps apart the same id on two platforms or two sites, which are different reviews', async () => {
    const yelp = await addSource('yelp', null);
    const google = await addSource('google', null);
    const siteA = await addSource('feed', 'https://a.example/feed');
    const siteB = await addSource('feed', 'https://b.example/feed');
    for (const s of [yelp, google, siteA, siteB])
      await ingest(s, [review({ externalId: '42', text: 'Id 42' })]);
    expect(await storedWith('Id 42')).toHaveLength(4);
  });

  it('stores once a review without an id whose own address is the same once spelled one way', async () => {
    const csv = await addSource('csv', null);
    const hook = await addSource('webhook', null);
    await ingest(csv, [review({ url: 'https://shop.example/r/1#review-7', text: 'By address' })]);
    await ingest(hook, [review({ url: 'HTTPS://Shop.example:443/r/1/#review-7', text: 'By address' })]);
    expect(await storedWith('By address')).toHaveLength(1);
    // Another fragment is another review on the same page.
    await ingest(hook, [review({ url: 'https://shop.example/r/1#review-8', text: 'By address' })]);
    expect(await storedWith('By address')).toHaveLength(2);
  });

  it('does not take the polled page’s own address, shared by all its reviews, for a review’s identity', async () => {
    const page = await addSource('schema_org', 'https://cafe.example/reviews');
    await ingest(page, [review({ url: 'https://cafe.example/reviews', text: 'First on the page' })]);
    await ingest(page, [review({ url: 'https://cafe.example/reviews', text: 'Second on the page' })]);
    const two = await ingest(page, [
      review({ url: 'https://cafe.example/all', text: 'Third, sharing an address' }),
      review({ url: 'https://cafe.example/all', text: 'Fourth, sharing an address' }),
    ]);
    expect(two.created).toBe(2);
    expect(await storedWith('First on the page')).toHaveLength(1);
    expect(await storedWith('Second on the page')).toHaveLength(1);
  });
});
