import { failForThrown, ssrfFailure } from './classify-error.ts';
import { fail } from './failures.ts';
import { type HopRequest, requestHop } from './fetch-hop.ts';
import type { FetchFailure, FetchOutcome, FetchPolicy } from './fetch-types.ts';
import { hostLimiter } from './host-limiter.ts';
import { isAddressPermitted, parseAddress } from './ssrf-guard.ts';

export type BeforeHop = (url: URL) => Promise<FetchFailure | null>;

// Credentials and cookies meant for one site must not travel to wherever it redirects.
const originBoundHeaders = ['authorization', 'cookie', 'proxy-authorization'];

/** Refuses a target before any connection: wrong scheme, or an address literal the guard rejects. */
export function checkTarget(url: URL, policy: FetchPolicy): { ok: false; error: FetchFailure } | null {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return fail(
      'invalid_url',
      `Rebound only fetches http:// and https:// addresses, not ${url.protocol}//.`,
      false,
    );
  }
  const literal = parseAddress(url.hostname);
  if (literal && !isAddressPermitted(url.hostname, url.hostname, policy.allowList)) {
    return ssrfFailure(url.hostname, literal.toString());
  }
  return null;
}

function visitKey(url: URL): string {
  const copy = new URL(url.href);
  copy.hash = '';
  return copy.href;
}

function nextRequest(status: number, current: HopRequest, sameOrigin: boolean): HopRequest {
  // Browsers turn a POST into a GET on 301/302, and 303 always means "GET the result elsewhere".
  const becomesGet = status === 303 || ((status === 301 || status === 302) && current.method === 'POST');
  const headers = sameOrigin
    ? current.headers
    : Object.fromEntries(
        Object.entries(current.headers).filter(([name]) => !originBoundHeaders.includes(name.toLowerCase())),
      );
  return becomesGet ? { method: 'GET', body: undefined, headers } : { ...current, headers };
}

/**
 * Follows redirects by hand so every hop is vetted (scheme, SSRF guard, robots via beforeHop),
 * counted, and checked for loops. Each hop holds a per-host concurrency slot only while it runs.
 */
export async function followRedirects(
  start: URL,
  first: HopRequest,
  policy: FetchPolicy,
  deadline: AbortSignal,
  beforeHop?: BeforeHop,
): Promise<FetchOutcome> {
  let url = start;
  let hop = first;
  let redirects = 0;
  const visited = new Set<string>();
  for (;;) {
    const refused = checkTarget(url, policy);
    if (refused) return refused;
    visited.add(visitKey(url));
    const vetoed = beforeHop ? await beforeHop(url) : null;
    if (vetoed) return { ok: false, error: vetoed };
    const current = url;
    const request = hop;
    let result: Awaited<ReturnType<typeof requestHop>>;
    try {
      result = await hostLimiter.run(current.href, () => requestHop(current, request, policy, deadline));
    } catch (error) {
      return failForThrown(error, current, policy, deadline);
    }
    if (result.kind === 'done') return result.outcome;
    let next: URL;
    try {
      next = new URL(result.location, current);
    } catch {
      return fail('invalid_url', `${current.hostname} redirected to an address that is not valid.`, false);
    }
    if (visited.has(visitKey(next))) {
      return fail(
        'redirect_loop',
        `${current.hostname} keeps redirecting in a circle (back to ${next.href}) and never shows a page.`,
        true,
      );
    }
    redirects += 1;
    if (redirects > policy.maxRedirects) {
      return fail(
        'too_many_redirects',
        `The address redirected more than ${policy.maxRedirects} times without reaching a page.`,
        true,
      );
    }
    hop = nextRequest(result.status, hop, next.origin === current.origin);
    url = next;
  }
}
