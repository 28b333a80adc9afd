export type StoreApiErrorCode = 'auth' | 'not_found' | 'rate_limited' | 'server' | 'network' | 'invalid';

/**
 * The one error the App Store Connect and Google Play adapters throw. Messages are our words plus a short,
 * redacted excerpt of the platform's answer, so they are safe to log and to show in the UI.
 */
export class StoreApiError extends Error {
  readonly code: StoreApiErrorCode;
  readonly status?: number;
  readonly retryAfterMs?: number;

  constructor(
    code: StoreApiErrorCode,
    message: string,
    extra: { status?: number; retryAfterMs?: number } = {},
  ) {
    super(message);
    this.name = 'StoreApiError';
    this.code = code;
    if (extra.status !== undefined) this.status = extra.status;
    if (extra.retryAfterMs !== undefined) this.retryAfterMs = extra.retryAfterMs;
  }

  /** Worth another try later: the request may not have arrived, or the platform asked us to wait. */
  get isRetryable(): boolean {
    return this.code === 'rate_limited' || this.code === 'server' || this.code === 'network';
  }
}

/** Replaces every secret (6+ characters) in a text that may reach a log line or the UI. */
export function redact(text: string, secrets: ReadonlyArray<string | null | undefined>): string {
  let out = text;
  for (const secret of secrets) if (secret && secret.length >= 6) out = out.split(secret).join('[redacted]');
  return out;
}

/**
 * The platforms' documented error bodies, reduced to one short line: Apple's `{ errors: [{ code, title,
 * detail }] }`, Google's `{ error: { status, message } }` and OAuth's `{ error, error_description }`.
 */
export function describeErrorBody(body: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return '';
  }
  if (typeof parsed !== 'object' || parsed === null) return '';
  const record = parsed as Record<string, unknown>;
  const parts: unknown[] = [];
  if (Array.isArray(record.errors) && typeof record.errors[0] === 'object' && record.errors[0] !== null) {
    const first = record.errors[0] as Record<string, unknown>;
    parts.push(first.code, first.detail ?? first.title);
  } else if (typeof record.error === 'object' && record.error !== null) {
    const err = record.error as Record<string, unknown>;
    parts.push(err.status, err.message);
  } else if (typeof record.error === 'string') {
    parts.push(record.error, record.error_description);
  }
  const text = parts.filter((p): p is string => typeof p === 'string' && p !== '').join(': ');
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
