import pLimit from 'p-limit';
import type { Db } from '../../db/client.ts';
import type { Logger } from '../../logger.ts';
import type { MailTransport } from '../../mail/index.ts';
import type { SmsConfig } from '../../sms/sms-client.ts';
import { claimDueMessages } from './claim-outbox.ts';
import { deliverMessage } from './deliver-message.ts';
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
  /** One pass: claim a batch and send it. Returns how many messages it handled. */
  tick(): Promise<number>;
  /** Look for work now instead of at the next idle wake-up (after a campaign launch). */
  wake(): void;
  stop(): Promise<void>;
};

/**
 * Loops while there is due mail and sleeps `idleMs` when there is none. Every process runs one; the claim
 * decides who sends what. `stop()` lets the batch in hand finish, so a graceful shutdown leaves no lease behind.
 */
export function startOutboxWorker(opts: OutboxWorkerOptions): OutboxWorker {
  const limit = pLimit(Math.max(1, opts.concurrency));
  let isStopped = false;
  let wakeUp: (() => void) | null = null;

  async function tick(): Promise<number> {
    const claimed = await claimDueMessages(opts.db, opts.worker, {
      limit: Math.max(1, opts.concurrency) * 5,
      leaseSeconds: opts.leaseSeconds,
    });
    await Promise.all(
      claimed.map((message) =>
        limit(async () => {
          // Once stopping, leave the rest of the batch to its lease: another process or the restart takes it.
          if (isStopped) return;
          try {
            await deliverMessage(opts, message);
          } catch (error) {
            opts.log.error({ err: error, outboxId: message.id }, 'outbox delivery failed');
          }
        }),
      ),
    );
    return claimed.length;
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
      let handled = 0;
      try {
        handled = await tick();
      } catch (error) {
        opts.log.error({ err: error }, 'outbox tick failed');
      }
      if (handled === 0 && !isStopped) await sleep();
      wakeUp = null;
    }
  })();

  return {
    tick,
    wake: () => wakeUp?.(),
    async stop() {
      isStopped = true;
      wakeUp?.();
      await loop;
      await opts.transport.close();
    },
  };
}
