import type { Db } from '../../db/client.ts';
import type { Logger } from '../../logger.ts';
import type { MailTransport } from '../../mail/index.ts';
import type { SmsConfig } from '../../sms/sms-client.ts';
import { type ClaimedMessage, claimDueMessages, releaseUnstarted } from './claim-outbox.ts';
import { type DeliverDeps, deliverMessage } from './deliver-message.ts';
import { createSentRecorder } from './record-sent.ts';
import type { SendPolicies } from './send-policy.ts';

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
 * send never waits for a claim and a slow message never holds up the rest of its batch. `stop()` lets the
 * sends in flight finish and hands the claimed but unstarted messages back, so a graceful shutdown leaves
 * no lease behind.
 */
export function startOutboxWorker(opts: OutboxWorkerOptions): OutboxWorker {
  const concurrency = Math.max(1, opts.concurrency);
  const batchSize = concurrency * 2;
  // A claimed message is started only while half its lease is left: one that waited longer might be taken
  // over by another process mid-send. It is handed back instead.
  const minLeaseLeftMs = (opts.leaseSeconds * 1000) / 2;
  const deps: DeliverDeps = { ...opts, recordSent: createSentRecorder(opts.db, opts.worker) };
  let isStopped = false;
  let wakeUp: (() => void) | null = null;

  const handBack = (messages: ClaimedMessage[]) =>
    releaseUnstarted(opts.db, opts.worker, messages).catch((error: unknown) => {
      opts.log.error({ err: error }, 'outbox could not hand back unstarted messages');
      return 0;
    });

  async function drain(): Promise<number> {
    const queue: ClaimedMessage[] = [];
    let claiming: Promise<void> | null = null;
    let lastClaimed = batchSize;
    let handled = 0;

    const claim = () => {
      claiming ??= claimDueMessages(opts.db, opts.worker, {
        limit: batchSize,
        leaseSeconds: opts.leaseSeconds,
      })
        .then((rows) => {
          rows.sort((a, b) => a.nextAttemptAt.getTime() - b.nextAttemptAt.getTime());
          queue.push(...rows);
          lastClaimed = rows.length;
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

    const send = async (message: ClaimedMessage) => {
      if ((message.leaseExpiresAt?.getTime() ?? 0) - Date.now() < minLeaseLeftMs) {
        await handBack([message]);
        return;
      }
      handled += 1;
      try {
        await deliverMessage(deps, message);
      } catch (error) {
        opts.log.error({ err: error, outboxId: message.id }, 'outbox delivery failed');
      }
    };

    const lane = async () => {
      while (!isStopped) {
        const message = queue.shift();
        if (message) {
          if (queue.length < concurrency && lastClaimed === batchSize) void claim();
          await send(message);
        } else if (claiming) await claiming;
        else if (lastClaimed === 0) return;
        else await claim();
      }
    };

    await Promise.all(Array.from({ length: concurrency }, lane));
    await claiming;
    await handBack(queue);
    return handled;
  }

  const sleep = () =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, opts.idleMs);
      wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const loop = (async () => {
    while (!isStopped) {
      const handled = await drain();
      if (handled === 0 && !isStopped) await sleep();
      wakeUp = null;
    }
  })();

  return {
    tick: drain,
    wake: () => wakeUp?.(),
    async stop() {
      isStopped = true;
      wakeUp?.();
      await loop;
      await opts.transport.close();
    },
  };
}
