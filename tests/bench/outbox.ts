/**
 * outbox_messages_per_second: 2,000 feedback requests enqueued by a campaign launch, then sent by the outbox
 * worker (16 sends at once) to a loopback SMTP server in a process of its own, on a PostgreSQL database
 * created and dropped here. The sink holds each greeting 100 ms (smtp-server's early-talker check); the SMTP
 * transport keeps a pool of `concurrency` connections, so this measures claim + send-time checks + SMTP +
 * bookkeeping together. The run fails unless every client received exactly one message.
 */
import { and, eq, sql } from 'drizzle-orm';
import { openDatabase } from '../../server/src/db/client.ts';
import { clients, outbox } from '../../server/src/db/schema/index.ts';
import { createLogger } from '../../server/src/logger.ts';
import { createMailTransport } from '../../server/src/mail/index.ts';
import { launchCampaign } from '../../server/src/services/campaigns/launch-campaign.ts';
import { saveCampaign } from '../../server/src/services/campaigns/save-campaign.ts';
import { feedbackSendPolicy } from '../../server/src/services/feedback/send-policy.ts';
import { enqueueSms, startOutboxWorker } from '../../server/src/services/outbox/index.ts';
import { buildRequestText, smsFeedbackSendPolicy } from '../../server/src/services/sms/sms-send-policy.ts';
import { isWithinSendingHours } from '../../server/src/sms/quiet-hours.ts';
import { insertClients, loadDemoWithLocation, template } from '../feedback/helpers.ts';
import { createTestDatabase } from '../support/db.ts';
import { startFakeSmsServer } from '../support/fake-sms-server.ts';
import { startSinkProcess } from './outbox-sink.ts';

const messages = 2_000;
const concurrency = 16;

export async function runOutboxBench(): Promise<Record<string, number>> {
  const db = await createTestDatabase('postgres');
  const sink = await startSinkProcess();
  try {
    const demo = await loadDemoWithLocation(db.db);
    await insertClients(
      db.db,
      demo.orgId,
      Array.from({ length: messages }, (_, i) => ({ name: `Bench ${i}`, email: `bench${i}@bench.example` })),
    );
    const actor = { userId: null, label: 'bench', name: 'Bench' };
    const { campaignId } = await saveCampaign(db.db, demo.orgId, actor, {
      name: 'bench',
      locationId: demo.locationId,
      scale: 'five',
      audience: { mode: 'rules', servedWithinDays: 30, tags: [] },
      trackOpens: true,
      ratePerMinute: 100_000,
      frequencyCapDays: 90,
      channel: 'email',
      smsTemplate: '',
      ...template,
    });
    const enqueueStarted = performance.now();
    await launchCampaign(db.db, demo.orgId, actor, campaignId, {
      publicUrl: 'https://rebound.example',
      fromAddress: 'no-reply@rebound.example',
      domain: 'rebound.example',
    });
    const enqueueMs = performance.now() - enqueueStarted;
    // The worker gets the server's own pool size (tests share a smaller one), as it would in production.
    const serverDb = await openDatabase({ databaseUrl: db.url ?? '' });
    const started = performance.now();
    const worker = startOutboxWorker({
      db: serverDb.db,
      log: createLogger('silent'),
      worker: 'bench',
      transport: createMailTransport({
        smtpUrl: sink.url,
        outboxDir: '/nonexistent',
        connections: concurrency,
      }),
      policies: { feedback: feedbackSendPolicy },
      concurrency,
      leaseSeconds: 120,
      idleMs: 20,
    });
    for (;;) {
      const [row] = await db.db
        .select({ n: sql<number>`count(*)::int` })
        .from(outbox)
        .where(and(eq(outbox.orgId, demo.orgId), eq(outbox.status, 'sent')));
      if ((row?.n ?? 0) >= messages) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const seconds = (performance.now() - started) / 1000;
    await worker.stop();
    await serverDb.close();
    const received = await sink.counts();
    if (received.total !== messages || received.recipients !== messages)
      throw new Error(
        `sink received ${received.total} messages for ${received.recipients} clients, expected ${messages}`,
      );
    return {
      outbox_messages_per_second: messages / seconds,
      outbox_enqueue_messages_per_second: messages / (enqueueMs / 1000),
    };
  } finally {
    await sink.close();
    await db.drop();
  }
}

const texts = 500;

/**
 * sms_messages_per_second: texts to consented clients enqueued, then sent by the outbox worker to a local
 * fake of the Twilio-style Messages API (in this process), with every send-time check (consent, STOP, quiet
 * hours) and the SID recorded per text. Clients are in UTC and the clock is real, so a run during 21:00-8:00
 * UTC puts them in Pacific/Kiritimati's or Los Angeles's daytime instead.
 */
export async function runSmsOutboxBench(): Promise<Record<string, number>> {
  const db = await createTestDatabase('postgres');
  const creds = { accountSid: 'ACbench', authToken: 'bench-token-0123456789' };
  const fake = await startFakeSmsServer(creds);
  try {
    const demo = await loadDemoWithLocation(db.db);
    const zone = ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles'].find((z) =>
      isWithinSendingHours(new Date(), z),
    );
    const ids = await insertClients(
      db.db,
      demo.orgId,
      Array.from({ length: texts }, (_, i) => ({ name: `Text ${i}`, email: `text${i}@bench.example` })),
    );
    await enqueueSms(
      db.db,
      demo.orgId,
      ids.map((clientId, i) => ({
        to: `+1555${String(i).padStart(7, '0')}`,
        body: buildRequestText('Bench Salon', 'How was your visit?', `https://rebound.example/f/t${i}`),
        idempotencyKey: `bench-sms-${i}`,
        kind: 'sms-feedback',
        refId: clientId,
      })),
    );
    for (const [i, clientId] of ids.entries())
      await db.db
        .update(clients)
        .set({
          phone: `+1555${String(i).padStart(7, '0')}`,
          timeZone: zone ?? 'UTC',
          smsConsentAt: new Date(),
        })
        .where(and(eq(clients.orgId, demo.orgId), eq(clients.id, clientId)));
    const serverDb = await openDatabase({ databaseUrl: db.url ?? '' });
    const started = performance.now();
    const worker = startOutboxWorker({
      db: serverDb.db,
      log: createLogger('silent'),
      worker: 'bench-sms',
      transport: createMailTransport({ smtpUrl: null, outboxDir: '/nonexistent' }),
      policies: { 'sms-feedback': smsFeedbackSendPolicy },
      concurrency,
      leaseSeconds: 120,
      idleMs: 20,
      sms: { ...creds, from: '+15559990000', messagingServiceSid: null, baseUrl: fake.url },
    });
    while (fake.received.length < texts) await new Promise((r) => setTimeout(r, 50));
    const seconds = (performance.now() - started) / 1000;
    await worker.stop();
    await serverDb.close();
    return { sms_messages_per_second: texts / seconds };
  } finally {
    await fake.close();
    await db.drop();
  }
}
