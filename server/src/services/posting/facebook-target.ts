import { and, eq } from 'drizzle-orm';
import { reviews, sources } from '../../db/schema/index.ts';
import { facebookGraphBase } from '../../sources/facebook/config.ts';
import { postCommentExactlyOnce } from '../../sources/facebook/post-comment-once.ts';
import { openSourceSecrets } from '../secrets/source-secrets.ts';
import type { ClaimedReply } from './claim-due-replies.ts';
import { PostingError } from './google-target.ts';
import type { PostingDeps } from './post-claimed-reply.ts';
import type { PostedReply } from './posting-targets.ts';

/** A Facebook recommendation is answered with a comment on its story, as the Page, with the Page token. */
export async function postToFacebook(deps: PostingDeps, reply: ClaimedReply): Promise<PostedReply> {
  if (!deps.box)
    throw new PostingError('APP_SECRET is not set, so the stored Facebook Page token cannot be read', true);
  const [row] = await deps.db
    .select({
      id: sources.id,
      orgId: sources.orgId,
      config: sources.config,
      secretsEnc: sources.secretsEnc,
      externalId: reviews.externalId,
    })
    .from(reviews)
    .innerJoin(sources, and(eq(sources.orgId, reviews.orgId), eq(sources.id, reviews.sourceId)))
    .where(and(eq(reviews.orgId, reply.orgId), eq(reviews.id, reply.reviewId)));
  if (!row) throw new PostingError('The review behind this reply no longer exists', false);
  const config = row.config as { pageId?: unknown; apiBaseUrl?: unknown };
  // Ratings without a story (rare, old ones) have a made-up id with a colon: there is nothing to comment on.
  if (!row.externalId || row.externalId.includes(':') || typeof config.pageId !== 'string')
    throw new PostingError(
      'This Facebook recommendation has no story to comment on; reply on Facebook',
      false,
    );
  let secrets: ReturnType<typeof openSourceSecrets>;
  try {
    secrets = openSourceSecrets(deps.box, row);
  } catch {
    throw new PostingError(
      'The stored Facebook Page token could not be decrypted with this APP_SECRET',
      false,
    );
  }
  if (!secrets.accessToken)
    throw new PostingError('This Facebook Page is disconnected; Reconnect Facebook', false);
  const result = await postCommentExactlyOnce(
    deps.http,
    {
      graphBase: facebookGraphBase(config),
      pageId: config.pageId,
      storyId: row.externalId,
      pageToken: secrets.accessToken,
      message: reply.text,
    },
    {
      attempts: deps.triesPerClaim ?? 3,
      readBackFirst: reply.isResume,
      ...(deps.sleep ? { sleep: deps.sleep } : {}),
    },
  );
  return { via: 'facebook_api', status: result.status, meta: { platformResponseId: result.commentId } };
}
