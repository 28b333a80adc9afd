import type { Db } from '../../db/client.ts';
import { organizations } from '../../db/schema/index.ts';
import type { Logger } from '../../logger.ts';
import { startClaimLoop } from '../../workers/claim-loop.ts';
import { lastFullWeek } from './digest-week.ts';
import { type DigestMailSettings, queueWeeklyDigest } from './queue-weekly-digest.ts';

export type DigestWorker = { runNow(now?: Date): Promise<number>; stop(): Promise<void> };

/**
 * Weekly digests on a cron schedule (DIGEST_CRON; Monday 08:00 by default). Every process fires; digest_runs
 * lets one of them queue each organization's digest, and the outbox worker sends it.
 */
export function startDigestWorker(
  deps: { db: Db; log: Logger; mail: () => DigestMailSettings; wakeOutbox?: () => void },
  opts: { cronExpression: string | null },
): DigestWorker {
  async function queueAll(now: Date): Promise<number> {
    const { weekEnd } = lastFullWeek(now);
    const orgs = await deps.db.select({ id: organizations.id }).from(organizations);
    let queued = 0;
    for (const org of orgs) {
      try {
        if ((await queueWeeklyDigest(deps.db, org.id, deps.mail(), { weekEnd })).queued) queued++;
      } catch (error) {
        deps.log.error({ err: error, orgId: org.id }, 'weekly digest failed');
      }
    }
    if (queued) deps.wakeOutbox?.();
    return queued;
  }
  const loop = startClaimLoop(() => queueAll(new Date()), {
    cron: opts.cronExpression,
    log: deps.log,
    name: 'digest',
  });
  return {
    runNow: (now = new Date()) => loop.track(queueAll(now)),
    stop: loop.stop,
  };
}
