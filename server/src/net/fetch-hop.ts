import { request } from 'undici';
import { parseRetryAfter } from './backoff.ts';
import { decodeText } from './decode-text.ts';
import { describeBytes, fail, failForStatus } from './failures.ts';
import type { FetchMethod, FetchOutcome, FetchPolicy } from './fetch-types.ts';
import { getGuardedAgent } from './guarded-agent.ts';
import { parseContentEncodings, readBodyCapped } from './read-body.ts';

export type HopRequest = { method: FetchMethod; body: string | undefined; headers: Record<string, string> };

export type HopResult =
  | { kind: 'redirect'; status: number; location: string }
  | { kind: 'done'; outcome: FetchOutcome };

const redirectStatuses = new Set([301, 302, 303, 307, 308]);
const defaultAccept =
  'text/html,application/xhtml+xml,application/xml;q=0.9,application/json;q=0.9,*/*;q=0.5';
// Headers the transport owns: letting a caller set them would break framing or let a source ask for an
// encoding we cannot unpack.
const reservedHeaders = new Set([
  'host',
  'content-length',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'upgrade',
  'te',
  'expect',
  'accept-encoding',
]);

function buildHeaders(request: HopRequest, policy: FetchPolicy): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': policy.userAgent,
    accept: policy.accept ?? defaultAccept,
  };
  for (const [name, value] of Object.entries(request.headers)) {
    const key = name.toLowerCase();
    if (!reservedHeaders.has(key)) headers[key] = value;
  }
  headers['accept-encoding'] = 'gzip, deflate, br';
  if (request.method === 'GET') {
    if (policy.etag) headers['if-none-match'] = policy.etag;
    if (policy.lastModified) headers['if-modified-since'] = policy.lastModified;
  }
  return headers;
}

function flattenHeaders(raw: Record<string, string | string[] | undefined>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

/** Reads and drops a body we do not need, without letting a huge one hold the hop open. */
async function discardBody(body: { dump(opts: { limit: number }): Promise<void> }): Promise<void> {
  await body.dump({ limit: 64 * 1024 }).catch(() => undefined);
}

/**
 * One HTTP exchange with no redirect following: the caller decides whether a Location may be followed.
 * Errors from the transport and the body stream are thrown for the caller to classify.
 */
export async function requestHop(
  url: URL,
  hop: HopRequest,
  policy: FetchPolicy,
  signal: AbortSignal,
): Promise<HopResult> {
  signal.throwIfAborted();
  const isConditional = hop.method === 'GET' && Boolean(policy.etag || policy.lastModified);
  const response = await request(url, {
    method: hop.method,
    headers: buildHeaders(hop, policy),
    body: hop.body,
    dispatcher: getGuardedAgent(policy.allowList, policy.connectTimeoutMs),
    signal,
  });
  const headers = flattenHeaders(response.headers);
  const status = response.statusCode;
  const location = headers.location;
  if (redirectStatuses.has(status) && location) {
    await discardBody(response.body);
    return { kind: 'redirect', status, location };
  }
  const etag = headers.etag ?? null;
  const lastModified = headers['last-modified'] ?? null;
  const contentType = headers['content-type'] ?? null;
  const base = { status, url: url.href, contentType, headers };
  if (status === 304 && isConditional) {
    await discardBody(response.body);
    const kept = {
      etag: etag ?? policy.etag ?? null,
      lastModified: lastModified ?? policy.lastModified ?? null,
    };
    return { kind: 'done', outcome: { ok: true, ...base, body: '', ...kept, notModified: true } };
  }
  if (status < 200 || status > 299) {
    await discardBody(response.body);
    return { kind: 'done', outcome: failForStatus(status, parseRetryAfter(headers['retry-after'] ?? null)) };
  }
  const declared = Number(headers['content-length']);
  if (Number.isFinite(declared) && declared > policy.maxBytes) {
    response.body.destroy();
    const message = `The page is ${describeBytes(declared)}, more than the ${describeBytes(policy.maxBytes)} Rebound reads from one address.`;
    return { kind: 'done', outcome: fail('too_large', message, false) };
  }
  const encodings = parseContentEncodings(headers['content-encoding'] ?? null);
  const bytes = await readBodyCapped(response.body, encodings, policy.maxBytes, signal);
  const body = decodeText(bytes, contentType);
  return { kind: 'done', outcome: { ok: true, ...base, body, etag, lastModified, notModified: false } };
}
