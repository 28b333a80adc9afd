import robotsParser from 'robots-parser';
import { fail } from './failures.ts';
import type { FetchFailure, FetchPolicy } from './fetch-types.ts';
import { followRedirects } from './follow-redirects.ts';

type Verdict =
  | { kind: 'rules'; robots: ReturnType<typeof robotsParser> }
  | { kind: 'allow-all' }
  | { kind: 'disallow-all'; status: number };

type Entry = { verdict: Verdict; expiresAt: number };

// RFC 9309 asks crawlers not to keep robots.txt longer than a day; a server error is rechecked sooner.
const rulesTtlMs = 6 * 60 * 60_000;
const serverErrorTtlMs = 10 * 60_000;
const maxOrigins = 2_000;
const robotsMaxBytes = 512 * 1024;
const robotsTimeoutMs = 15_000;

const cache = new Map<string, Entry>();
const inFlight = new Map<string, Promise<Verdict | FetchFailure>>();

/** Forgets every cached robots.txt (tests, or after an admin changes the user agent). */
export function clearRobotsCache(): void {
  cache.clear();
}

/** The product token robots.txt groups are matched on: "Rebound/0.1 (+...)" → "Rebound". */
export function robotsAgentToken(userAgent: string): string {
  return userAgent.trim().split(/[/\s]/)[0] || '*';
}

function remember(origin: string, verdict: Verdict, ttlMs: number): Verdict {
  cache.delete(origin);
  cache.set(origin, { verdict, expiresAt: Date.now() + ttlMs });
  if (cache.size > maxOrigins) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  return verdict;
}

async function loadVerdict(origin: string, policy: FetchPolicy): Promise<Verdict | FetchFailure> {
  const robotsUrl = new URL('/robots.txt', origin);
  const controller = new AbortController();
  const timeoutMs = Math.min(policy.timeoutMs, robotsTimeoutMs);
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const robotsPolicy: FetchPolicy = {
      ...policy,
      timeoutMs,
      maxBytes: robotsMaxBytes,
      etag: null,
      lastModified: null,
      accept: 'text/plain,*/*;q=0.5',
    };
    const hop = { method: 'GET' as const, body: undefined, headers: {} };
    const outcome = await followRedirects(robotsUrl, hop, robotsPolicy, controller.signal);
    if (outcome.ok)
      return remember(origin, { kind: 'rules', robots: robotsParser(outcome.url, outcome.body) }, rulesTtlMs);
    const { error } = outcome;
    const status = error.status ?? 0;
    if (error.code === 'http_status' && status >= 500) {
      return remember(origin, { kind: 'disallow-all', status }, serverErrorTtlMs);
    }
    // Unreachable, refused or rate-limited: the page fetch would meet the same fate, so report that
    // rather than blaming robots.txt, and ask again next time.
    if (['timeout', 'network', 'ssrf_blocked', 'rate_limited'].includes(error.code)) return error;
    // 4xx, a redirect maze, an oversized or undecodable file: RFC 9309 treats these as "no rules".
    return remember(origin, { kind: 'allow-all' }, rulesTtlMs);
  } finally {
    clearTimeout(timer);
  }
}

function abortable<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * Null when robots.txt lets our user agent fetch `url`, otherwise the failure to report. robots.txt is
 * fetched once per origin (concurrent callers share one request) and cached; the caller's deadline
 * still bounds how long it waits.
 */
export async function checkRobots(
  url: URL,
  policy: FetchPolicy,
  deadline: AbortSignal,
): Promise<FetchFailure | null> {
  const origin = url.origin;
  const cached = cache.get(origin);
  let verdict: Verdict | FetchFailure;
  if (cached && cached.expiresAt > Date.now()) {
    verdict = cached.verdict;
  } else {
    let pending = inFlight.get(origin);
    if (!pending) {
      pending = loadVerdict(origin, policy).finally(() => inFlight.delete(origin));
      inFlight.set(origin, pending);
    }
    verdict = await abortable(pending, deadline);
  }
  if (!('kind' in verdict)) return verdict;
  if (verdict.kind === 'allow-all') return null;
  if (verdict.kind === 'disallow-all') {
    return fail(
      'robots_disallowed',
      `${url.hostname}'s robots.txt answered with a server error (${verdict.status}), so Rebound stays away until it recovers.`,
      true,
      { status: verdict.status },
    ).error;
  }
  if (verdict.robots.isAllowed(url.href, robotsAgentToken(policy.userAgent)) === false) {
    return fail(
      'robots_disallowed',
      `${url.hostname}'s robots.txt asks automated readers like Rebound to leave ${url.pathname} alone.`,
      false,
    ).error;
  }
  return null;
}
