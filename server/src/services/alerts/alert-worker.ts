import pLimit from 'p-limit';
import type { Logger } from '../../logger.ts';
import { type ClaimLoop, startClaimLoop } from '../../workers/claim-loop.ts';
import { claimDueAlerts } from './claim-due-alerts.ts';
import { type AlertDeliveryDeps, deliverAlert } from './deliver-alert.ts';
import { raiseOverdueTasks } from './raise-overdue-tasks.ts';
import { raiseSlaBreaches } from './raise-sla-breaches.ts';

const LEASE_SECONDS = 120;

/** Each tick: raise SLA breaches and overdue promises, then deliver what is due. Every process runs it; claims keep it single. */
export function startAlertWorker(
  deps: AlertDeliveryDeps & { log: Logger },
  opts: { cronExpression: string | null; batch?: number },
): Pick<ClaimLoop, 'runNow' | 'stop'> {
  const limit = pLimit(4);
  return startClaimLoop(
    async () => {
      const now = deps.now?.() ?? new Date();
      await raiseSlaBreaches(deps.db, now);
      await raiseOverdueTasks(deps.db, now);
      const claimed = await claimDueAlerts(deps.db, deps.worker, {
        limit: opts.batch ?? 20,
        leaseSeconds: LEASE_SECONDS,
        now,
      });
      await Promise.all(
        claimed.map((a) =>
          limit(() =>
            deliverAlert(deps, a).catch((error: unknown) =>
              deps.log.warn({ err: error, alertId: a.id }, 'alert delivery failed'),
            ),
          ),
        ),
      );
      return claimed.length;
    },
    { cron: opts.cronExpression, log: deps.log, name: 'alerts' },
  );
}
