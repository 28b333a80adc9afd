import { createHmac } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseTasks, clients, locations, reviews, users } from '../../server/src/db/schema/index.ts';
import { demoUsers, loadDemo } from '../../server/src/demo/load-demo.ts';
import { template } from '../feedback/helpers.ts';
import { engines } from '../support/db.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { type CallResult, callProcedure, openSession, type Session } from './http.ts';

const mutation = (path: string) => ({ path, type: 'mutation' }) as const;
const query = (path: string) => ({ path, type: 'query' }) as const;

/** Field names the server named in a validation error. */
function fieldsOf(result: CallResult): string[] {
  const data = (result.body as { error?: { data?: { fieldErrors?: Record<string, unknown> } } } | null)?.error
    ?.data;
  return Object.keys(data?.fieldErrors ?? {});
}

describe.each(engines)('edge dates over HTTP on %s', (engine) => {
  let server: TestServer;
  let session: Session;
  let orgId: string;
  let locationId: string;
  const call = (proc: { path: string; type: 'query' | 'mutation' }, input: unknown) =>
    callProcedure(server.url, proc, input, session);

  beforeAll(async () => {
    server = await startTestServer(engine);
    const db = server.database.db;
    ({ orgId } = await loadDemo(db, { baseUrl: server.url }));
    const [owner] = await db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, demoUsers[0]?.email ?? ''));
    const [location] = await db
      .select({ id: locations.id })
      .from(locations)
      .where(eq(locations.orgId, orgId));
    if (!owner || !location) throw new Error('demo owner or location missing');
    locationId = location.id;
    session = await openSession(db, owner.id, orgId);
  });
  afterAll(() => server?.stop());

  /** A refused date: 400 naming the field, never a 500. */
  function expectRefused(result: CallResult, field: string) {
    expect(result.status, result.text).toBe(400);
    expect(fieldsOf(result)).toContain(field);
    expect(result.text).toMatch(/real date|1900|Use a date/);
  }

  it('refuses year 0000 and 0001 in task due dates and contact log times, and stores no task', async () => {
    const opened = await call(mutation('cases.open'), { title: 'Edge date case' });
    const id = (opened.body as { result: { data: { caseId: string } } }).result.data.caseId;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    for (const dueAt of ['0000-01-01T00:00:00Z', '0001-01-01T00:00:00Z', '2026-02-30T09:00:00Z']) {
      expectRefused(
        await call(mutation('cases.addTask'), { caseId: id, description: 'Call back', dueAt }),
        'dueAt',
      );
    }
    expectRefused(
      await call(mutation('cases.log'), {
        caseId: id,
        kind: 'call',
        summary: 'Spoke to the client',
        occurredAt: '0000-06-01T10:00:00+02:00',
      }),
      'occurredAt',
    );
    const stored = await server.database.db
      .select({ id: caseTasks.id })
      .from(caseTasks)
      .where(eq(caseTasks.orgId, orgId));
    expect(stored).toEqual([]);
  });

  it('refuses year 0000 as a campaign send time and saves a real one', async () => {
    const campaign = (sendAt: string) => ({
      name: `Send at ${sendAt}`,
      locationId,
      audience: { mode: 'rules', servedWithinDays: 30, tags: [] },
      ...template,
      sendAt,
    });
    const refused = await call(mutation('campaigns.save'), campaign('0000-01-01T00:00:00Z'));
    expectRefused(refused, 'sendAt');
    expect(fieldsOf(refused)).toEqual(['sendAt']);
    const saved = await call(mutation('campaigns.save'), campaign('2030-01-01T09:00:00Z'));
    expect(saved.status, saved.text).toBe(200);
  });

  it('refuses years 0000 and 0001 as a last service date instead of storing 2001 or 1900; a leap day is kept', async () => {
    for (const lastServiceAt of ['0000-01-01', '0001-01-01', '0099-12-31T00:00:00Z', '2025-02-29']) {
      expectRefused(
        await call(mutation('clients.save'), { email: 'edge@client.example', lastServiceAt }),
        'lastServiceAt',
      );
    }
    const db = server.database.db;
    const found = () =>
      db
        .select({ at: clients.lastServiceAt })
        .from(clients)
        .where(and(eq(clients.orgId, orgId), eq(clients.email, 'edge@client.example')));
    expect(await found()).toEqual([]);
    const ok = await call(mutation('clients.save'), {
      email: 'edge@client.example',
      lastServiceAt: '2024-02-29',
    });
    expect(ok.status, ok.text).toBe(200);
    expect((await found())[0]?.at?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
  });

  it('refuses year 0000 in the audit export and in trend periods, and 30 February in a trend period', async () => {
    expectRefused(await call(query('audit.exportCsv'), { from: '0000-01-01T00:00:00Z' }), 'from');
    expectRefused(await call(query('audit.exportCsv'), { to: '0000-12-31T23:59:59Z' }), 'to');
    expectRefused(await call(query('trends.overview'), { from: '0000-01-01', to: '0000-01-31' }), 'from');
    expectRefused(await call(query('trends.overview'), { from: '2026-02-01', to: '2026-02-30' }), 'to');
    const fine = await call(query('trends.overview'), { from: '2026-02-01', to: '2026-02-28' });
    expect(fine.status, fine.text).toBe(200);
  });

  it('the client CSV import reports rows dated 0000 or 0001 (written either way) as errors and stores only the real date', async () => {
    const csv = [
      'email,last service',
      'zero@client.example,0000-01-01',
      'one@client.example,0001-01-01',
      'slashed@client.example,01/01/0001',
      'real@client.example,2024-05-06',
    ].join('\n');
    const result = await call(mutation('clients.importCsv'), {
      csv,
      mapping: { 0: 'email', 1: 'lastServiceAt' },
    });
    expect(result.status, result.text).toBe(200);
    const report = (result.body as { result: { data: { errors: { line: number; reason: string }[] } } })
      .result.data;
    expect(report.errors.map((e) => e.line)).toEqual([2, 3, 4]);
    for (const e of report.errors) expect(e.reason).toMatch(/not a real date from 1900 to 2200/);
    const rows = await server.database.db
      .select({ email: clients.email, at: clients.lastServiceAt })
      .from(clients)
      .where(eq(clients.orgId, orgId));
    const imported = rows.filter(
      (r) => r.email.endsWith('@client.example') && r.email !== 'edge@client.example',
    );
    expect(imported.map((r) => [r.email, r.at?.toISOString()])).toEqual([
      ['real@client.example', '2024-05-06T00:00:00.000Z'],
    ]);
  });

  it('the review CSV import refuses rows dated 0000 or 0001 instead of storing them as 1900 or 1901', async () => {
    const created = await call(mutation('sources.create'), { kind: 'csv', name: 'Edge dates import' });
    const sourceId = (created.body as { result: { data: { source: { id: string } } } }).result.data.source.id;
    const result = await call(mutation('sources.importCsvChunk'), {
      sourceId,
      lineOffset: 0,
      text: [
        'id,rating,text,date',
        'r0,2,Slow service,0000-01-01',
        'r1,3,Fine,0001-01-01',
        'r2,5,Lovely,2024-05-06',
      ].join('\n'),
      mapping: { author: null, rating: 'rating', text: 'text', title: null, date: 'date', id: 'id' },
    });
    expect(result.status, result.text).toBe(200);
    const report = (result.body as { result: { data: { errors: { line: number }[] } } }).result.data;
    expect(report.errors.map((e) => e.line)).toEqual([2, 3]);
    const stored = await server.database.db
      .select({ id: reviews.externalId, at: reviews.publishedAt })
      .from(reviews)
      .where(and(eq(reviews.orgId, orgId), eq(reviews.sourceId, sourceId)));
    expect(stored.map((r) => [r.id, r.at?.toISOString()])).toEqual([['r2', '2024-05-06T00:00:00.000Z']]);
  });

  it('the review webhook refuses an item dated 0000 or 0001 instead of storing it, and names the field', async () => {
    const created = await call(mutation('sources.create'), { kind: 'webhook', name: 'Edge dates webhook' });
    const data = (
      created.body as { result: { data: { source: { id: string }; webhookSecret: string | null } } }
    ).result.data;
    const secret = data.webhookSecret ?? '';
    for (const publishedAt of ['0000-01-01T00:00:00Z', '0001-01-01T00:00:00Z', '01/01/0001']) {
      const body = JSON.stringify({
        externalId: `w-${publishedAt}`,
        text: 'Pushed with an odd date.',
        publishedAt,
      });
      const timestamp = String(Math.floor(Date.now() / 1000));
      const signature = `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
      const res = await fetch(`${server.url}/api/webhooks/reviews/${data.source.id}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-rebound-signature': signature,
          'x-rebound-timestamp': timestamp,
        },
        body,
      });
      expect(res.status, body).toBe(400);
      expect(await res.text()).toContain('publishedAt');
    }
    const stored = await server.database.db
      .select({ id: reviews.id })
      .from(reviews)
      .where(and(eq(reviews.orgId, orgId), eq(reviews.sourceId, data.source.id)));
    expect(stored).toEqual([]);
  });
});
