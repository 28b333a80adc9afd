import { failForThrown } from './classify-error.ts';
import { describeSeconds, fail } from './failures.ts';
import type { HopRequest } from './fetch-hop.ts';
import { defaultFetchPolicy, type FetchOutcome, type FetchPolicy } from './fetch-types.ts';
import { followRedirects } from './follow-redirects.ts';
import { checkRobots } from './robots.ts';

export type {
  FetchFailure,
  FetchFailureCode,
  FetchMethod,
  FetchOutcome,
  FetchPolicy,
} from './fetch-types.ts';
export { defaultFetchPolicy } from './fetch-types.ts';

function positive(value: number, fallback: number): number {
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

function resolvePolicy(overrides: Partial<FetchPolicy>): FetchPolicy {
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined));
  const merged: FetchPolicy = { ...defaultFetchPolicy, ...defined };
  return {
    ...merged,
    timeoutMs: positive(merged.timeoutMs, defaultFetchPolicy.timeoutMs),
    connectTimeoutMs: positive(merged.connectTimeoutMs, defaultFetchPolicy.connectTimeoutMs),
    maxBytes: Math.max(0, Math.floor(merged.maxBytes)),
    maxRedirects: Math.max(0, Math.floor(merged.maxRedirects)),
    allowList: [...merged.allowList],
  };
}

// user:password@ in an address becomes a Basic Authorization header; undici would refuse the URL.
function splitCredentials(url: URL, headers: Record<string, string>): HopRequest['headers'] {
  if (!url.username && !url.password) return headers;
  const pair = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  url.username = '';
  url.password = '';
  return { authorization: `Basic ${Buffer.from(pair).toString('base64')}`, ...headers };
}

/**
 * Fetches one user-configured address under the SSRF guard, size cap, deadline, redirect and robots
 * rules. Never throws: every problem becomes `{ ok: false, error }` with a message for the owner.
 * The deadline covers everything (robots.txt, queueing for the host, every hop, the whole body).
 */
export async function fetchDocument(url: string, policy: Partial<FetchPolicy> = {}): Promise<FetchOutcome> {
  const resolved = resolvePolicy(policy);
  let start: URL;
  try {
    start = new URL(url.trim());
  } catch {
    return fail(
      'invalid_url',
      `"${url.slice(0, 200)}" is not a web address (it should start with https://).`,
      false,
    );
  }
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  // Resolves at the deadline even if some layer ignored the abort signal, so a poll can never hang.
  const deadline = new Promise<FetchOutcome>((resolve) => {
    timer = setTimeout(() => {
      controller.abort(new Error('deadline reached'));
      const message = `${start.hostname} did not deliver the page within ${describeSeconds(resolved.timeoutMs)}.`;
      resolve(fail('timeout', message, true));
    }, resolved.timeoutMs);
  });
  const work = (async (): Promise<FetchOutcome> => {
    try {
      const first: HopRequest = {
        method: resolved.method ?? 'GET',
        body: resolved.body,
        headers: splitCredentials(start, resolved.headers ?? {}),
      };
      const beforeHop = resolved.respectRobots
        ? (hopUrl: URL) => checkRobots(hopUrl, resolved, controller.signal)
        : undefined;
      return await followRedirects(start, first, resolved, controller.signal, beforeHop);
    } catch (error) {
      return failForThrown(error, start, resolved, controller.signal);
    }
  })();
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
