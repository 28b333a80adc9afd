import {
  isSameText,
  type PostOnceOptions,
  type PostOnceResult,
  postExactlyOnce,
} from '../store-api/post-once.ts';
import type { HttpFn } from '../store-api/request.ts';
import { createAscResponse, deleteAscResponse, getAscResponse } from './responses.ts';
import type { AscConfig, AscResponse } from './types.ts';

/**
 * Puts our response on an App Store review exactly once. The review's current response is always read first:
 * when it already holds our text nothing is sent; when it holds an older text (an edit approved again) that
 * response is deleted and ours created, since a review carries at most one response.
 */
export async function postAscResponseOnce(
  cfg: AscConfig,
  http: HttpFn,
  reviewId: string,
  text: string,
  opts: Omit<PostOnceOptions, 'readBackFirst'> & { now?: () => number } = {},
): Promise<PostOnceResult<AscResponse>> {
  const call = opts.now ? { now: opts.now } : {};
  let existing: AscResponse | null = null;
  return postExactlyOnce(
    {
      async findOurs() {
        existing = await getAscResponse(cfg, http, reviewId, call);
        return existing && isSameText(existing.responseBody, text) ? existing : null;
      },
      async write() {
        const old: AscResponse | null = existing;
        if (old) await deleteAscResponse(cfg, http, old.id, call);
        existing = null;
        return createAscResponse(cfg, http, reviewId, text, call);
      },
    },
    { ...opts, readBackFirst: true },
  );
}
