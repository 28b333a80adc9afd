import { eq } from 'drizzle-orm';
import type { Db } from '../../server/src/db/client.ts';
import { sources } from '../../server/src/db/schema/index.ts';
import { demoUsers, loadDemo } from '../../server/src/demo/load-demo.ts';
import { createLogger } from '../../server/src/logger.ts';
import type { Fetcher } from '../../server/src/net/fetcher.ts';
import { startPoller } from '../../server/src/services/polling/scheduler.ts';
import { drainReviewEffects } from '../../server/src/services/review-effects/effects-worker.ts';
import { signedInClient } from '../support/api-client.ts';

export const login = (role: 'owner' | 'manager' | 'marketing' | 'admin') => {
  const user = demoUsers.find((u) => u.role === role);
  if (!user) throw new Error(`no demo ${role}`);
  return user;
};

export const signIn = (url: string, role: 'owner' | 'manager' | 'marketing' | 'admin') =>
  signedInClient(url, login(role).email, login(role).password);

/** Fetches the demo site from the running server, as the app's own fetcher does. */
export const demoFetcher =
  (baseUrl: string): Fetcher =>
  async (url) => {
    const res = await fetch(`${baseUrl}${url}`);
    return {
      ok: true,
      status: res.status,
      body: await res.text(),
      url: `${baseUrl}${url}`,
      contentType: res.headers.get('content-type'),
      etag: null,
      lastModified: null,
      notModified: false,
      headers: {},
    };
  };

/** The demo org, polled once, with what its reviews set in motion (cases, alerts, drafts) carried out. */
export async function loadPolledDemo(db: Db, baseUrl: string) {
  const { orgId } = await loadDemo(db);
  const [source] = await db.select().from(sources).where(eq(sources.orgId, orgId));
  if (!source) throw new Error('demo source missing');
  const poller = startPoller(
    {
      db,
      worker: 'test-poller',
      log: createLogger('silent'),
      fetcher: demoFetcher(baseUrl),
    },
    { cronExpression: null },
  );
  await poller.pollNow(orgId, source.id);
  await drainReviewEffects(db);
  return { orgId, sourceId: source.id, poller };
}
