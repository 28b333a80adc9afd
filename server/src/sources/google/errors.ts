export type GbpErrorCode =
  | 'auth'
  | 'not_found'
  | 'rate_limited'
  | 'server'
  | 'network'
  | 'invalid'
  | 'too_long';

/**
 * The one error type the Google adapter throws. Messages are built from our own words plus short,
 * redacted excerpts of Google's answer, so they are safe to log and to show in the UI.
 */
export class GbpError extends Error {
  readonly code: GbpErrorCode;
  readonly status?: number;
  readonly retryAfterMs?: number;

  constructor(code: GbpErrorCode, message: string, extra: { status?: number; retryAfterMs?: number } = {}) {
    super(message);
    this.name = 'GbpError';
    this.code = code;
    if (extra.status !== undefined) this.status = extra.status;
    if (extra.retryAfterMs !== undefined) this.retryAfterMs = extra.retryAfterMs;
  }

  /** Worth another try later: the request may not have reached Google, or Google asked us to wait. */
  get isRetryable(): boolean {
    return this.code === 'rate_limited' || this.code === 'server' || this.code === 'network';
  }
}

const redactedMark = '[redacted]';

/** Removes every known secret from a text that may end up in a message or a log line. */
export function redactSecrets(text: string, secrets: ReadonlyArray<string | null | undefined>): string {
  let out = text;
  for (const secret of secrets) {
    // Very short values would blank out ordinary words; real tokens are long.
    if (secret && secret.length >= 6) out = out.split(secret).join(redactedMark);
  }
  return out;
}

/** Google's documented error body: `{ error: { code, message, status } }` (APIs) or `{ error, error_description }` (OAuth). */
export function describeGoogleError(body: string): string {
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed !== 'object' || parsed === null || !('error' in parsed)) return '';
    const err = parsed.error;
    if (typeof err === 'string') {
      const description =
        'error_description' in parsed && typeof parsed.error_description === 'string'
          ? ` (${parsed.error_description})`
          : '';
      return clip(`${err}${description}`);
    }
    if (typeof err === 'object' && err !== null) {
      const status = 'status' in err && typeof err.status === 'string' ? err.status : '';
      const message = 'message' in err && typeof err.message === 'string' ? err.message : '';
      return clip([status, message].filter(Boolean).join(': '));
    }
  } catch {
    // Not JSON (an HTML error page from a proxy, for instance): say nothing rather than echo it.
  }
  return '';
}

function clip(text: string): string {
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/** Retry-After is either delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}
