/**
 * outbox_messages_per_second: 2,000 feedback requests enqueued by a campaign launch, then sent by the outbox
 * worker (default concurrency) to a loopback SMTP server, on a PostgreSQL database created and dropped here.
 * The sink holds each greeting 100 ms (smtp-server's early-talker check); the SMTP transport keeps a pool of
 * `concurrency` connections, so this measures claim + send-time checks + SMTP + bookkeeping together.
 */
import { and, eq, sql } from 'drizzle-orm';
import { openDatabase } from '../../server/src/db/client.ts';
import { outbox } from '../../server/src/db/schema/index.ts';
import { createLogger } from '../../server/src/logger.ts';
import { createMailTransport } from '../../server/src/mail/index.ts';
import { launchCampaign } from '../../server/src/services/campaigns/launch-campaign.ts';
import { saveCampaign } from '../../server/src/services/campaigns/save-campaign.ts';
import { feedbackSendPolicy } from '../../server/src/services/feedback/send-policy.ts';
import { startOutboxWorker } from '../../server/src/services/outbox/index.ts';
import { startCrashSink } from '../feedback/crash-sink.ts';
import { insertClients, loadDemoWithLocation, template } from '../feedback/helpers.ts';
import { createTestDatabase } from '../support/db.ts';

const messages = 2_000;
const concurrency = 16;

export async function runOutboxBench(): Promise<Record<string, number>> {
  const db = await createTestDatabase('postgres');
  const sink = await startCrashSink(() => {});
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
    if (sink.total() !== messages)
      throw new Error(`sink received ${sink.total()} messages, expected ${messages}`);
    return {
      outbox_messages_per_second: messages / seconds,
      outbox_enqueue_messages_per_second: messages / (enqueueMs / 1000),
    };
  } finally {
    await sink.close();
    await db.drop();
  }
}
