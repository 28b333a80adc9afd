import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { reviews, sources } from '../../db/schema/index.ts';
import { postReplyExactlyOnce } from '../../sources/google/client.ts';
import { hasOwnEndpoint } from '../sources/source-config.ts';
import { postStoreReply } from '../store-replies/post-store-reply.ts';
import type { ClaimedReply } from './claim-due-replies.ts';
import { postToFacebook } from './facebook-target.ts';
import { loadGoogleTarget, PostingError } from './google-target.ts';
import type { PostingDeps } from './post-claimed-reply.ts';

export type PostedReply = {
  via: string;
  status: 'posted' | 'already_present';
  /** Kept on the reply row (a platform's response id and state, ...). */
  meta?: Record<string, unknown>;
};

/** Posts one claimed reply to its platform, exactly once (each adapter reads back before it retries). */
export type PostingTarget = (deps: PostingDeps, reply: ClaimedReply) => Promise<PostedReply>;

async function postToGoogle(deps: PostingDeps, reply: ClaimedReply): Promise<PostedReply> {
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
  return { via: 'google_api', status: result.status };
}

async function postToStore(deps: PostingDeps, reply: ClaimedReply): Promise<PostedReply> {
  const result = await postStoreReply(deps, reply);
  if (!result) throw new PostingError('This review does not come from an app store', false);
  return result;
}

/**
 * One entry per platform Rebound posts to through an API; every other kind is copied and marked posted by hand.
 * The claim only picks replies whose source kind is listed here.
 */
export const postingTargets = {
  google: postToGoogle,
  facebook: postToFacebook,
  app_store_connect: postToStore,
  google_play: postToStore,
} satisfies Record<string, PostingTarget>;

export type PostingKind = keyof typeof postingTargets;

export function isPostingKind(kind: string): kind is PostingKind {
  return Object.hasOwn(postingTargets, kind);
}

/** The kind of source a review came from, and whether that source names its own API address. */
export async function sourceOfReview(
  db: Db,
  orgId: string,
  reviewId: string,
): Promise<{ kind: string; hasOwnEndpoint: boolean } | null> {
  const [row] = await db
    .select({ kind: sources.kind, config: sources.config })
    .from(reviews)
    .innerJoin(sources, and(eq(sources.orgId, reviews.orgId), eq(sources.id, reviews.sourceId)))
    .where(and(eq(reviews.orgId, orgId), eq(reviews.id, reviewId)));
  if (!row) return null;
  return { kind: row.kind, hasOwnEndpoint: hasOwnEndpoint((row.config ?? {}) as Record<string, unknown>) };
}

/** Platforms we post to through their API (the table in posting-targets.ts); the rest are marked posted by hand. */
export const API_POSTING_KINDS = Object.keys(postingTargets);
