import { and, eq } from 'drizzle-orm';
import type { SecretBox } from '../../crypto/secret-box.ts';
import type { Db } from '../../db/client.ts';
import { replies } from '../../db/schema/index.ts';
import type { Logger } from '../../logger.ts';
import { computeBackoffMs } from '../../net/backoff.ts';
import type { HttpFn } from '../../sources/google/client.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { ClaimedReply } from './claim-due-replies.ts';
import { PostingError } from './google-target.ts';
import { isPostingKind, postingTargets, sourceOfReview } from './posting-targets.ts';

export type PostingDeps = {
  db: Db;
  worker: string;
  log: Logger;
  http: HttpFn;
  /** Null when no app secret is configured: stored credentials cannot be read, so nothing can be posted. */
  box: SecretBox | null;
  /** ALLOW_ENDPOINT_OVERRIDES: whether a source may post to an API address of its own instead of the platform's. */
  allowEndpointOverrides: boolean;
  now?: () => Date;
  /** Tries within one claim (the adapter reads back between them); later claims continue the count. */
  triesPerClaim?: number;
  retryBaseMs?: number;
  sleep?: (ms: number) => Promise<void>;
};

/** After this many claims that all failed, the reply is marked failed for the owner to look at. */
const MAX_POST_ATTEMPTS = 6;

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
    const source = await sourceOfReview(deps.db, reply.orgId, reply.reviewId);
    const kind = source?.kind;
    if (!kind || !isPostingKind(kind))
      throw new PostingError('The review behind this reply is not on a platform Rebound posts to', false);
    // A source saved while the operator allowed other API addresses keeps its address after that is turned off:
    // its credentials are not sent there, as polling does not send them either.
    if (source.hasOwnEndpoint && !deps.allowEndpointOverrides)
      throw new PostingError(
        'This source names its own API address, which this server does not allow (ALLOW_ENDPOINT_OVERRIDES); the reply was not sent',
        false,
      );
    const posted = await postingTargets[kind](deps, reply);
    const result = { status: posted.status };
    const via = posted.via;
    const postedAt = now();
    const isMine = await finish({
      state: 'posted',
      postedAt,
      postedBy: reply.approvedBy,
      lastError: null,
      attempts: reply.attempts + 1,
      meta: { via, result: result.status, ...posted.meta },
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
    // Every adapter's error (GbpError, FbError, StoreApiError, PostingError) says whether a retry can help.
    const isRetryable = hasFlag(error, 'isRetryable') ? error.isRetryable : true;
    const retryAfterMs = hasNumber(error, 'retryAfterMs') ? error.retryAfterMs : undefined;
    const message = error instanceof Error ? error.message : String(error);
    const attempts = reply.attempts + 1;
    const isFinal = !isRetryable || attempts >= MAX_POST_ATTEMPTS;
    const wait = computeBackoffMs(attempts, {
      baseMs: deps.retryBaseMs ?? 30_000,
      maxMs: 60 * 60_000,
      ...(retryAfterMs ? { retryAfterMs } : {}),
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

function hasFlag<K extends string>(error: unknown, key: K): error is Record<K, boolean> {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as Record<string, unknown>)[key] === 'boolean'
  );
}

function hasNumber<K extends string>(error: unknown, key: K): error is Record<K, number> {
  return (
    typeof error === 'object' && error !== null && typeof (error as Record<string, unknown>)[key] === 'number'
  );
}
