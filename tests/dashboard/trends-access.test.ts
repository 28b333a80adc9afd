import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUsers, loadDemo } from '../../server/src/demo/load-demo.ts';
import { signedInClient } from '../support/api-client.ts';
import { engines } from '../support/db.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { addReview, createGoldenOrg, type GoldenOrg } from './golden-org.ts';

const login = (role: string) => {
  const u = demoUsers.find((d) => d.role === role);
  if (!u) throw new Error(`demo ${role} missing`);
  return u;
};
const period = { from: '2025-06-01', to: '2025-06-30' };

describe.each(engines)('who may read trends on %s', (engine) => {
  let server: TestServer;
  let other: GoldenOrg;
  beforeAll(async () => {
    server = await startTestServer(engine);
    await loadDemo(server.database.db);
    other = await createGoldenOrg(server.database.db, `other-${engine}`);
    await addReview(server.database.db, other, {
      at: '2025-06-10T10:00:00Z',
      rating: 1,
      label: 'negative',
      text: 'Secret complaint of the other organization',
    });
  });
  afterAll(() => server?.stop());

  it('owner, manager and admin read the overview; marketing is refused it but reads the feedback funnel', async () => {
    for (const role of ['owner', 'manager', 'admin']) {
      const u = login(role);
      const c = await signedInClient(server.url, u.email, u.password);
      await expect(c.client.trends.overview.query(period)).resolves.toMatchObject({ from: period.from });
    }
    const m = login('marketing');
    const marketing = await signedInClient(server.url, m.email, m.password);
    await expect(marketing.client.trends.overview.query(period)).rejects.toMatchObject({
      data: { code: 'FORBIDDEN' },
    });
    await expect(marketing.client.trends.attention.query(period)).rejects.toMatchObject({
      data: { code: 'FORBIDDEN' },
    });
    await expect(
      marketing.client.trends.compare.query({ filter: period, by: 'location' }),
    ).rejects.toMatchObject({ data: { code: 'FORBIDDEN' } });
    await expect(marketing.client.trends.feedback.query(period)).resolves.toMatchObject({
      from: period.from,
    });
  });

  it("another organization's reviews, locations and sources never appear, even when its ids are passed as filters", async () => {
    const u = login('manager');
    const c = await signedInClient(server.url, u.email, u.password);
    const own = await c.client.trends.overview.query(period);
    expect(own.summary.reviews).toBe(0);
    const probed = await c.client.trends.overview.query({
      ...period,
      locationId: other.locA,
      sourceId: other.srcA,
    });
    expect(probed.summary.reviews).toBe(0);
    const compared = await c.client.trends.compare.query({ filter: period, by: 'location' });
    expect(compared.map((r) => r.name)).not.toContain('North Street');
    const attention = await c.client.trends.attention.query({ ...period, locationId: other.locA });
    expect(attention).toEqual([]);
    const filters = await c.client.trends.filters.query();
    expect(filters.locations.map((l) => l.id)).not.toContain(other.locA);
    // The other organization's own owner does see it.
    const owner = await signedInClient(server.url, `owner@other-${engine}.example`, 'golden-owner-pass');
    expect((await owner.client.trends.overview.query(period)).summary.reviews).toBe(1);
  });

  it('a period whose start is after its end is refused as bad input', async () => {
    const u = login('manager');
    const c = await signedInClient(server.url, u.email, u.password);
    await expect(
      c.client.trends.overview.query({ from: '2025-07-01', to: '2025-06-01' }),
    ).rejects.toMatchObject({ data: { code: 'BAD_REQUEST' } });
  });
});
