import { readFileSync } from 'node:fs';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviews, sources } from '../../server/src/db/schema/index.ts';
import { loadDemo } from '../../server/src/demo/load-demo.ts';
import { openSourceSecrets } from '../../server/src/services/secrets/source-secrets.ts';
import { createSource } from '../../server/src/services/sources/create-source.ts';
import { extract } from '../../server/src/sources/detect.ts';
import { createTestDatabase, engines, type TestDatabase } from '../support/db.ts';
import {
  buildDemoReviews,
  FAKE_GBP_DEMO_ACCOUNT,
  FAKE_GBP_DEMO_LOCATION,
  type FakeGbp,
  startFakeGbp,
} from '../support/fake-gbp-server.ts';
import {
  actor,
  type DataServer,
  dataDir,
  pollOnce,
  secretBox,
  sourceState,
  startDataServer,
  YELP_KEY,
} from './support.ts';

const schemaPages = [
  'structured_data_html/schemaorg_examples/eg-0010.jsonld.html',
  'structured_data_html/schemaorg_examples/eg-0010.microdata.html',
  'structured_data_html/schemaorg_examples/eg-0010.rdfa.html',
  'structured_data_html/schemaorg_examples/eg-0248.jsonld.html',
  'structured_data_html/extruct/CreativeWork.001.html',
  'structured_data_html/extruct/null_ld_mock.html',
];
const appleJson = 'review_api_json/apple_appstore_customerreviews_us_id1321994487.json';
const appleAtom = 'review_feeds/apple_appstore_customerreviews_jp_id1404176564.atom.xml';

describe.each(engines)('every adapter polled from a local server through the real poller on %s', (engine) => {
  let database: TestDatabase;
  let data: DataServer;
  let gbp: FakeGbp;
  let orgId: string;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    data = await startDataServer();
    gbp = await startFakeGbp();
    gbp.seed(FAKE_GBP_DEMO_ACCOUNT, FAKE_GBP_DEMO_LOCATION, buildDemoReviews());
    ({ orgId } = await loadDemo(database.db));
  });
  afterAll(async () => {
    await gbp?.close();
    await data?.close();
    await database?.drop();
  });

  const add = async (input: Parameters<typeof createSource>[3]) =>
    (await createSource(database.db, orgId, actor, input, secretBox, { allowEndpointOverrides: true })).source
      .id;
  const stored = async (sourceId: string) =>
    database.db
      .select({ externalId: reviews.externalId, rating: reviews.rating, text: reviews.text })
      .from(reviews)
      .where(and(eq(reviews.orgId, orgId), eq(reviews.sourceId, sourceId)));

  it.each(schemaPages)('stores every review the schema.org adapter reads from %s', async (file) => {
    const expected = extract(
      { body: readFileSync(path.join(dataDir, file), 'utf8'), url: null, contentType: 'text/html' },
      'schema_org',
    ).reviews.length;
    const sourceId = await add({
      kind: 'schema_org',
      name: file,
      settings: { url: `${data.url}/data/${file}` },
    });
    const outcome = await pollOnce(database.db, orgId, sourceId);
    expect(outcome.error).toBeNull();
    expect(outcome.result?.created).toBe(expected);
    expect(await stored(sourceId)).toHaveLength(expected);
    expect((await sourceState(database.db, orgId, sourceId)).health).toBe('ok');
  });

  it('reads the App Store JSON feed, and keeps the first page when the next page cannot be fetched', async () => {
    const sourceId = await add({
      kind: 'apple_json',
      name: 'app json',
      settings: { url: `${data.url}/data/${appleJson}` },
    });
    const outcome = await pollOnce(database.db, orgId, sourceId);
    expect(outcome.ok).toBe(true);
    expect(outcome.result?.created).toBe(50);
    const rows = await stored(sourceId);
    expect(rows.filter((r) => r.rating === 1)).toHaveLength(11);
  });

  it('reads the App Store Atom feed', async () => {
    const sourceId = await add({
      kind: 'apple_atom',
      name: 'app atom',
      settings: { url: `${data.url}/data/${appleAtom}` },
    });
    const outcome = await pollOnce(database.db, orgId, sourceId);
    expect(outcome.result?.created).toBe(50);
  });

  it('builds the App Store feed address from the app id and country', async () => {
    const { source } = await createSource(
      database.db,
      orgId,
      actor,
      { kind: 'apple_json', name: 'by id', settings: { appId: '1321994487', country: 'FR' } },
      secretBox,
    );
    expect(source.settings.url).toBe(
      'https://itunes.apple.com/fr/rss/customerreviews/id=1321994487/sortBy=mostRecent/json',
    );
    expect(source.settings.tracksRemovals).toBe(false);
  });

  it('calls the Yelp reviews endpoint with the stored API key and stores its three excerpts', async () => {
    const sourceId = await add({
      kind: 'yelp',
      name: 'yelp',
      settings: { businessId: 'la-palma-mexicatessen', apiBaseUrl: `${data.url}/yelp` },
      secrets: { apiKey: YELP_KEY },
    });
    const outcome = await pollOnce(database.db, orgId, sourceId);
    expect(outcome.result?.created).toBe(3);
    expect(data.hits('/yelp/v3/businesses/la-palma-mexicatessen/reviews')).toBeGreaterThan(0);
  });

  it('records a refused Yelp key as a failed poll that names the key', async () => {
    const sourceId = await add({
      kind: 'yelp',
      name: 'yelp bad key',
      settings: { businessId: 'x', apiBaseUrl: `${data.url}/yelp` },
      secrets: { apiKey: 'wrong-key-123' },
    });
    const outcome = await pollOnce(database.db, orgId, sourceId);
    expect(outcome.ok).toBe(false);
    const state = await sourceState(database.db, orgId, sourceId);
    expect(state.lastError).toMatch(/401/);
    expect(state.lastError).toMatch(/API key/);
    expect(state.lastError).not.toContain('wrong-key-123');
  });

  it('lists every Google review page by page, stores the refreshed token encrypted and reuses it next time', async () => {
    const sourceId = await add({
      kind: 'google',
      name: 'google',
      settings: {
        accountId: FAKE_GBP_DEMO_ACCOUNT,
        googleLocationId: FAKE_GBP_DEMO_LOCATION,
        clientId: gbp.clientId,
        apiBaseUrl: gbp.url,
        tokenUrl: gbp.tokenUrl,
      },
      secrets: { clientSecret: gbp.clientSecret, refreshToken: gbp.refreshToken },
    });
    const first = await pollOnce(database.db, orgId, sourceId);
    expect(first.error).toBeNull();
    expect(first.result?.created).toBe(60);
    const [row] = await database.db
      .select()
      .from(sources)
      .where(and(eq(sources.orgId, orgId), eq(sources.id, sourceId)));
    if (!row) throw new Error('source missing');
    expect(row.secretsEnc).not.toContain(gbp.refreshToken);
    const secrets = openSourceSecrets(secretBox, row);
    expect(secrets.accessToken).toMatch(/^ya29\./);
    const issued = gbp.issuedTokens;
    const second = await pollOnce(database.db, orgId, sourceId);
    expect(second.result).toMatchObject({ created: 0, removed: 0 });
    expect(gbp.issuedTokens).toBe(issued);
  });

  it('refuses a page that robots.txt closes to crawlers, as a failed poll with the reason', async () => {
    data.route('/private/reviews.html', (_req, res) => {
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end(readFileSync(path.join(dataDir, schemaPages[0] ?? ''), 'utf8'));
    });
    const sourceId = await add({
      kind: 'schema_org',
      name: 'closed',
      settings: { url: `${data.url}/private/reviews.html` },
    });
    const outcome = await pollOnce(database.db, orgId, sourceId);
    expect(outcome.ok).toBe(false);
    expect((await sourceState(database.db, orgId, sourceId)).lastError).toMatch(/robots/i);
    expect(data.hits('/private/reviews.html')).toBe(0);
  });
});
