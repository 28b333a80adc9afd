import type { HttpFn } from '../google/types.ts';
import { callGraph, checkGraphId, FbError, listEdge } from './graph.ts';

export type PostCommentResult = { status: 'posted' | 'already_present'; commentId: string | null };

const clean = (text: string) => text.replace(/\r\n?/g, '\n').trim();

/** The Page's own comment on the story with our text, if Facebook already has it. */
async function findOurComment(
  http: HttpFn,
  graphBase: string,
  storyId: string,
  pageId: string,
  token: string,
  message: string,
): Promise<string | null> {
  const comments = await listEdge(
    http,
    token,
    (after) => {
      const q = new URLSearchParams({ fields: 'id,message,from{id}', limit: '100', filter: 'stream' });
      if (after) q.set('after', after);
      return `${graphBase}/${storyId}/comments?${q}`;
    },
    'reading the comments on the recommendation',
  );
  const ours = comments.find((c) => {
    const from = (c.from ?? {}) as { id?: unknown };
    return from.id === pageId && typeof c.message === 'string' && clean(c.message) === clean(message);
  });
  return ours && typeof ours.id === 'string' ? ours.id : null;
}

/**
 * Comments on a recommendation's story as the Page, once: a retry, or a resumed post a crashed process had
 * claimed, first reads the story's comments back and stops when the Page's comment with this text is there.
 */
export async function postCommentExactlyOnce(
  http: HttpFn,
  input: { graphBase: string; pageId: string; storyId: string; pageToken: string; message: string },
  opts: { attempts?: number; readBackFirst?: boolean; sleep?: (ms: number) => Promise<void> } = {},
): Promise<PostCommentResult> {
  const storyId = checkGraphId(input.storyId, 'story');
  if (!input.message.trim()) throw new FbError('invalid', 'The reply is empty');
  const attempts = Math.max(1, opts.attempts ?? 3);
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  let lastError: FbError | null = null;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      if (attempt > 1) await sleep(Math.max(500 * 2 ** (attempt - 2), lastError?.retryAfterMs ?? 0));
      if (attempt > 1 || opts.readBackFirst) {
        const found = await findOurComment(
          http,
          input.graphBase,
          storyId,
          input.pageId,
          input.pageToken,
          input.message,
        );
        if (found) return { status: 'already_present', commentId: found };
      }
      const body = await callGraph(
        http,
        input.pageToken,
        'POST',
        `${input.graphBase}/${storyId}/comments`,
        'posting the reply',
        { message: input.message },
      );
      return { status: 'posted', commentId: typeof body.id === 'string' ? body.id : null };
    } catch (error) {
      if (!(error instanceof FbError) || !error.isRetryable) throw error;
      lastError = error;
    }
  }
  throw lastError ?? new FbError('server', 'Posting the reply failed');
}
