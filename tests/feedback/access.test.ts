import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganizationWithOwner } from '../../server/src/services/orgs/create-organization-with-owner.ts';
import { signedInClient } from '../support/api-client.ts';
import { engines } from '../support/db.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { demoLogin, insertClients, loadDemoWithLocation, template } from './helpers.ts';

type Client = Awaited<ReturnType<typeof signedInClient>>['client'];

describe.each(engines)('who may touch clients, campaigns and the outbox on %s', (engine) => {
  let server: TestServer;
  let other: Client;
  let manager: Client;
  let marketing: Client;
  let clientId = '';
  let campaignId = '';
  let locationId = '';

  beforeAll(async () => {
    server = await startTestServer(engine);
    const demo = await loadDemoWithLocation(server.database.db);
    locationId = demo.locationId;
    [clientId = ''] = await insertClients(server.database.db, demo.orgId, [
      { name: 'Private Person', email: 'private@client.example' },
    ]);
    await createOrganizationWithOwner(server.database.db, {
      orgName: 'Rival Shop',
      orgSlug: 'rival',
      postalAddress: '1 Rival Road',
      ownerName: 'Rita Rival',
      ownerEmail: 'rita@rival.example',
      ownerPassword: 'rival-owner-pass',
    });
    other = (await signedInClient(server.url, 'rita@rival.example', 'rival-owner-pass')).client;
    const m = demoLogin('manager');
    manager = (await signedInClient(server.url, m.email, m.password)).client;
    const k = demoLogin('marketing');
    marketing = (await signedInClient(server.url, k.email, k.password)).client;
    ({ campaignId } = await marketing.campaigns.save.mutate({
      name: 'Ours',
      locationId,
      audience: { mode: 'list', clientIds: [clientId] },
      ...template,
    }));
  });
  afterAll(() => server?.stop());

  it('another organization sees none of our clients, campaigns, requests or outbox', async () => {
    expect(await other.clients.list.query({})).toEqual([]);
    expect(await other.clients.suppressions.query()).toEqual([]);
    expect(await other.campaigns.list.query()).toEqual([]);
    expect(await other.outbox.list.query({})).toEqual([]);
    expect(await other.outbox.files.query()).toEqual([]);
    await expect(other.campaigns.get.query({ campaignId })).rejects.toMatchObject({
      data: { code: 'NOT_FOUND' },
    });
    expect(await other.campaigns.requests.query({ campaignId })).toEqual([]);
    expect((await other.campaigns.funnel.query({ campaignId })).asked).toBe(0);
    const preview = await other.campaigns.preview.query({ ...template, clientId });
    expect(preview.text).not.toContain('Private');
    const audience = await other.campaigns.audience.query({
      audience: { mode: 'list', clientIds: [clientId] },
    });
    expect(audience.count).toBe(0);
  });

  it('another organization cannot change our clients or campaigns', async () => {
    await expect(
      other.clients.save.mutate({
        clientId,
        email: 'hijack@rival.example',
        name: 'X',
        tags: [],
        consent: 'unknown',
      }),
    ).rejects.toMatchObject({ data: { code: 'NOT_FOUND' } });
    expect(await other.clients.tag.mutate({ clientIds: [clientId], add: ['stolen'], remove: [] })).toEqual({
      updated: 0,
    });
    await expect(other.campaigns.launch.mutate({ campaignId })).rejects.toMatchObject({
      data: { code: 'NOT_FOUND' },
    });
    await expect(other.campaigns.testSend.mutate({ campaignId })).rejects.toMatchObject({
      data: { code: 'NOT_FOUND' },
    });
    await expect(
      other.campaigns.save.mutate({
        campaignId,
        name: 'x',
        locationId,
        audience: { mode: 'rules', servedWithinDays: 5, tags: [] },
        ...template,
      }),
    ).rejects.toMatchObject({ data: { code: 'NOT_FOUND' } });
    const [mine] = await marketing.clients.list.query({});
    expect(mine).toMatchObject({ email: 'private@client.example', tags: [] });
  });

  it('a manager reads but cannot add, import, test-send or send', async () => {
    expect(await manager.campaigns.list.query()).toHaveLength(1);
    expect(await manager.clients.list.query({})).toHaveLength(1);
    const forbidden = { data: { code: 'FORBIDDEN' } };
    await expect(manager.campaigns.launch.mutate({ campaignId })).rejects.toMatchObject(forbidden);
    await expect(manager.campaigns.testSend.mutate({ campaignId })).rejects.toMatchObject(forbidden);
    await expect(
      manager.clients.save.mutate({ email: 'm@client.example', name: '', tags: [], consent: 'unknown' }),
    ).rejects.toMatchObject(forbidden);
    await expect(
      manager.clients.importCsv.mutate({ csv: 'email\na@b.example', mapping: { 0: 'email' } }),
    ).rejects.toMatchObject(forbidden);
    await expect(manager.clients.suppress.mutate({ email: 'private@client.example' })).rejects.toMatchObject(
      forbidden,
    );
    // Campaign mail is not a manager's to read: the message files listed to them hold none of it.
    expect(await manager.outbox.files.query()).toEqual([]);
  });

  it('marketing can send the campaign it built', async () => {
    const result = await marketing.campaigns.launch.mutate({ campaignId });
    expect(result.queued).toBe(1);
    await expect(marketing.campaigns.launch.mutate({ campaignId })).rejects.toMatchObject({
      data: { code: 'CONFLICT' },
    });
  });
});
