import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { competitorSnapshots, competitors, locations } from '../../server/src/db/schema/index.ts';
import { createLogger } from '../../server/src/logger.ts';
import { fetchDocument } from '../../server/src/net/fetch-document.ts';
import { claimDueCompetitors } from '../../server/src/services/competitors/claim-due-competitors.ts';
import { pollClaimedCompetitor } from '../../server/src/services/competitors/poll-claimed-competitor.ts';
import { createOrganizationWithOwner } from '../../server/src/services/orgs/create-organization-with-owner.ts';
import { createTestDatabase, engines, type TestDatabase } from '../support/db.ts';
import { type FakeSites, startFakeSites } from './fake-sites.ts';

const LEASE = 180;

describe.each(engines)('competitor claims on %s', (engine) => {
  let database: TestDatabase;
  let sites: FakeSites;
  let orgId: string;
  let locationId: string;
  beforeAll(async () => {
    sites = await startFakeSites();
    database = await createTestDatabase(engine);
    ({ orgId } = await createOrganizationWithOwner(database.db, {
      orgName: 'Claim Shop',
      orgSlug: `claim-${engine}`,
      postalAddress: '1 Test Row',
      ownerName: 'Cam Owner',
      ownerEmail: `owner-${engine}@claims.example`,
      ownerPassword: 'claims owner password 1',
    }));
    const [loc] = await database.db
      .insert(locations)
      .values({ orgId, name: 'Main shop' })
      .returning({ id: locations.id });
    if (!loc) throw new Error('no location');
    locationId = loc.id;
    await database.db.insert(competitors).values(
      Array.from({ length: 6 }, (_, i) => ({
        orgId,
        locationId,
        kind: 'schema_org' as const,
        name: `Rival ${i}`,
        url: `${sites.url}/data/structured_data_html/schemaorg_examples/eg-0004.jsonld.html?r=${i}`,
      })),
    );
  });
  afterAll(async () => {
    await database?.drop();
    await sites?.close();
  });

  it('never hands one competitor to two processes claiming at the same moment', async () => {
    const [a, b] = await Promise.all([
      claimDueCompetitors(database.db, 'process-a', { limit: 4, leaseSeconds: LEASE }),
      claimDueCompetitors(database.db, 'process-b', { limit: 4, leaseSeconds: LEASE }),
    ]);
    const ids = [...(a ?? []), ...(b ?? [])].map((c) => c.id);
    // Six are due; between them the two processes take each at most once.
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(6);
  });

  it('gives a dead process’s competitor to another only after its lease, and the poll then completes', async () => {
    const now = new Date();
    expect(
      await claimDueCompetitors(database.db, 'process-c', { limit: 10, leaseSeconds: LEASE, now }),
    ).toEqual([]);
    const later = new Date(now.getTime() + (LEASE + 1) * 1000);
    const taken = await claimDueCompetitors(database.db, 'process-c', {
      limit: 10,
      leaseSeconds: LEASE,
      now: later,
    });
    expect(taken).toHaveLength(6);
    const [first] = taken;
    if (!first) throw new Error('nothing claimed');
    const outcome = await pollClaimedCompetitor(
      {
        db: database.db,
        worker: 'process-c',
        log: createLogger('silent'),
        fetcher: (url, policy) => fetchDocument(url, { ...policy, allowList: ['127.0.0.0/8'] }),
        places: { apiKey: undefined, baseUrl: sites.url },
      },
      first,
    );
    expect(outcome).toMatchObject({ ok: true, error: null });
    // The schema.org example states 4 stars from 250 reviews.
    const [snapshot] = await database.db
      .select({ rating: competitorSnapshots.rating, ratingCount: competitorSnapshots.ratingCount })
      .from(competitorSnapshots)
      .where(eq(competitorSnapshots.competitorId, first.id));
    expect(snapshot).toEqual({ rating: 4, ratingCount: 250 });
    const [row] = await database.db
      .select({ leaseOwner: competitors.leaseOwner, health: competitors.health })
      .from(competitors)
      .where(eq(competitors.id, first.id));
    expect(row).toEqual({ leaseOwner: null, health: 'ok' });
    const [after] = await database.db
      .select({ nextPollAt: competitors.nextPollAt })
      .from(competitors)
      .where(eq(competitors.id, first.id));
    // Released with the next poll six hours on (the default interval), not at the end of the stolen lease.
    expect(after?.nextPollAt.getTime()).toBeGreaterThan(Date.now() + 5.9 * 3600_000);
  });
});
