import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { SecretBox } from '../../crypto/secret-box.ts';
import type { Db } from '../../db/client.ts';
import { replies, replyDrafts, reviews, sources } from '../../db/schema/index.ts';
import { deleteGbpReply, GbpError, type HttpFn } from '../../sources/google/client.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { conflict, notFound } from '../errors.ts';
import type { Actor } from '../orgs/members.ts';
import { loadGoogleTarget, PostingError } from '../posting/google-target.ts';
import { sourceOfReview } from '../posting/posting-targets.ts';
import { withdrawFromAppStore } from '../store-replies/withdraw-from-app-store.ts';

export type PlatformDeps = {
  db: Db;
  box: SecretBox | null;
  http: HttpFn | null;
  /** ALLOW_ENDPOINT_OVERRIDES: whether a source may be reached at an API address of its own instead of the platform's. */
  allowEndpointOverrides: boolean;
};

/** What happened to the platform's copy: deleted through its API, left for the owner to remove, or never there. */
export type PlatformCopy = 'deleted' | 'remove_by_hand' | 'never_posted';

async function loadReply(db: Db, orgId: string, replyId: string) {
  const [row] = await db
    .select({
      id: replies.id,
      reviewId: replies.reviewId,
      text: replies.text,
      state: replies.state,
      sourceKind: sources.kind,
    })
    .from(replies)
    .innerJoin(reviews, and(eq(reviews.orgId, replies.orgId), eq(reviews.id, replies.reviewId)))
    .innerJoin(sources, and(eq(sources.orgId, reviews.orgId), eq(sources.id, reviews.sourceId)))
    .where(and(eq(replies.orgId, orgId), eq(replies.id, replyId)));
  if (!row) throw notFound('Reply');
  return row;
}

/** Whether an earlier reply to this review reached the platform (a revision replaces it there only once posted). */
async function wasEverPosted(db: Db, orgId: string, reviewId: string) {
  const rows = await db
    .select({ id: replies.id })
    .from(replies)
    .where(
      and(
        eq(replies.orgId, orgId),
        eq(replies.reviewId, reviewId),
        inArray(replies.state, ['posted', 'replaced']),
        isNotNull(replies.postedAt),
      ),
    )
    .limit(1);
  return rows.length > 0;
}

async function deleteFromGoogle(deps: PlatformDeps, orgId: string, reviewId: string) {
  if (!deps.box || !deps.http)
    throw conflict('This server cannot reach Google right now, so the reply was not withdrawn; try again');
  try {
    const target = await loadGoogleTarget(deps.db, deps.box, orgId, reviewId);
    const result = await deleteGbpReply(target.cfg, target.tokens, target.reviewName, deps.http);
    await target.save(result.tokens);
  } catch (error) {
    // Google answers 404 when there is no reply left to delete: the outcome the owner asked for.
    if (error instanceof GbpError && error.code === 'not_found') return;
    if (error instanceof GbpError || error instanceof PostingError)
      throw conflict(`Google did not remove the reply: ${error.message}`);
    throw error;
  }
}

/** Platforms whose API takes a reply down; a reply on any other kind of source is removed by the owner. */
const platformRemovers: Record<
  string,
  (deps: PlatformDeps, orgId: string, reviewId: string) => Promise<void>
> = {
  google: deleteFromGoogle,
  app_store_connect: withdrawFromAppStore,
};

/**
 * Take back an approved reply after its undo window: off the platform through its API where there is one, or
 * marked for the owner to remove by hand. The text goes back to the inbox as a draft so the review is answered again.
 */
export async function withdrawReply(deps: PlatformDeps, orgId: string, actor: Actor, replyId: string) {
  const reply = await loadReply(deps.db, orgId, replyId);
  if (reply.state === 'posting')
    throw conflict('This reply is being posted right now; try again in a moment');
  if (reply.state === 'replaced' || reply.state === 'withdrawn')
    throw conflict(`This reply was already ${reply.state}`);
  const isOnPlatform = reply.state === 'posted' || (await wasEverPosted(deps.db, orgId, reply.reviewId));
  let platformCopy: PlatformCopy = 'never_posted';
  if (isOnPlatform) {
    const remove = Object.hasOwn(platformRemovers, reply.sourceKind)
      ? platformRemovers[reply.sourceKind]
      : undefined;
    if (remove) {
      // As with posting: a source saved while the operator allowed other API addresses keeps its address after
      // that is turned off, and its credentials are not sent there to take a reply down either.
      if (
        (await sourceOfReview(deps.db, orgId, reply.reviewId))?.hasOwnEndpoint &&
        !deps.allowEndpointOverrides
      )
        throw conflict(
          'The reply was not withdrawn: this source uses its own API address, which this server does not allow (ALLOW_ENDPOINT_OVERRIDES)',
        );
      await remove(deps, orgId, reply.reviewId);
      platformCopy = 'deleted';
    } else platformCopy = 'remove_by_hand';
  }
  return deps.db.transaction(async (tx) => {
    const updated = await tx
      .update(replies)
      .set({ state: 'withdrawn', leaseOwner: null, leaseExpiresAt: null })
      .where(
        and(
          eq(replies.orgId, orgId),
          eq(replies.id, reply.id),
          inArray(replies.state, ['approved', 'manual', 'failed', 'posted']),
        ),
      )
      .returning({ id: replies.id });
    if (!updated.length) throw conflict('This reply changed a moment ago; reload and try again');
    const [draft] = await tx
      .insert(replyDrafts)
      .values({
        orgId,
        reviewId: reply.reviewId,
        text: reply.text,
        origin: 'owner',
        originNote: 'the reply you withdrew',
        createdBy: actor.userId,
      })
      .returning({ id: replyDrafts.id });
    await recordAudit(tx, {
      orgId,
      actorUserId: actor.userId,
      actorLabel: actor.label,
      action: 'reply.withdrawn',
      entityType: 'review',
      entityId: reply.reviewId,
      detail: { replyId: reply.id, platformCopy, text: reply.text },
    });
    return { state: 'withdrawn' as const, platformCopy, draftId: draft?.id ?? null };
  });
}
