import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUsers, loadDemo } from '../../server/src/demo/load-demo.ts';
import { createOrganizationWithOwner } from '../../server/src/services/orgs/create-organization-with-owner.ts';
import { signedInClient } from '../support/api-client.ts';
import { engines } from '../support/db.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const login = (role: string) => {
  const u = demoUsers.find((d) => d.role === role);
  if (!u) throw new Error(`no demo ${role}`);
  return u;
};
const stranger = { email: 'owner@other.example', password: 'other-owner-pass' };

type Client = Awaited<ReturnType<typeof signedInClient>>['client'];
// Every procedure that names a source, with an input that is valid apart from whose source it is.
const bySource: Array<[string, (c: Client, sourceId: string) => Promise<unknown>]> = [
  ['get', (c, sourceId) => c.sources.get.query({ sourceId })],
  ['runs', (c, sourceId) => c.sources.runs.query({ sourceId })],
  ['update', (c, sourceId) => c.sources.update.mutate({ sourceId, name: 'taken over' })],
  ['pause', (c, sourceId) => c.sources.pause.mutate({ sourceId })],
  ['resume', (c, sourceId) => c.sources.resume.mutate({ sourceId })],
  ['remove', (c, sourceId) => c.sources.remove.mutate({ sourceId })],
  ['rotateWebhookSecret', (c, sourceId) => c.sources.rotateWebhookSecret.mutate({ sourceId })],
  ['test', (c, sourceId) => c.sources.test.mutate({ sourceId })],
  ['pollNow', (c, sourceId) => c.sources.pollNow.mutate({ sourceId })],
  [
    'importCsvChunk',
    (c, sourceId) =>
      c.sources.importCsvChunk.mutate({
        sourceId,
        text: 'text\nhello',
        lineOffset: 0,
        mapping: { text: 'text', author: null, rating: null, title: null, date: null, id: null },
      }),
  ],
];
// Procedures that change what is watched, for the marketing role check.
const changes: Array<[string, (c: Client, sourceId: string) => Promise<unknown>]> = [
  [
    'create',
    (c) =>
      c.sources.create.mutate({ kind: 'schema_org', name: 'x', settings: { url: 'https://example.com/' } }),
  ],
  [
    'previewCss',
    (c) => c.sources.previewCss.mutate({ url: 'https://example.com/', css: { container: '.r', text: 'p' } }),
  ],
  ['previewCsv', (c) => c.sources.previewCsv.mutate({ text: 'a,b\n1,2' })],
  ...bySource.filter(([name]) => !['get', 'runs'].includes(name)),
];

describe.each(engines)('who may see and change sources on %s', (engine) => {
  let server: TestServer;
  let sourceId: string;
  let owner: Client;
  const clients = new Map<string, Client>();
  // Signed in once each: the sign-in limiter would refuse a fresh sign-in per test.
  const as = (role: string) => {
    const c = clients.get(role);
    if (!c) throw new Error(`not signed in as ${role}`);
    return c;
  };
  beforeAll(async () => {
    server = await startTestServer(engine);
    await loadDemo(server.database.db);
    await createOrganizationWithOwner(server.database.db, {
      orgName: 'Other shop',
      orgSlug: 'other-shop',
      postalAddress: '1 Elsewhere Road',
      ownerName: 'Otto',
      ownerEmail: stranger.email,
      ownerPassword: stranger.password,
    });
    for (const role of ['owner', 'manager', 'admin', 'marketing'])
      clients.set(role, (await signedInClient(server.url, login(role).email, login(role).password)).client);
    clients.set('stranger', (await signedInClient(server.url, stranger.email, stranger.password)).client);
    owner = as('owner');
    sourceId = (await owner.sources.create.mutate({ kind: 'webhook', name: 'Pushed reviews' })).source.id;
  });
  afterAll(() => server?.stop());

  it('marketing can list and read sources and their runs', async () => {
    const marketing = as('marketing');
    expect((await marketing.sources.list.query()).map((s) => s.id)).toContain(sourceId);
    expect((await marketing.sources.get.query({ sourceId })).name).toBe('Pushed reviews');
    expect(await marketing.sources.runs.query({ sourceId })).toEqual([]);
  });

  it.each(changes)('marketing may not call %s', async (_name, call) => {
    const marketing = as('marketing');
    await expect(call(marketing, sourceId)).rejects.toMatchObject({ data: { code: 'FORBIDDEN' } });
  });

  it.each(bySource)('another organization cannot reach a source through %s', async (_name, call) => {
    const other = as('stranger');
    await expect(call(other, sourceId)).rejects.toMatchObject({ data: { code: 'NOT_FOUND' } });
    expect((await other.sources.list.query()).map((s) => s.id)).not.toContain(sourceId);
    const still = await owner.sources.get.query({ sourceId });
    expect(still).toMatchObject({ name: 'Pushed reviews', isPaused: false });
  });

  it('managers and admins manage sources; secrets never come back', async () => {
    for (const role of ['manager', 'admin']) {
      const c = as(role);
      const { source } = await c.sources.create.mutate({
        kind: 'yelp',
        name: `yelp by ${role}`,
        settings: { businessId: 'shop' },
        secrets: { apiKey: 'yelp-secret-key-value' },
      });
      expect(source.secrets).toEqual({ apiKey: 'set' });
      expect(JSON.stringify(await c.sources.list.query())).not.toContain('yelp-secret-key-value');
      await c.sources.remove.mutate({ sourceId: source.id });
    }
  });
});
