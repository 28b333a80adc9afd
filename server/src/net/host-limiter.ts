import pLimit, { type LimitFunction } from 'p-limit';

export type HostLimiter = {
  /** Runs fn once fewer than `perHost` tasks for the same host are in flight. */
  run<T>(urlOrHost: string, fn: () => Promise<T>): Promise<T>;
  /** Hosts that currently have running or queued work (idle hosts are forgotten). */
  activeHosts(): number;
};

export const defaultPerHostConcurrency = 2;

/** The host part that identifies one server: host name and port, lower-cased. */
export function hostKeyOf(urlOrHost: string): string {
  try {
    return new URL(urlOrHost).host.toLowerCase();
  } catch {
    return urlOrHost.trim().toLowerCase();
  }
}

/**
 * A per-host concurrency limit, so one slow site cannot absorb every connection and Rebound never
 * hammers a site with parallel requests. Limiters for idle hosts are dropped, so polling thousands of
 * distinct hosts does not grow memory.
 */
export function createHostLimiter(perHost: number = defaultPerHostConcurrency): HostLimiter {
  // Our own count of callers per host (running or queued), so the limiter is dropped exactly when the
  // last caller leaves, independent of when p-limit updates its internal counters.
  const hosts = new Map<string, { limit: LimitFunction; callers: number }>();

  return {
    async run<T>(urlOrHost: string, fn: () => Promise<T>): Promise<T> {
      const key = hostKeyOf(urlOrHost);
      let entry = hosts.get(key);
      if (!entry) {
        entry = { limit: pLimit(Math.max(1, Math.floor(perHost))), callers: 0 };
        hosts.set(key, entry);
      }
      const owned = entry;
      owned.callers += 1;
      try {
        return await owned.limit(fn);
      } finally {
        owned.callers -= 1;
        if (owned.callers === 0 && hosts.get(key) === owned) hosts.delete(key);
      }
    },
    activeHosts: () => hosts.size,
  };
}

/** The process-wide limiter fetchDocument uses for every hop. */
export const hostLimiter: HostLimiter = createHostLimiter();
