import { GbpError } from './errors.ts';
import { checkReviewName, gbpUrl } from './paths.ts';
import { callGbp, createSession, type GbpSession } from './session.ts';
import { GBP_REPLY_MAX_BYTES, type GbpConfig, type GbpTokens, type HttpFn } from './types.ts';

export type GbpReply = { comment: string; updateTime: string };

/** Rejects, before any request, a reply Google would refuse. */
export function checkReplyComment(comment: string): void {
  if (comment.trim() === '') throw new GbpError('invalid', 'A reply needs some text');
  const bytes = Buffer.byteLength(comment, 'utf8');
  if (bytes > GBP_REPLY_MAX_BYTES) {
    throw new GbpError(
      'too_long',
      `The reply is ${bytes} bytes in UTF-8; Google accepts at most ${GBP_REPLY_MAX_BYTES} bytes`,
    );
  }
}

export async function putReplyInSession(
  session: GbpSession,
  reviewName: string,
  comment: string,
): Promise<GbpReply> {
  checkReplyComment(comment);
  const url = gbpUrl(session.cfg.apiBaseUrl, `${checkReviewName(reviewName)}/reply`);
  const body = await callGbp(session, 'PUT', url, 'posting a reply', { comment });
  const record = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  return {
    comment: typeof record.comment === 'string' ? record.comment : comment,
    updateTime: typeof record.updateTime === 'string' ? record.updateTime : '',
  };
}

/** accounts.locations.reviews.updateReply: creates the reply, or replaces the one already there. */
export async function putGbpReply(
  cfg: GbpConfig,
  tokens: GbpTokens,
  reviewName: string,
  comment: string,
  http: HttpFn,
  opts: { now?: () => number } = {},
): Promise<{ tokens: GbpTokens; reply: GbpReply }> {
  checkReplyComment(comment);
  const session = createSession(cfg, tokens, http, opts.now);
  const reply = await putReplyInSession(session, reviewName, comment);
  return { tokens: session.tokens, reply };
}

/** accounts.locations.reviews.deleteReply. */
export async function deleteGbpReply(
  cfg: GbpConfig,
  tokens: GbpTokens,
  reviewName: string,
  http: HttpFn,
  opts: { now?: () => number } = {},
): Promise<{ tokens: GbpTokens }> {
  const session = createSession(cfg, tokens, http, opts.now);
  const url = gbpUrl(cfg.apiBaseUrl, `${checkReviewName(reviewName)}/reply`);
  await callGbp(session, 'DELETE', url, 'deleting a reply');
  return { tokens: session.tokens };
}
