import type { Db } from '../../db/client.ts';
import type { Logger } from '../../logger.ts';
import type { MailTransport } from '../../mail/index.ts';
import type { SmsConfig } from '../../sms/sms-client.ts';
import { startClaimLoop } from '../../workers/claim-loop.ts';
import { checkBeforeSend } from './check-before-send.ts';
import { type ClaimedMessage, claimDueMessages } from './claim-due-messages.ts';
import { createOutcomeRecorder } from './create-outcome-recorder.ts';
import { createSentRecorder } from './create-sent-recorder.ts';
import { type DeliverDeps, deliverMessage } from './deliver-message.ts';
import { releaseUnstarted } from './release-unstarted.ts';
import type { SendPolicies, SendVerdict } from './send-policy.ts';

export type OutboxWorkerOptions = {
  db: Db;
  log: Logger;
  worker: string;
  transport: MailTransport;
  policies: SendPolicies;
  concurrency: number;
  leaseSeconds: number;
  idleMs: number;
  sms?: SmsConfig | null;
  smsStatusCallbackUrl?: string;
};

/** A claimed message and its policy's verdict from the batch check (none when that check failed). */
type Claimed = { message: ClaimedMessage; verdict: SendVerdict | undefined };

export type OutboxWorker = {
  /** Send until nothing is due. Returns how many messages it handled. */
  tick(): Promise<number>;
  /** Look for work now instead of at the next idle wake-up (after a campaign launch). */
  wake(): void;
  stop(): Promise<void>;
};

/**
 * Keeps `concurrency` sends in flight (one per pooled SMTP connection) and sleeps `idleMs` when nothing is
 * due. Every process runs one; the claim decides who sends what. Messages are claimed a batch ahead, so a
 * send never waits for a claim and a slow message never holds up the rest of its batch. The send policies
 * check each claimed batch at once, right after its claim (one statement per kind, docs/decisions/034), and
 * hear about outcomes settled together in one call. `stop()` lets the sends in flight finish and hands the
 * claimed but unstarted messages back, so a graceful shutdown leaves no lease behind.
 */
export function startOutboxWorker(opts: OutboxWorkerOptions): OutboxWorker {
  const concurrency = Math.max(1, opts.concurrency);
  const batchSize = concurrency * 2;
  // A claimed message is started only while half its lease is left: one that waited longer might be taken
  // over by another process mid-send. It is handed back instead.
  const minLeaseLeftMs = (opts.leaseSeconds * 1000) / 2;
  const deps: DeliverDeps = {
    ...opts,
    recordSent: createSentRecorder(opts.db, opts.worker),
    recordOutcome: createOutcomeRecorder(opts.db, opts.policies),
  };

  const handBack = (messages: ClaimedMessage[]) =>
    releaseUnstarted(opts.db, opts.worker, messages).catch((error: unknown) => {
      opts.log.error({ err: error }, 'outbox could not hand back unstarted messages');
      return 0;
    });

  async function drain(): Promise<number> {
    const queue: Claimed[] = [];
    let claiming: Promise<void> | null = null;
    let lastClaimed = batchSize;
    let handled = 0;

    const claim = () => {
      claiming ??= claimDueMessages(opts.db, opts.worker, {
        limit: batchSize,
        leaseSeconds: opts.leaseSeconds,
      })
        .then(async (rows) => {
          lastClaimed = rows.length;
          rows.sort((a, b) => a.nextAttemptAt.getTime() - b.nextAttemptAt.getTime());
          const verdicts = await checkBeforeSend(opts.db, opts.policies, rows, new Date()).catch(
            (error: unknown) => {
              // Each message is then checked on its own just before its send.
              opts.log.error({ err: error }, 'outbox send-time check failed');
              return new Map<string, SendVerdict>();
            },
          );
          queue.push(...rows.map((message) => ({ message, verdict: verdicts.get(message.id) })));
        })
        .catch((error: unknown) => {
          opts.log.error({ err: error }, 'outbox claim failed');
          lastClaimed = 0;
        })
        .finally(() => {
          claiming = null;
        });
      return claiming;
    };

    const send = async ({ message, verdict }: Claimed) => {
      if ((message.leaseExpiresAt?.getTime() ?? 0) - Date.now() < minLeaseLeftMs) {
        await handBack([message]);
        return;
      }
      handled += 1;
      try {
        await deliverMessage(deps, message, verdict);
      } catch (error) {
        opts.log.error({ err: error, outboxId: message.id }, 'outbox delivery failed');
      }
    };

    const lane = async () => {
      while (!loop.isStopped()) {
        const claimed = queue.shift();
        if (claimed) {
          if (queue.length < concurrency && lastClaimed === batchSize) void claim();
          await send(claimed);
        } else if (claiming) await claiming;
        else if (lastClaimed === 0) return;
        else await claim();
      }
    };

    await Promise.all(Array.from({ length: concurrency }, lane));
    await claiming;
    await handBack(queue.map((c) => c.message));
    return handled;
  }

  const loop = startClaimLoop(drain, { idleMs: opts.idleMs, log: opts.log, name: 'outbox' });

  return {
    tick: drain,
    wake: loop.wake,
    async stop() {
      await loop.stop();
      await opts.transport.close();
    },
  };
}
