export type BackoffOptions = {
  baseMs?: number;
  maxMs?: number;
  retryAfterMs?: number;
  random?: () => number;
};

const defaultBaseMs = 60_000;
const defaultMaxMs = 6 * 60 * 60_000;
// A hostile or broken Retry-After ("wait ten years") must not silence a source for good.
const retryAfterCeilingMs = 7 * 24 * 60 * 60_000;

/**
 * Delay before the next attempt after `attempt` consecutive failures (1 = the first failure).
 * Exponential growth capped at maxMs with full jitter (uniform in [0, cap]) so many sources that failed
 * together do not retry together; a server's Retry-After is a floor the jitter never undercuts.
 */
export function computeBackoffMs(attempt: number, opts: BackoffOptions = {}): number {
  const baseMs = Math.max(0, opts.baseMs ?? defaultBaseMs);
  const maxMs = Math.max(baseMs, opts.maxMs ?? defaultMaxMs);
  const random = opts.random ?? Math.random;
  const exponent = Math.max(0, Math.floor(Number.isFinite(attempt) ? attempt : 1) - 1);
  // 2 ** 1024 is Infinity, which Math.min folds back to maxMs.
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.min(exponent, 1024));
  const share = Math.min(1, Math.max(0, random()));
  const jittered = Math.round(ceiling * share);
  const floor = opts.retryAfterMs;
  if (floor === undefined || !Number.isFinite(floor) || floor <= 0) return jittered;
  return Math.max(jittered, Math.min(Math.ceil(floor), retryAfterCeilingMs));
}

/**
 * Reads a Retry-After header: either delta-seconds ("120") or an HTTP date. Returns milliseconds from
 * `now` (0 for a date already past) or null when the value is missing or unreadable.
 */
export function parseRetryAfter(value: string | null, now: Date = new Date()): number | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (trimmed === '') return null;
  if (/^\d+$/.test(trimmed)) {
    const seconds = Number(trimmed);
    return Number.isSafeInteger(seconds) ? seconds * 1000 : null;
  }
  // Only date-looking values: Date.parse would otherwise accept bare numbers like "-5" or "1.5".
  if (!/[a-z]/i.test(trimmed)) return null;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now.getTime());
}
