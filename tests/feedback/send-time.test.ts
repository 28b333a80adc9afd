import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedbackRequests, outbox } from '../../server/src/db/schema/index.ts';
import { createLogger } from '../../server/src/logger.ts';
import { createMailTransport } from '../../server/src/mail/index.ts';
import { launchCampaign } from '../../server/src/services/campaigns/launch-campaign.ts';
import { saveCampaign } from '../../server/src/services/campaigns/save-campaign.ts';
import { suppressEmail } from '../../server/src/services/clients/suppressions.ts';
import { feedbackSendPolicy } from '../../server/src/services/feedback/send-policy.ts';
import { startOutboxWorker } from '../../server/src/services/outbox/index.ts';
import { createTestDatabase, engines, type TestDatabase } from '../support/db.ts';
import { type SmtpSink, startSmtpSink } from '../support/smtp-sink.ts';
import { drainOutbox, insertClients, loadDemoWithLocation, template } from './helpers.ts';

const actor = { userId: null, label: 'marketing@test', name: 'Mara' };
const settings = {
  publicUrl: 'https://rebound.example',
  fromAddress: 'no-reply@rebound.example',
  domain: 'rebound.example',
};

describe.each(engines)('rules enforced at send time on %s', (engine) => {
  let db: TestDatabase;
  let sink: SmtpSink;
  let demo: Awaited<ReturnType<typeof loadDemoWithLocation>>;
  const campaignFor = async (clientIds: string[], frequencyCapDays = 90) => {
    const { campaignId } = await saveCampaign(db.db, demo.orgId, actor, {
      channel: 'email',
      smsTemplate: '',
      name: 'c',
      locationId: demo.locationId,
      scale: 'five',
      audience: { mode: 'list', clientIds },
      trackOpens: false,
      ratePerMinute: 100_000,
      frequencyCapDays,
      ...template,
    });
    await launchCampaign(db.db, demo.orgId, actor, campaignId, settings);
    return campaignId;
  };
  const delivered = (address: string) => sink.envelopes.filter((e) => e.to.includes(address)).length;

  beforeAll(async () => {
    db = await createTestDatabase(engine);
    sink = await startSmtpSink();
    demo = await loadDemoWithLocation(db.db);
  });
  afterAll(async () => {
    await db?.drop();
    await sink?.close();
  });

  it('a client who unsubscribes after the launch is not mailed: the queued message is cancelled', async () => {
    const [leaving = '', staying = ''] = await insertClients(db.db, demo.orgId, [
      { name: 'Leaving', email: 'leaving@client.example' },
      { name: 'Staying', email: 'staying@client.example' },
    ]);
    await campaignFor([leaving, staying]);
    await suppressEmail(db.db, demo.orgId, 'leaving@client.example', {
      reason: 'unsubscribed',
      source: 'test',
      actor,
    });
    await drainOutbox(db.db, sink.url);
    expect(delivered('leaving@client.example')).toBe(0);
    expect(delivered('staying@client.example')).toBe(1);
    const [row] = await db.db
      .select({ status: outbox.status, lastError: outbox.lastError })
      .from(outbox)
      .where(eq(outbox.toAddress, 'leaving@client.example'));
    expect(row).toEqual({ status: 'cancelled', lastError: 'The address is on the suppression list' });
  });

  it('a client actually mailed within the cap by another campaign is not mailed again, whatever the audience check saw', async () => {
    const [capped = ''] = await insertClients(db.db, demo.orgId, [
      { name: 'Capped', email: 'capped@client.example' },
    ]);
    const first = await campaignFor([capped], 30);
    await drainOutbox(db.db, sink.url);
    expect(delivered('capped@client.example')).toBe(1);
    // The audience rule looks at when a client was asked; pretend that record is old, as after a clock or
    // data fix. The send-time rule looks at what the mail server really accepted, and still says no.
    await db.db
      .update(feedbackRequests)
      .set({ createdAt: new Date(Date.now() - 200 * 86_400_000) })
      .where(and(eq(feedbackRequests.orgId, demo.orgId), eq(feedbackRequests.campaignId, first)));
    await campaignFor([capped], 30);
    await drainOutbox(db.db, sink.url);
    expect(delivered('capped@client.example')).toBe(1);
    const statuses = await db.db
      .select({ status: outbox.status, lastError: outbox.lastError })
      .from(outbox)
      .where(eq(outbox.toAddress, 'capped@client.example'));
    expect(statuses).toContainEqual({
      status: 'cancelled',
      lastError: 'The client was already asked within 30 days',
    });
  });

  it('two requests to one client claimed in one batch reach the client once: the later waits for the earlier, then the cap cancels it', async () => {
    const [twice = ''] = await insertClients(db.db, demo.orgId, [
      { name: 'Twice', email: 'twice@client.example' },
    ]);
    const first = await campaignFor([twice], 30);
    // As in the cap test above: the audience check no longer sees the first request, so both are queued.
    await db.db
      .update(feedbackRequests)
      .set({ createdAt: new Date(Date.now() - 200 * 86_400_000) })
      .where(and(eq(feedbackRequests.orgId, demo.orgId), eq(feedbackRequests.campaignId, first)));
    await campaignFor([twice], 30);
    const queued = await db.db
      .select({ id: outbox.id })
      .from(outbox)
      .where(and(eq(outbox.toAddress, 'twice@client.example'), eq(outbox.status, 'queued')));
    expect(queued).toHaveLength(2);
    // One lane: the batch is checked before either is sent, so only the wait keeps the second out.
    const worker = startOutboxWorker({
      db: db.db,
      log: createLogger('silent'),
      worker: 'batch-worker',
      transport: createMailTransport({ smtpUrl: sink.url, outboxDir: '/nonexistent' }),
      policies: { feedback: feedbackSendPolicy },
      concurrency: 1,
      leaseSeconds: 60,
      idleMs: 50,
    });
    const statuses = () =>
      db.db
        .select({ status: outbox.status, lastError: outbox.lastError })
        .from(outbox)
        .where(eq(outbox.toAddress, 'twice@client.example'));
    try {
      for (const until = Date.now() + 30_000; Date.now() < until; ) {
        const rows = await statuses();
        if (rows.every((r) => r.status === 'sent' || r.status === 'cancelled')) break;
        await new Promise((r) => setTimeout(r, 50));
      }
    } finally {
      await worker.stop();
    }
    expect(delivered('twice@client.example')).toBe(1);
    expect(await statuses()).toEqual(
      expect.arrayContaining([
        { status: 'sent', lastError: null },
        { status: 'cancelled', lastError: 'The client was already asked within 30 days' },
      ]),
    );
  });

  it('a suppressed client is left out of a hand-picked list at launch, and nobody is asked twice within the cap', async () => {
    const [fresh = ''] = await insertClients(db.db, demo.orgId, [
      { name: 'Fresh', email: 'fresh@client.example' },
    ]);
    const leaving =
      (
        await db.db
          .select({ id: feedbackRequests.clientId })
          .from(feedbackRequests)
          .where(eq(feedbackRequests.email, 'leaving@client.example'))
      )[0]?.id ?? '';
    const staying =
      (
        await db.db
          .select({ id: feedbackRequests.clientId })
          .from(feedbackRequests)
          .where(eq(feedbackRequests.email, 'staying@client.example'))
      )[0]?.id ?? '';
    const { campaignId } = await saveCampaign(db.db, demo.orgId, actor, {
      channel: 'email',
      smsTemplate: '',
      name: 'd',
      locationId: demo.locationId,
      scale: 'nps',
      audience: { mode: 'list', clientIds: [fresh, leaving, staying] },
      trackOpens: false,
      ratePerMinute: 60,
      frequencyCapDays: 90,
      ...template,
    });
    const result = await launchCampaign(db.db, demo.orgId, actor, campaignId, settings);
    expect(result.queued).toBe(1);
    expect(result.excluded).toMatchObject({ suppressed: 1, recentlyAsked: 1 });
  });

  it('a 5xx from the mail server records a bounce and suppresses the address; a 4xx is retried later', async () => {
    const strict = await startSmtpSink({ rejectRecipients: /^bounce@/, tempFailFirst: 0 });
    try {
      const [bounce = ''] = await insertClients(db.db, demo.orgId, [
        { name: 'Bounce', email: 'bounce@client.example' },
      ]);
      await campaignFor([bounce]);
      await drainOutbox(db.db, strict.url);
      const [row] = await db.db
        .select({ status: outbox.status, lastError: outbox.lastError })
        .from(outbox)
        .where(eq(outbox.toAddress, 'bounce@client.example'));
      expect(row?.status).toBe('bounced');
      expect(row?.lastError).toMatch(/550/);
      const { isSuppressed } = await import('../../server/src/services/clients/suppressions.ts');
      expect(await isSuppressed(db.db, demo.orgId, 'bounce@client.example')).toBe(true);
    } finally {
      await strict.close();
    }
  });
});
