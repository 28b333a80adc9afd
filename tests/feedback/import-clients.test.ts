import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clients } from '../../server/src/db/schema/index.ts';
import { importClients } from '../../server/src/services/clients/import-clients.ts';
import { previewClientsCsv } from '../../server/src/services/clients/preview-clients-csv.ts';
import { createTestDatabase, engines, type TestDatabase } from '../support/db.ts';
import { loadDemoWithLocation } from './helpers.ts';

const actor = { userId: null, label: 'test' };

const csv = [
  'Email,Full name,Last visit,Tags,Marketing consent',
  'ann@client.example,Ann Archer,2025-03-01,vip;spring,yes',
  'not-an-email,Bad Email,2025-03-01,,yes',
  '"bea@client.example","Bea ""Quoted""\nSecond line",2025-02-10,,no',
  `cal@client.example,Cal,${new Date().getUTCFullYear() + 1}-06-01,,yes`,
  ',No Email,2025-01-01,,',
  'dee@client.example,Dee,2025-01-20,,maybe',
  'ANN@Client.Example,Ann A. Archer,2025-03-05,vip,yes',
  'eve@client.example,Eve,05/02/2025,,',
].join('\n');

describe.each(engines)('client CSV import on %s', (engine) => {
  let db: TestDatabase;
  let orgId: string;
  const count = async () =>
    (await db.db.select({ n: sql<number>`count(*)::int` }).from(clients).where(eq(clients.orgId, orgId)))[0]
      ?.n;
  beforeAll(async () => {
    db = await createTestDatabase(engine);
    ({ orgId } = await loadDemoWithLocation(db.db));
  });
  afterAll(() => db?.drop());

  it('suggests a column mapping from the header and shows sample rows', () => {
    const preview = previewClientsCsv(csv);
    expect(preview.headers).toEqual(['Email', 'Full name', 'Last visit', 'Tags', 'Marketing consent']);
    expect(preview.suggestedMapping).toEqual({
      0: 'email',
      1: 'name',
      2: 'lastServiceAt',
      3: 'tags',
      4: 'consent',
    });
    expect(preview.totalRows).toBe(8);
  });

  it('reports each bad row with its line and reason, imports the good rows and dedupes by email', async () => {
    const mapping = previewClientsCsv(csv).suggestedMapping;
    const result = await importClients(db.db, orgId, actor, { csv, mapping });
    expect(result.errors).toEqual([
      { line: 3, reason: 'email "not-an-email" is not a valid address' },
      { line: 6, reason: 'last service date is in the future' },
      { line: 7, reason: 'email is missing' },
      { line: 8, reason: 'consent "maybe" is not one of yes, no, unknown' },
    ]);
    expect(result).toMatchObject({ total: 8, created: 3, updated: 0 });
    const rows = await db.db
      .select({ email: clients.email, name: clients.name, tags: clients.tags, consent: clients.consent })
      .from(clients)
      .where(eq(clients.orgId, orgId))
      .orderBy(clients.email);
    expect(rows).toEqual([
      { email: 'ann@client.example', name: 'Ann A. Archer', tags: ['vip'], consent: 'granted' },
      { email: 'bea@client.example', name: 'Bea "Quoted" Second line', tags: [], consent: 'withdrawn' },
      { email: 'eve@client.example', name: 'Eve', tags: [], consent: 'unknown' },
    ]);
  });

  it('importing again updates existing clients instead of duplicating them', async () => {
    const again = 'email,name\nann@client.example,Ann Final\nfay@client.example,Fay';
    const result = await importClients(db.db, orgId, actor, {
      csv: again,
      mapping: { 0: 'email', 1: 'name' },
    });
    expect(result).toMatchObject({ created: 1, updated: 1, errors: [] });
    expect(await count()).toBe(4);
    const [ann] = await db.db
      .select({ name: clients.name, tags: clients.tags })
      .from(clients)
      .where(eq(clients.email, 'ann@client.example'));
    // Only mapped columns overwrite: the tags from the first import stay.
    expect(ann).toEqual({ name: 'Ann Final', tags: ['vip'] });
  });

  it('a failure part-way through a large import leaves nothing of it behind', async () => {
    const before = await count();
    const big = [
      'email,name',
      ...Array.from({ length: 1_200 }, (_, i) => `bulk${i}@client.example,Bulk ${i}`),
    ].join('\n');
    await expect(
      importClients(db.db, orgId, actor, { csv: big, mapping: { 0: 'email', 1: 'name' } }, (done) => {
        // The process "dies" after the first 500 rows were written inside the transaction.
        if (done >= 500) throw new Error('disk unplugged');
      }),
    ).rejects.toThrow('disk unplugged');
    expect(await count()).toBe(before);
  });

  it('a file without an email column is refused with a clear reason', async () => {
    await expect(
      importClients(db.db, orgId, actor, { csv: 'name\nZed', mapping: { 0: 'name' } }),
    ).rejects.toThrow('No column is mapped to email');
  });
});
