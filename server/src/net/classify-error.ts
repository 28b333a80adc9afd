import { describeBytes, describeSeconds, errorCodes, fail, failForNetworkError } from './failures.ts';
import type { FetchFailure, FetchPolicy } from './fetch-types.ts';
import { SsrfBlockedError } from './guarded-agent.ts';
import { BodyTooLargeError, UnsupportedEncodingError } from './read-body.ts';

function findInChain<T>(error: unknown, type: new (...args: never[]) => T): T | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth += 1) {
    if (current instanceof type) return current;
    current = current.cause;
  }
  return null;
}

export function ssrfFailure(host: string, address: string): { ok: false; error: FetchFailure } {
  const subject = host === address ? address : `${host} points to ${address}, which`;
  return fail(
    'ssrf_blocked',
    `${subject} is a private or internal network address, so this server's fetch policy refused it. Such an address is allowed only when it is on the allow-list in the FETCH_ALLOW_LIST setting, which the person who runs the Rebound server sets (in its environment or .env file) before starting it.`,
    false,
  );
}

/**
 * Turns anything thrown while talking to a site into a FetchFailure. The deadline is checked first:
 * once it has fired, whatever broke afterwards (an aborted stream, a reset) is a symptom of the timeout.
 */
export function failForThrown(
  error: unknown,
  url: URL,
  policy: FetchPolicy,
  deadline: AbortSignal,
): { ok: false; error: FetchFailure } {
  const host = url.hostname;
  if (deadline.aborted) {
    return fail(
      'timeout',
      `${host} did not deliver the page within ${describeSeconds(policy.timeoutMs)}.`,
      true,
    );
  }
  const blocked = findInChain(error, SsrfBlockedError);
  if (blocked) return ssrfFailure(blocked.host, blocked.address);
  const tooLarge = findInChain(error, BodyTooLargeError);
  if (tooLarge) {
    const what = tooLarge.decoded ? 'Unpacked, the page is' : 'The page is';
    return fail(
      'too_large',
      `${what} larger than ${describeBytes(policy.maxBytes)}, the most Rebound reads from one address.`,
      false,
    );
  }
  const encoding = findInChain(error, UnsupportedEncodingError);
  if (encoding) {
    return fail(
      'decode',
      `${host} compressed the page as "${encoding.encoding}", which Rebound cannot unpack.`,
      false,
    );
  }
  const codes = errorCodes(error);
  if (codes.includes('UND_ERR_CONNECT_TIMEOUT')) {
    return fail(
      'timeout',
      `Could not connect to ${host} within ${describeSeconds(policy.connectTimeoutMs)}.`,
      true,
    );
  }
  if (codes.includes('UND_ERR_HEADERS_TIMEOUT') || codes.includes('UND_ERR_BODY_TIMEOUT')) {
    return fail('timeout', `${host} stopped answering part-way through.`, true);
  }
  if (codes.some((code) => code.startsWith('Z_') || code.includes('BROTLI') || code.includes('ZLIB'))) {
    return fail('decode', `${host} sent a compressed page that is damaged and could not be unpacked.`, true);
  }
  if (codes.includes('UND_ERR_INVALID_ARG') || codes.includes('ERR_INVALID_URL')) {
    return fail(
      'invalid_url',
      `The request to ${host} could not be built: check the address and custom headers.`,
      false,
    );
  }
  return failForNetworkError(error, host);
}
