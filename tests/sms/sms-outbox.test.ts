import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clients, outbox } from '../../server/src/db/schema/index.ts';
import { createLogger } from '../../server/src/logger.ts';
import { createMailTransport } from '../../server/src/mail/index.ts';
import { claimDueMessages, deliverMessage, enqueueSms } from '../../server/src/services/outbox/index.ts';
import { recordSmsOptOut } from '../../server/src/services/sms/opt-outs.ts';
import { buildRequestText, smsFeedbackSendPolicy } from '../../server/src/services/sms/sms-send-policy.ts';
import { isWithinSendingHours } from '../../server/src/sms/quiet-hours.ts';
import { sendSms } from '../../server/src/sms/sms-client.ts';
import { insertClients, loadDemoWithLocation } from '../feedback/helpers.ts';
import { createTestDatabase, type TestDatabase } from '../support/db.ts';
import { type FakeSmsServer, startFakeSmsServer } from '../support/fake-sms-server.ts';

const creds = { accountSid: 'AC0123456789abcdef0123456789abcdef', authToken: 'outbox-sms-token-123' };
const consent = {
  smsConsentAt: new Date('2026-01-05T10:00:00Z'),
  smsConsentSource: 'booking form',
  smsConsentWording: 'Text me once after my visit to ask how it went.',
  smsConsentBy: 'client',
};
// Whatever the hour the test runs, some of these zones are in the 8:00-21:00 window and some are not.
const zones = [
  'Europe/London',
  'Asia/Tokyo',
  'America/New_York',
  'Asia/Kolkata',
  'America/Los_Angeles',
  'Pacific/Kiritimati',
];

describe('texts through the outbox (fake Twilio-style API)', () => {
  let db: TestDatabase;
  let fake: FakeSmsServer;
  let orgId: string;
  let seq = 0;

  beforeAll(async () => {
    db = await createTestDatabase('pglite');
    fake = await startFakeSmsServer(creds);
    ({ orgId } = await loadDemoWithLocation(db.db));
  });
  afterAll(async () => {
    await fake.close();
    await db.drop();
  });

  const deps = (worker: string) => ({
    db: db.db,
    worker,
    transport: createMailTransport({ smtpUrl: null, outboxDir: '/nonexistent' }),
    policies: { 'sms-feedback': smsFeedbackSendPolicy },
    sms: { ...creds, from: '+15559990000', messagingServiceSid: null, baseUrl: fake.url },
    log: createLogger('silent'),
  });

  async function queueTextFor(patch: Partial<typeof clients.$inferInsert>) {
    seq += 1;
    const phone = `+1555100${String(seq).padStart(4, '0')}`;
    const [clientId] = await insertClients(db.db, orgId, [{ name: `C${seq}`, email: `c${seq}@x.example` }]);
    if (!clientId) throw new Error('no client');
    await db.db
      .update(clients)
      .set({ phone, timeZone: 'Europe/London', ...patch })
      .where(eq(clients.id, clientId));
    const body = buildRequestText('Demo Salon', 'How was your visit?', `https://rebound.example/f/tok${seq}`);
    await enqueueSms(db.db, orgId, [
      { to: phone, body, idempotencyKey: `sms-${seq}`, kind: 'sms-feedback', refId: clientId },
    ]);
    return { phone, clientId, key: `sms-${seq}` };
  }

  const rowOf = async (key: string) => {
    const [row] = await db.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.orgId, orgId), eq(outbox.idempotencyKey, key)));
    if (!row) throw new Error('row missing');
    return row;
  };

  async function claimAndDeliver(worker: string, now?: Date) {
    const claimed = await claimDueMessages(db.db, worker, {
      limit: 50,
      leaseSeconds: 60,
      ...(now ? { now } : {}),
    });
    for (const m of claimed) await deliverMessage(deps(worker), m);
    return claimed.length;
  }

  it('a consented client in their daytime gets one text naming the business and how to stop; the SID is recorded', async () => {
    const open = zones.find((z) => isWithinSendingHours(new Date(), z)) ?? 'UTC';
    const { phone, key } = await queueTextFor({ timeZone: open, ...consent });
    const without = await queueTextFor({ timeZone: open, consent: 'granted' });
    await claimAndDeliver('w1');
    const sent = fake.received.filter((m) => m.form.To === phone);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.form.Body).toMatch(/^Demo Salon: .*\nReply STOP to opt out\.$/s);
    expect(await rowOf(key)).toMatchObject({
      status: 'sent',
      providerMessageId: sent[0]?.sid,
      deliveryStatus: 'queued',
    });
    expect(fake.received.filter((m) => m.form.To === without.phone)).toHaveLength(0);
    expect(await rowOf(without.key)).toMatchObject({
      status: 'cancelled',
      lastError: 'The client has not agreed to texts',
    });
  });

  it("a text due in the client's night waits in the outbox for 8:00 there, without using up an attempt", async () => {
    const closed = zones.find((z) => !isWithinSendingHours(new Date(), z));
    if (!closed) throw new Error('no zone in quiet hours');
    const { phone, key } = await queueTextFor({ timeZone: closed, ...consent });
    await claimAndDeliver('w2');
    const row = await rowOf(key);
    expect(row).toMatchObject({ status: 'queued', attempts: 0 });
    expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    expect(isWithinSendingHours(row.nextAttemptAt, closed)).toBe(true);
    expect(fake.received.filter((m) => m.form.To === phone)).toHaveLength(0);
  });

  it('a STOP that arrives after the launch cancels the queued text', async () => {
    const open = zones.find((z) => isWithinSendingHours(new Date(), z)) ?? 'UTC';
    const { phone, key } = await queueTextFor({ timeZone: open, ...consent });
    await recordSmsOptOut(db.db, phone, 'STOP', 'SMin');
    await claimAndDeliver('w3');
    expect(await rowOf(key)).toMatchObject({ status: 'cancelled', lastError: 'The number replied STOP' });
    expect(fake.received.filter((m) => m.form.To === phone)).toHaveLength(0);
  });

  it('a worker that died after the provider accepted its text: the takeover records that SID and sends nothing more', async () => {
    const open = zones.find((z) => isWithinSendingHours(new Date(), z)) ?? 'UTC';
    const { phone, key } = await queueTextFor({ timeZone: open, ...consent });
    const [claimed] = (await claimDueMessages(db.db, 'dies', { limit: 50, leaseSeconds: 60 })).filter(
      (m) => m.idempotencyKey === key,
    );
    const payload = claimed?.payload;
    if (!payload || !('body' in payload) || 'subject' in payload) throw new Error('no text claimed');
    // The dying worker's request reaches the provider; its process ends before the row is updated.
    const accepted = await sendSms(deps('dies').sms, { to: phone, body: payload.body });
    if (!accepted.ok) throw new Error('fake refused');
    // After the lease, another worker takes the row over.
    await claimAndDeliver('takes-over', new Date(Date.now() + 61_000));
    expect(fake.received.filter((m) => m.form.To === phone)).toHaveLength(1);
    expect(await rowOf(key)).toMatchObject({ status: 'sent', providerMessageId: accepted.sid });
  });

  it('a worker that died before reaching the provider: the takeover sends the text exactly once', async () => {
    const open = zones.find((z) => isWithinSendingHours(new Date(), z)) ?? 'UTC';
    const { phone, key } = await queueTextFor({ timeZone: open, ...consent });
    await claimDueMessages(db.db, 'dies-early', { limit: 50, leaseSeconds: 60 });
    await claimAndDeliver('takes-over-2', new Date(Date.now() + 61_000));
    expect(fake.received.filter((m) => m.form.To === phone)).toHaveLength(1);
    expect((await rowOf(key)).status).toBe('sent');
  });
});
