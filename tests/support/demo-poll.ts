import { eq } from 'drizzle-orm';
import { sources } from '../../server/src/db/schema/index.ts';
import { createLogger } from '../../server/src/logger.ts';
import { startPoller } from '../../server/src/services/polling/scheduler.ts';
import { drainReviewEffects } from '../../server/src/services/review-effects/effects-worker.ts';
import type { TestServer } from './server.ts';

/**
 * Poll the demo source of `orgId` once, fetching the demo site over loopback HTTP from the test server, then
 * carry out what the stored reviews set in motion (cases, alerts, drafts), as the app's workers would.
 */
export async function pollDemoSource(server: TestServer, orgId: string) {
  const [source] = await server.database.db
    .select({ id: sources.id })
    .from(sources)
    .where(eq(sources.orgId, orgId));
  if (!source) throw new Error('demo source missing');
  const poller = startPoller(
    {
      db: server.database.db,
      worker: 'test-worker',
      log: createLogger('silent'),
      fetcher: async (url) => {
        const res = await fetch(`${server.url}${url}`);
        return {
          ok: true,
          status: res.status,
          body: await res.text(),
          url: `${server.url}${url}`,
          contentType: res.headers.get('content-type'),
          etag: null,
          lastModified: null,
          notModified: false,
          headers: {},
        };
      },
    },
    { cronExpression: null },
  );
  const outcome = await poller.pollNow(orgId, source.id);
  await drainReviewEffects(server.database.db);
  return outcome;
}
