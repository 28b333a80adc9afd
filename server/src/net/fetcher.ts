import { fetchDocument } from './fetch-document.ts';
import type { FetchMethod, FetchOutcome, FetchPolicy } from './fetch-types.ts';

/** A guarded fetch with a policy: what polls, source tests and platform API calls to user-given addresses take. */
export type Fetcher = (url: string, policy: Partial<FetchPolicy>) => Promise<FetchOutcome>;

export type HttpResponse = { status: number; body: string; headers: Record<string, string> };

/**
 * One request as the platform adapters make it (Google, Facebook, the app stores). Injected so the app passes the
 * guarded fetch (`httpOverFetcher`). Header names in the response are expected in lower case.
 */
export type HttpFn = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string },
) => Promise<HttpResponse>;

/** The guarded fetch with the server's FETCH_ALLOW_LIST, for callers that have no app fetcher to hand. */
export function guardedFetcher(allowList: string[]): Fetcher {
  return (url, policy) => fetchDocument(url, { ...policy, allowList });
}

/** The adapters' transport on top of the guarded fetch, so API calls pass the same SSRF guard and caps as polls. */
export function httpOverFetcher(fetcher: Fetcher): HttpFn {
  return async (url, init) => {
    const outcome = await fetcher(url, {
      method: init.method as FetchMethod,
      headers: init.headers,
      body: init.body,
      respectRobots: false,
      maxRedirects: 0,
      accept: 'application/json',
    });
    if (outcome.ok) return { status: outcome.status, body: outcome.body, headers: outcome.headers };
    const { status, retryAfterMs, message } = outcome.error;
    // The adapter decides on statuses itself (a 401 means "refresh the token"), so hand them back as answers.
    if (status !== undefined) {
      return {
        status,
        body: '',
        headers: retryAfterMs ? { 'retry-after': String(Math.ceil(retryAfterMs / 1000)) } : {},
      };
    }
    throw new Error(message);
  };
}
