import { StoreApiError } from './errors.ts';
import { retryWaitMs, sleepFor } from './request.ts';

export type PostOnceResult<S> = { status: 'posted' | 'already_present'; state: S };

export type PostOnceSteps<S> = {
  /** Reads the platform's copy; returns it when our text is already there, else null. */
  findOurs(): Promise<S | null>;
  /** Puts our text on the platform (replacing whatever is there) and returns what the platform says it holds. */
  write(): Promise<S>;
};

export type PostOnceOptions = {
  /** Total tries, the first included; default 3. */
  attempts?: number;
  /** Read back before the first write too: a crashed process may have reached the platform before it died. */
  readBackFirst?: boolean;
  sleep?: (ms: number) => Promise<void>;
};

/** Platforms store what we send; compare loosely on line endings and edge whitespace only. */
export function isSameText(existing: string | null | undefined, ours: string): boolean {
  if (existing === null || existing === undefined) return false;
  const clean = (text: string) => text.replace(/\r\n?/g, '\n').trim();
  return clean(existing) === clean(ours);
}

/**
 * Posts so that no retry posts twice: a 429, a 5xx or a dropped connection may hide a write the platform took,
 * so every retry (and a resumed claim's first try) reads the platform's copy back first and stops when our text
 * is already there.
 */
export async function postExactlyOnce<S>(
  steps: PostOnceSteps<S>,
  opts: PostOnceOptions = {},
): Promise<PostOnceResult<S>> {
  const attempts = Math.max(1, Math.floor(opts.attempts ?? 3));
  const sleep = opts.sleep ?? sleepFor;
  let lastError: StoreApiError | null = null;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      if (attempt > 1) await sleep(retryWaitMs(attempt - 1, lastError));
      if (attempt > 1 || opts.readBackFirst) {
        const found = await steps.findOurs();
        if (found !== null) return { status: 'already_present', state: found };
      }
      return { status: 'posted', state: await steps.write() };
    } catch (error) {
      if (!(error instanceof StoreApiError) || !error.isRetryable) throw error;
      lastError = error;
    }
  }
  throw lastError ?? new StoreApiError('server', 'Posting the reply failed');
}
