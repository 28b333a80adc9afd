import { eq } from 'drizzle-orm';
import { createSecretBox } from '../../server/src/crypto/secret-box.ts';
import { sources } from '../../server/src/db/schema/index.ts';
import { createLogger } from '../../server/src/logger.ts';
import { fetchDocument } from '../../server/src/net/fetch-document.ts';
import { createOrganizationWithOwner } from '../../server/src/services/orgs/create-organization-with-owner.ts';
import { createCollectors } from '../../server/src/services/polling/collectors.ts';
import { startPoller } from '../../server/src/services/polling/scheduler.ts';
import { drainReviewEffects } from '../../server/src/services/review-effects/effects-worker.ts';
import { signedInClient } from '../support/api-client.ts';
import type { TestServer } from '../support/server.ts';

/** Any running Rebound server a test started (the plain test server or the log-capturing one). */
export type Served = Pick<TestServer, 'url' | 'database'>;

export const TEST_APP_SECRET = 'test-secret-test-secret-0123456789';

/** A new organization whose owner has just signed up: no sources, no ids or tokens typed anywhere. */
export async function newOwner(server: Served, slug: string) {
  const owner = { email: `owner@${slug}.example`, password: `${slug} owner password 1` };
  const org = await createOrganizationWithOwner(server.database.db, {
    orgName: `Shop ${slug}`,
    orgSlug: slug,
    postalAddress: '1 High Street, Town',
    ownerName: 'Olive Owner',
    ownerEmail: owner.email,
    ownerPassword: owner.password,
  });
  const api = await signedInClient(server.url, owner.email, owner.password);
  return { ...owner, orgId: org.orgId, api };
}

type Api = Awaited<ReturnType<typeof newOwner>>['api'];

/**
 * The consent journey without a browser: start, open the provider's consent page, press Allow (or Deny),
 * and follow the redirect back to our callback with the member's cookies. Returns the callback's answer.
 */
export async function consentThroughFake(
  api: Api,
  provider: 'google' | 'facebook',
  opts: { decision?: 'allow' | 'deny'; reconnectSourceId?: string } = {},
) {
  const { url } = await api.client.oauth.start.mutate({
    provider,
    ...(opts.reconnectSourceId ? { reconnectSourceId: opts.reconnectSourceId } : {}),
  });
  const consent = new URL(url);
  const form = new URLSearchParams(consent.searchParams);
  form.set('decision', opts.decision ?? 'allow');
  const decided = await fetch(`${consent.origin}${consent.pathname}/decide`, {
    method: 'POST',
    body: form,
    redirect: 'manual',
  });
  const callback = decided.headers.get('location') ?? '';
  const back = await api.fetch(callback, { redirect: 'manual' });
  return { callback, status: back.status, location: back.headers.get('location') ?? '', authorizeUrl: url };
}

export const grantIdOf = (location: string) =>
  new URL(location, 'http://x').searchParams.get('connect') ?? '';

/** Polls one source as the app's workers would (real collectors, guarded fetch allowed to loopback), then drafts. */
export async function pollSource(server: Served, orgId: string, sourceId: string) {
  const db = server.database.db;
  const fetcher = (url: string, policy: Parameters<typeof fetchDocument>[1]) =>
    fetchDocument(url, { ...policy, allowList: ['127.0.0.1/32'] });
  const poller = startPoller(
    {
      db,
      worker: 'oauth-test-worker',
      log: createLogger('silent'),
      fetcher,
      collectors: createCollectors({
        db,
        fetcher,
        secretBox: createSecretBox(TEST_APP_SECRET),
        allowEndpointOverrides: true,
      }),
    },
    { cronExpression: null },
  );
  const outcome = await poller.pollNow(orgId, sourceId);
  await drainReviewEffects(db);
  await poller.stop?.();
  return outcome;
}

export async function sourcesOf(server: Served, orgId: string) {
  return server.database.db
    .select({
      id: sources.id,
      kind: sources.kind,
      name: sources.name,
      config: sources.config,
      health: sources.health,
      lastError: sources.lastError,
      secretsEnc: sources.secretsEnc,
      isPaused: sources.isPaused,
    })
    .from(sources)
    .where(eq(sources.orgId, orgId));
}
