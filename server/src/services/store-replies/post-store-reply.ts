import type { SecretBox } from '../../crypto/secret-box.ts';
import type { Db } from '../../db/client.ts';
import { postAscResponseOnce } from '../../sources/app-store-connect/client.ts';
import { postGpReplyOnce } from '../../sources/google-play/client.ts';
import type { HttpFn } from '../../sources/store-api/request.ts';
import { loadStoreTarget } from './load-store-target.ts';

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
  const loaded = await loadStoreTarget(deps.db, deps.box, reply.orgId, reply.reviewId);
  if (!loaded) return null;
  const { target, externalId } = loaded;
  const opts = {
    attempts: deps.triesPerClaim ?? 3,
    ...(deps.sleep ? { sleep: deps.sleep } : {}),
  };
  if (target.kind === 'app_store_connect') {
    const result = await postAscResponseOnce(target.cfg, deps.http, externalId, reply.text, opts);
    return {
      via: 'app_store_connect_api',
      status: result.status,
      meta: { platformResponseId: result.state.id, platformState: result.state.state },
    };
  }
  const result = await postGpReplyOnce(target.cfg, deps.http, externalId, reply.text, {
    ...opts,
    readBackFirst: reply.isResume,
  });
  return { via: 'google_play_api', status: result.status, meta: {} };
}
