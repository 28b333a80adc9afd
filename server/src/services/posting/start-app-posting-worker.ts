import type { SecretBox } from '../../crypto/secret-box.ts';
import type { Db } from '../../db/client.ts';
import type { Env } from '../../env.ts';
import type { Logger } from '../../logger.ts';
import { type Fetcher, httpOverFetcher } from '../../net/fetcher.ts';
import { startPostingWorker } from './posting-worker.ts';

/**
 * The posting worker as the app runs it. Google calls go through the same guarded fetch as polls (SSRF guard,
 * FETCH_ALLOW_LIST, size cap, no redirects): the API address of a source is configurable, so it is user input.
 */
export function startAppPostingWorker(deps: {
  db: Db;
  env: Env;
  log: Logger;
  worker: string;
  fetcher: Fetcher;
  secretBox: SecretBox | undefined;
}) {
  return startPostingWorker(
    {
      db: deps.db,
      worker: deps.worker,
      log: deps.log,
      http: httpOverFetcher(deps.fetcher),
      box: deps.secretBox ?? null,
      allowEndpointOverrides: deps.env.ALLOW_ENDPOINT_OVERRIDES,
    },
    { cronExpression: deps.env.POSTING_CRON, leaseSeconds: deps.env.POSTING_LEASE_SECONDS },
  );
}
