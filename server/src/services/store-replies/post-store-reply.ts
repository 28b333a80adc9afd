import { and, eq } from 'drizzle-orm';
import type { SecretBox } from '../../crypto/secret-box.ts';
import type { Db } from '../../db/client.ts';
import { reviews, sources } from '../../db/schema/index.ts';
import { postAscResponseOnce } from '../../sources/app-store-connect/client.ts';
import { postGpReplyOnce } from '../../sources/google-play/client.ts';
import { StoreApiError } from '../../sources/store-api/errors.ts';
import type { HttpFn } from '../../sources/store-api/request.ts';
import { openSourceSecrets } from '../secrets/source-secrets.ts';
import { isStoreKind, storeConfigOf } from './store-config.ts';

export type StorePostDeps = {
  db: Db;
  box: SecretBox | null;
  http: HttpFn;
  triesPerClaim?: number;
  sleep?: (ms: number) => Promise<void>;
};

export type StorePostResult = {
  via: 'app_store_connect_api' | 'google_play_api';
  status: 'posted' | 'already_present';
  /** Kept on the reply: Apple's response id and state (PENDING_PUBLISH until Apple shows it). */
  meta: Record<string, unknown>;
};

/**
 * Posts a claimed reply whose review comes from an app store; null when it comes from elsewhere, so the
 * posting worker goes on with its other platforms. `isResume` makes Google Play read back first; App Store
 * Connect always reads the review's response first (an edit replaces it).
 */
export async function postStoreReply(
  deps: StorePostDeps,
  reply: { orgId: string; reviewId: string; text: string; isResume: boolean },
): Promise<StorePostResult | null> {
  const [row] = await deps.db
    .select({
      sourceId: sources.id,
      kind: sources.kind,
      config: sources.config,
      secretsEnc: sources.secretsEnc,
      externalId: reviews.externalId,
    })
    .from(reviews)
    .innerJoin(sources, and(eq(sources.orgId, reviews.orgId), eq(sources.id, reviews.sourceId)))
    .where(and(eq(reviews.orgId, reply.orgId), eq(reviews.id, reply.reviewId)));
  if (!row || !isStoreKind(row.kind)) return null;
  if (!row.externalId) throw new StoreApiError('invalid', 'This review has no platform id to reply to');
  if (!deps.box)
    throw new StoreApiError('server', 'APP_SECRET is not set, so the stored API key cannot be read');
  let secrets: ReturnType<typeof openSourceSecrets>;
  try {
    secrets = openSourceSecrets(deps.box, {
      orgId: reply.orgId,
      id: row.sourceId,
      secretsEnc: row.secretsEnc,
      config: row.config,
    });
  } catch {
    throw new StoreApiError('auth', 'The stored API key could not be decrypted with this APP_SECRET');
  }
  const target = storeConfigOf(row.kind, row.config, secrets);
  const opts = {
    attempts: deps.triesPerClaim ?? 3,
    ...(deps.sleep ? { sleep: deps.sleep } : {}),
  };
  if (target.kind === 'app_store_connect') {
    const result = await postAscResponseOnce(target.cfg, deps.http, row.externalId, reply.text, opts);
    return {
      via: 'app_store_connect_api',
      status: result.status,
      meta: { platformResponseId: result.state.id, platformState: result.state.state },
    };
  }
  const result = await postGpReplyOnce(target.cfg, deps.http, row.externalId, reply.text, {
    ...opts,
    readBackFirst: reply.isResume,
  });
  return { via: 'google_play_api', status: result.status, meta: {} };
}
