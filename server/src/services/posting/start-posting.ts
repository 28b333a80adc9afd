import type { SecretBox } from '../../crypto/secret-box.ts';
import type { Db } from '../../db/client.ts';
import type { Env } from '../../env.ts';
import type { Logger } from '../../logger.ts';
import { defaultHttp } from '../../sources/google/client.ts';
import { startPostingWorker } from './posting-worker.ts';

/** The posting worker as the app runs it: Google's own transport (timeout, size cap, no redirects). */
export function startAppPostingWorker(deps: {
  db: Db;
  env: Env;
  log: Logger;
  worker: string;
  secretBox: SecretBox | undefined;
}) {
  return startPostingWorker(
    { db: deps.db, worker: deps.worker, log: deps.log, http: defaultHttp, box: deps.secretBox ?? null },
    { cronExpression: deps.env.POSTING_CRON, leaseSeconds: deps.env.POSTING_LEASE_SECONDS },
  );
}
