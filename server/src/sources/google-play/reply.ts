import { replyLengthProblem } from '@rebound/shared';
import { StoreApiError } from '../store-api/errors.ts';
import {
  isSameText,
  type PostOnceOptions,
  type PostOnceResult,
  postExactlyOnce,
} from '../store-api/post-once.ts';
import { asRecord, asText, callJson, type HttpFn } from '../store-api/request.ts';
import { getGpReview, gpReviewsUrl } from './reviews.ts';
import { fetchGpAccessToken, gpCall } from './token.ts';
import type { GpConfig } from './types.ts';

export type GpReplyState = { replyText: string };

/** reviews.reply: sets our reply, replacing any earlier one (Google keeps one reply per review). */
export async function replyToGpReview(
  cfg: GpConfig,
  http: HttpFn,
  accessToken: string,
  reviewId: string,
  replyText: string,
  opts: { now?: () => number } = {},
): Promise<GpReplyState> {
  const body = await callJson(gpCall(cfg, http, opts.now), {
    method: 'POST',
    url: `${gpReviewsUrl(cfg, reviewId)}:reply`,
    token: accessToken,
    what: 'replying to a review',
    body: { replyText },
  });
  return { replyText: asText(asRecord(asRecord(body).result).replyText) ?? replyText };
}

/**
 * Replies exactly once: before a retry (or a resumed claim's first try) the review is read back, and when its
 * developer comment is already our text nothing is sent. A reply over Google's 350 characters is refused here,
 * before any request.
 */
export async function postGpReplyOnce(
  cfg: GpConfig,
  http: HttpFn,
  reviewId: string,
  text: string,
  opts: PostOnceOptions & { now?: () => number } = {},
): Promise<PostOnceResult<GpReplyState>> {
  const tooLong = replyLengthProblem('google_play', text);
  if (tooLong) throw new StoreApiError('invalid', tooLong);
  const call = opts.now ? { now: opts.now } : {};
  const { accessToken } = await fetchGpAccessToken(cfg, http, call);
  return postExactlyOnce(
    {
      async findOurs() {
        const review = await getGpReview(cfg, http, accessToken, reviewId, call);
        return review && isSameText(review.developerComment, text) ? { replyText: text } : null;
      },
      write: () => replyToGpReview(cfg, http, accessToken, reviewId, text, call),
    },
    opts,
  );
}
