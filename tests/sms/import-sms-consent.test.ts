import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clients } from '../../server/src/db/schema/index.ts';
import { importClients } from '../../server/src/services/clients/import-clients.ts';
import { previewClientsCsv } from '../../server/src/services/clients/preview-clients-csv.ts';
import { decideTextForClient } from '../../server/src/services/sms/can-text-client.ts';
import { loadDemoWithLocation } from '../feedback/helpers.ts';
import { createTestDatabase, type TestDatabase } from '../support/db.ts';

const csv = [
  'Email,Name,Mobile,SMS opt-in,Marketing consent',
  'ana@x.example,Ana,+15557770001,yes,yes',
  'ben@x.example,Ben,+15557770002,no,yes',
  'cy@x.example,Cy,+15557770003,,yes',
].join('\n');
const wording = 'I agree to one text after each visit asking how it went.';
const actor = { userId: null, label: 'Front desk import' };

describe('CSV import of consent to texts', () => {
  let db: TestDatabase;
  let orgId: string;
  beforeAll(async () => {
    db = await createTestDatabase('pglite');
    ({ orgId } = await loadDemoWithLocation(db.db));
  });
  afterAll(async () => {
    await db.drop();
  });

  it('the preview maps an "SMS opt-in" column to consent to texts, apart from the e-mail consent column', () => {
    const { suggestedMapping } = previewClientsCsv(csv);
    expect(suggestedMapping).toMatchObject({ '2': 'phone', '3': 'smsConsent', '4': 'consent' });
  });

  it('needs the wording clients agreed to before importing a consent-to-texts column', async () => {
    const mapping = previewClientsCsv(csv).suggestedMapping;
    await expect(importClients(db.db, orgId, actor, { csv, mapping })).rejects.toThrow(/wording/);
  });

  it('records consent with source, wording, time and who for yes rows only, and counts the rest as not textable', async () => {
    const mapping = previewClientsCsv(csv).suggestedMapping;
    const before = Date.now();
    const result = await importClients(db.db, orgId, actor, { csv, mapping, smsConsentWording: wording });
    expect(result).toMatchObject({ created: 3, withoutSmsConsent: 2, errors: [] });
    const rows = await db.db
      .select({
        id: clients.id,
        email: clients.email,
        at: clients.smsConsentAt,
        source: clients.smsConsentSource,
        wording: clients.smsConsentWording,
        by: clients.smsConsentBy,
      })
      .from(clients)
      .where(eq(clients.orgId, orgId));
    const ana = rows.find((r) => r.email === 'ana@x.example');
    expect(ana).toMatchObject({ source: 'CSV import', wording, by: 'Front desk import' });
    expect(ana?.at?.getTime()).toBeGreaterThanOrEqual(before - 1000);
    for (const email of ['ben@x.example', 'cy@x.example'])
      expect(rows.find((r) => r.email === email)).toMatchObject({ at: null, wording: null });
    const noon = new Date('2026-06-01T12:00:00Z');
    const ben = rows.find((r) => r.email === 'ben@x.example');
    expect(await decideTextForClient(db.db, orgId, ben?.id ?? '', noon)).toEqual({
      send: false,
      reason: 'no-consent',
    });
    expect((await decideTextForClient(db.db, orgId, ana?.id ?? '', noon)).send).toBe(true);
  });
});
