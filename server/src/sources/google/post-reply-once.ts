import { GbpError } from './errors.ts';
import { checkReplyComment, putReplyInSession } from './reply.ts';
import { readReviewInSession } from './reviews.ts';
import { createSession } from './session.ts';
import type { GbpConfig, GbpTokens, HttpFn } from './types.ts';

export type PostReplyOptions = {
  /** Total tries, the first included; default 4. */
  attempts?: number;
  /** Wait before retry number `attempt` (1 = first retry); Retry-After wins when it is longer. */
  backoffMs?: (attempt: number) => number;
  /**
   * Read the review before the first PUT too. Set it when resuming a post a crashed process had claimed:
   * that process may have reached Google before it died.
   */
  readBackFirst?: boolean;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
};

export type PostReplyResult = { tokens: GbpTokens; status: 'posted' | 'already_present' };

/** Exponential backoff with full jitter, capped at 30 s. */
export function defaultReplyBackoffMs(attempt: number): number {
  const ceiling = Math.min(30_000, 500 * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
}

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// Google stores what we sent; compare loosely on line endings and edge whitespace only.
function isSameReply(existing: string | null, ours: string): boolean {
  if (existing === null) return false;
  const clean = (text: string) => text.replace(/\r\n?/g, '\n').trim();
  return clean(existing) === clean(ours);
}

/**
 * Posts a reply so that a retry never posts it twice: a 429, a 5xx or a dropped connection may hide a
 * PUT Google already accepted, so before each retry the review is read back and, when our text is
 * already there, the post stops as 'already_present'.
 */
export async function postReplyExactlyOnce(
  cfg: GbpConfig,
  tokens: GbpTokens,
  reviewName: string,
  comment: string,
  http: HttpFn,
  opts: PostReplyOptions = {},
): Promise<PostReplyResult> {
  checkReplyComment(comment);
  const session = createSession(cfg, tokens, http, opts.now);
  const attempts = Math.max(1, Math.floor(opts.attempts ?? 4));
  const backoff = opts.backoffMs ?? defaultReplyBackoffMs;
  const sleep = opts.sleep ?? sleepFor;
  let lastError: GbpError | null = null;

  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      if (attempt > 1) await sleep(Math.max(backoff(attempt - 1), lastError?.retryAfterMs ?? 0));
      if (attempt > 1 || opts.readBackFirst) {
        const { replyComment } = await readReviewInSession(session, reviewName);
        if (isSameReply(replyComment, comment)) return { tokens: session.tokens, status: 'already_present' };
      }
      await putReplyInSession(session, reviewName, comment);
      return { tokens: session.tokens, status: 'posted' };
    } catch (error) {
      if (!(error instanceof GbpError) || !error.isRetryable) throw error;
      lastError = error;
    }
  }
  throw lastError ?? new GbpError('server', 'Posting the reply failed');
}
