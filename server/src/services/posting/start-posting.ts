import type { SecretBox } from '../../crypto/secret-box.ts';
import type { Db } from '../../db/client.ts';
import type { Env } from '../../env.ts';
import type { Logger } from '../../logger.ts';
import { fetchDocument } from '../../net/fetch-document.ts';
import { httpOverFetcher } from '../polling/collectors.ts';
import { startPostingWorker } from './posting-worker.ts';

/**
 * The posting worker as the app runs it. A source's API and token addresses can be overridden in its settings,
 * so replies and token refreshes go through the guarded fetch (SSRF check, size cap, no redirects) like polls.
 */
export function startAppPostingWorker(deps: {
  db: Db;
  env: Env;
  log: Logger;
  worker: string;
  secretBox: SecretBox | undefined;
}) {
  const http = httpOverFetcher((url, policy) =>
    fetchDocument(url, { ...policy, allowList: deps.env.FETCH_ALLOW_LIST }),
  );
  return startPostingWorker(
    { db: deps.db, worker: deps.worker, log: deps.log, http, box: deps.secretBox ?? null },
    { cronExpression: deps.env.POSTING_CRON, leaseSeconds: deps.env.POSTING_LEASE_SECONDS },
  );
}
