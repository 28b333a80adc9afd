import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clients, locations, organizations, outbox } from '../../server/src/db/schema/index.ts';
import { enqueueSms } from '../../server/src/services/outbox/index.ts';
import { decideTextForClient } from '../../server/src/services/sms/can-text-client.ts';
import { computeSmsSignature } from '../../server/src/sms/signature.ts';
import { insertClients, loadDemoWithLocation } from '../feedback/helpers.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const authToken = 'inbound-test-token-0123456789';
const publicUrl = 'https://rebound.example';
const inboundPath = '/api/webhooks/sms/inbound';

describe('SMS inbound webhook and who may be texted', () => {
  let server: TestServer;
  let orgA: string;
  let orgB: string;
  let locationA: string;

  beforeAll(async () => {
    server = await startTestServer('pglite', { SMS_AUTH_TOKEN: authToken, PUBLIC_URL: publicUrl });
    const demo = await loadDemoWithLocation(server.database.db);
    orgA = demo.orgId;
    locationA = demo.locationId;
    const [other] = await server.database.db
      .insert(organizations)
      .values({ slug: 'other-shop', name: 'Other Shop' })
      .returning({ id: organizations.id });
    orgB = other?.id ?? '';
  });
  afterAll(async () => {
    await server.stop();
  });

  async function reply(params: Record<string, string>, signature?: string) {
    const body = new URLSearchParams(params);
    return fetch(`http://127.0.0.1:${server.port}${inboundPath}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-twilio-signature':
          signature ?? computeSmsSignature(authToken, `${publicUrl}${inboundPath}`, params),
      },
      body,
    });
  }

  async function clientWith(orgId: string, email: string, patch: Partial<typeof clients.$inferInsert>) {
    const [id] = await insertClients(server.database.db, orgId, [{ name: email, email }]);
    if (!id) throw new Error('client not inserted');
    await server.database.db.update(clients).set(patch).where(eq(clients.id, id));
    return id;
  }

  const consent = {
    smsConsentAt: new Date('2026-01-05T10:00:00Z'),
    smsConsentSource: 'front desk',
    smsConsentWording: 'May we text you once to ask about your visit?',
    smsConsentBy: 'Sam (staff)',
  };
  const noon = new Date('2026-06-01T12:00:00Z');

  it('a client with a phone but no recorded text consent is not texted, even with e-mail consent', async () => {
    const id = await clientWith(orgA, 'noconsent@x.example', { phone: '+15550000001', consent: 'granted' });
    expect(await decideTextForClient(server.database.db, orgA, id, noon)).toEqual({
      send: false,
      reason: 'no-consent',
    });
    const withConsent = await clientWith(orgA, 'consent@x.example', {
      phone: '+1 (555) 000-0002',
      timeZone: 'UTC',
      ...consent,
    });
    expect(await decideTextForClient(server.database.db, orgA, withConsent, noon)).toMatchObject({
      send: true,
      phone: '+15550000002',
      sendAt: noon,
    });
  });

  it('an unsigned or wrongly signed reply is refused with 403 and opts nobody out', async () => {
    const id = await clientWith(orgA, 'forged@x.example', { phone: '+15550000003', ...consent });
    const params = { From: '+15550000003', To: '+15559990000', Body: 'STOP', MessageSid: 'SMforged' };
    const forged = await reply(
      params,
      computeSmsSignature('not-the-token-000000', `${publicUrl}${inboundPath}`, params),
    );
    expect(forged.status).toBe(403);
    const unsigned = await fetch(`http://127.0.0.1:${server.port}${inboundPath}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(params),
    });
    expect(unsigned.status).toBe(403);
    expect((await decideTextForClient(server.database.db, orgA, id, noon)).send).toBe(true);
  });

  it('STOP from a number stops texts to it from every organization and survives new consent; only its START lifts it', async () => {
    const inA = await clientWith(orgA, 'stopper@x.example', { phone: '+15550000004', ...consent });
    const inB = await clientWith(orgB, 'stopper@x.example', { phone: '+15550000004', ...consent });
    const res = await reply({ From: '+15550000004', To: '+15559990000', Body: 'Stop', MessageSid: 'SMstop' });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Reply START');
    for (const [org, id] of [
      [orgA, inA],
      [orgB, inB],
    ] as const)
      expect(await decideTextForClient(server.database.db, org, id, noon)).toEqual({
        send: false,
        reason: 'opted-out',
      });
    // Recording consent again (a new import, a staff edit) does not bring the number back.
    await server.database.db.update(clients).set({ smsConsentAt: new Date() }).where(eq(clients.id, inB));
    expect((await decideTextForClient(server.database.db, orgB, inB, noon)).send).toBe(false);
    const help = await reply({
      From: '+15550000004',
      To: '+15559990000',
      Body: 'HELP',
      MessageSid: 'SMhelp',
    });
    expect(await help.text()).toContain('Reply STOP');
    expect((await decideTextForClient(server.database.db, orgA, inA, noon)).send).toBe(false);
    await reply({ From: '+15550000004', To: '+15559990000', Body: 'START', MessageSid: 'SMstart' });
    expect((await decideTextForClient(server.database.db, orgA, inA, noon)).send).toBe(true);
  });

  it('quiet hours use the client zone, else the location zone: across the date line one waits, one does not', async () => {
    // 2026-03-10 08:00 UTC: 22:00 in Kiritimati, 21:00 the day before in Pago Pago; both closed.
    const at = new Date('2026-03-10T08:00:00Z');
    const kiritimati = await clientWith(orgA, 'kiri@x.example', {
      phone: '+68670000001',
      timeZone: 'Pacific/Kiritimati',
      ...consent,
    });
    await server.database.db
      .update(locations)
      .set({ timezone: 'Pacific/Pago_Pago' })
      .where(eq(locations.id, locationA));
    const pagoPago = await clientWith(orgA, 'pago@x.example', {
      phone: '+16840000001',
      locationId: locationA,
      ...consent,
    });
    expect(await decideTextForClient(server.database.db, orgA, kiritimati, at)).toMatchObject({
      send: true,
      timeZone: 'Pacific/Kiritimati',
      sendAt: new Date('2026-03-10T18:00:00Z'),
    });
    expect(await decideTextForClient(server.database.db, orgA, pagoPago, at)).toMatchObject({
      send: true,
      timeZone: 'Pacific/Pago_Pago',
      sendAt: new Date('2026-03-10T19:00:00Z'),
    });
  });

  it('signed delivery reports move a text through queued, sent, delivered, never back; a forged report changes nothing', async () => {
    const db = server.database.db;
    await enqueueSms(db, orgA, [
      { to: '+15550000009', body: 'x', idempotencyKey: 'status-1', kind: 'sms-feedback' },
    ]);
    await db
      .update(outbox)
      .set({ providerMessageId: 'SMstatus1', deliveryStatus: 'queued' })
      .where(eq(outbox.idempotencyKey, 'status-1'));
    const statusPath = '/api/webhooks/sms/status';
    const report = (status: string, token = authToken) => {
      const params = { MessageSid: 'SMstatus1', MessageStatus: status };
      return fetch(`http://127.0.0.1:${server.port}${statusPath}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-twilio-signature': computeSmsSignature(token, `${publicUrl}${statusPath}`, params),
        },
        body: new URLSearchParams(params),
      });
    };
    const statusOf = async () =>
      (
        await db
          .select({ s: outbox.deliveryStatus })
          .from(outbox)
          .where(eq(outbox.idempotencyKey, 'status-1'))
      )[0]?.s;
    expect((await report('delivered', 'forged-token-000000')).status).toBe(403);
    expect(await statusOf()).toBe('queued');
    expect((await report('delivered')).status).toBe(204);
    expect(await statusOf()).toBe('delivered');
    await report('sent');
    expect(await statusOf()).toBe('delivered');
  });
});
