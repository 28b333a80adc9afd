import { STATUS_CODES } from 'node:http';
import type { FetchFailure, FetchFailureCode } from './fetch-types.ts';

export function fail(
  code: FetchFailureCode,
  message: string,
  retryable: boolean,
  extra: { status?: number; retryAfterMs?: number } = {},
): { ok: false; error: FetchFailure } {
  return { ok: false, error: { code, message, retryable, ...extra } };
}

export function describeSeconds(ms: number): string {
  const seconds = Math.max(1, Math.round(ms / 1000));
  if (seconds < 120) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 120) return `${minutes} minutes`;
  return `${Math.round(minutes / 60)} hours`;
}

export function describeBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

function statusName(status: number): string {
  const name = STATUS_CODES[status];
  return name ? `${status} ${name}` : String(status);
}

// What the owner can do about each kind of refusal, in their terms rather than the protocol's.
function adviceFor(status: number): string {
  if (status === 401 || status === 403) return 'the site refuses to show this page to Rebound.';
  if (status === 404 || status === 410) return 'the page is not there any more; check the address.';
  if (status === 408) return 'the site gave up waiting for the request; Rebound will try again.';
  if (status >= 500) return 'the site has a problem on its side; Rebound will try again later.';
  return 'Rebound could not read the page.';
}

export function failForStatus(
  status: number,
  retryAfterMs: number | null,
): { ok: false; error: FetchFailure } {
  const wait = retryAfterMs === null ? {} : { retryAfterMs };
  if (status === 429 || (status === 503 && retryAfterMs !== null)) {
    const when = retryAfterMs === null ? 'later' : `in about ${describeSeconds(retryAfterMs)}`;
    return fail(
      'rate_limited',
      `The site asked Rebound to slow down (${statusName(status)}); it will try again ${when}.`,
      true,
      { status, ...wait },
    );
  }
  const retryable = status >= 500 || status === 408;
  return fail('http_status', `The site answered ${statusName(status)}: ${adviceFor(status)}`, retryable, {
    status,
    ...wait,
  });
}

/** Every `code` found along an error's cause chain (undici and zlib nest the useful one). */
export function errorCodes(error: unknown): string[] {
  const codes: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth += 1) {
    const code = (current as Error & { code?: unknown }).code;
    if (typeof code === 'string') codes.push(code);
    current = current.cause;
  }
  return codes;
}

const tlsCodes = /^(CERT_|ERR_TLS_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|ERR_SSL_)/;

/** Plain words for a transport-level error that ended a request. */
export function failForNetworkError(error: unknown, host: string): { ok: false; error: FetchFailure } {
  const codes = errorCodes(error);
  const has = (code: string): boolean => codes.includes(code);
  if (has('ENOTFOUND') || has('EAI_NONAME')) {
    return fail('network', `The address ${host} could not be found; check it for typos.`, true);
  }
  if (has('EAI_AGAIN'))
    return fail('network', `Looking up ${host} failed for now; Rebound will try again.`, true);
  if (has('ECONNREFUSED')) return fail('network', `${host} refused the connection.`, true);
  if (codes.some((code) => tlsCodes.test(code))) {
    return fail('network', `${host} presented a security certificate that is not valid.`, true);
  }
  if (has('EHOSTUNREACH') || has('ENETUNREACH')) {
    return fail('network', `${host} cannot be reached from this server's network.`, true);
  }
  if (codes.some((code) => code.startsWith('HPE_'))) {
    return fail('network', `${host} sent a response that is not valid HTTP.`, true);
  }
  return fail('network', `The connection to ${host} broke before the page arrived.`, true);
}
