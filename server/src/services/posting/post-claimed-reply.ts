import { and, eq } from 'drizzle-orm';
import type { SecretBox } from '../../crypto/secret-box.ts';
import type { Db } from '../../db/client.ts';
import { replies } from '../../db/schema/index.ts';
import type { Logger } from '../../logger.ts';
import { computeBackoffMs } from '../../net/backoff.ts';
import { GbpError, type HttpFn, postReplyExactlyOnce } from '../../sources/google/client.ts';
import { StoreApiError } from '../../sources/store-api/errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { postStoreReply } from '../store-replies/post-store-reply.ts';
import type { ClaimedReply } from './claim-replies.ts';
import { loadGoogleTarget, PostingError } from './google-target.ts';

export type PostingDeps = {
  db: Db;
  worker: string;
  log: Logger;
  http: HttpFn;
  /** Null when no app secret is configured: stored credentials cannot be read, so nothing can be posted. */
  box: SecretBox | null;
  now?: () => Date;
  /** Tries within one claim (the adapter reads back between them); later claims continue the count. */
  triesPerClaim?: number;
  retryBaseMs?: number;
  sleep?: (ms: number) => Promise<void>;
};

/** After this many claims that all failed, the reply is marked failed for the owner to look at. */
export const MAX_POST_ATTEMPTS = 6;

export type PostOutcome = 'posted' | 'already_present' | 'retry' | 'failed' | 'lost_lease';

/** Post one claimed reply exactly once, then record the result only while we still hold the lease. */
export async function postClaimedReply(deps: PostingDeps, reply: ClaimedReply): Promise<PostOutcome> {
  const now = () => deps.now?.() ?? new Date();
  const finish = async (patch: Partial<typeof replies.$inferInsert>) => {
    const rows = await deps.db
      .update(replies)
      .set({ ...patch, leaseOwner: null, leaseExpiresAt: null })
      .where(
        and(eq(replies.orgId, reply.orgId), eq(replies.id, reply.id), eq(replies.leaseOwner, deps.worker)),
      )
      .returning({ id: replies.id });
    return rows.length === 1;
  };
  try {
    // App Store Connect and Google Play replies go through their own adapters; the rest go to Google.
    const store = await postStoreReply(deps, reply);
    const result = store ?? (await postToGoogle(deps, reply));
    const via = store?.via ?? 'google_api';
    const postedAt = now();
    const isMine = await finish({
      state: 'posted',
      postedAt,
      postedBy: reply.approvedBy,
      lastError: null,
      attempts: reply.attempts + 1,
      meta: { via, result: result.status, ...store?.meta },
    });
    if (!isMine) return 'lost_lease';
    await recordAudit(deps.db, {
      orgId: reply.orgId,
      actorUserId: null,
      actorLabel: 'Rebound',
      action: 'reply.posted',
      entityType: 'review',
      entityId: reply.reviewId,
      detail: { replyId: reply.id, via, result: result.status, attempt: reply.attempts + 1 },
    });
    return result.status;
  } catch (error) {
    const isRetryable =
      error instanceof GbpError
        ? error.isRetryable
        : error instanceof PostingError || error instanceof StoreApiError
          ? error.isRetryable
          : true;
    const message = error instanceof Error ? error.message : String(error);
    const attempts = reply.attempts + 1;
    const isFinal = !isRetryable || attempts >= MAX_POST_ATTEMPTS;
    const wait = computeBackoffMs(attempts, {
      baseMs: deps.retryBaseMs ?? 30_000,
      maxMs: 60 * 60_000,
      ...((error instanceof GbpError || error instanceof StoreApiError) && error.retryAfterMs
        ? { retryAfterMs: error.retryAfterMs }
        : {}),
    });
    // Back to `approved` with attempts > 0: the next claim reads the review back before it posts again.
    await finish({
      state: isFinal ? 'failed' : 'approved',
      attempts,
      lastError: message.slice(0, 1000),
      nextAttemptAt: new Date(now().getTime() + wait),
    });
    if (isFinal) {
      await recordAudit(deps.db, {
        orgId: reply.orgId,
        actorUserId: null,
        actorLabel: 'Rebound',
        action: 'reply.post_failed',
        entityType: 'review',
        entityId: reply.reviewId,
        detail: { replyId: reply.id, reason: message.slice(0, 500), attempts },
      });
    }
    deps.log.warn({ replyId: reply.id, attempts, isFinal, err: message }, 'posting a reply failed');
    return isFinal ? 'failed' : 'retry';
  }
}

async function postToGoogle(deps: PostingDeps, reply: ClaimedReply) {
  if (!deps.box)
    throw new PostingError('APP_SECRET is not set, so the stored Google credentials cannot be read', true);
  const target = await loadGoogleTarget(deps.db, deps.box, reply.orgId, reply.reviewId);
  const result = await postReplyExactlyOnce(
    target.cfg,
    target.tokens,
    target.reviewName,
    reply.text,
    deps.http,
    {
      attempts: deps.triesPerClaim ?? 3,
      readBackFirst: reply.isResume,
      ...(deps.sleep ? { sleep: deps.sleep } : {}),
    },
  );
  await target
    .save(result.tokens)
    .catch((error: unknown) => deps.log.warn({ err: error }, 'could not store refreshed Google tokens'));
  return result;
}
