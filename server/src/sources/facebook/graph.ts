import type { HttpFn, HttpResponse } from '../google/types.ts';

export type FbErrorCode = 'auth' | 'rate_limited' | 'server' | 'network' | 'invalid' | 'not_found';

/** What the owner reads when Facebook no longer honours the Page's token. */
export const RECONNECT_FACEBOOK_MESSAGE =
  'Facebook no longer accepts this connection (it was removed or has expired). Reconnect Facebook to keep watching this Page.';

/** The one error the Facebook adapter throws; messages are ours plus Facebook's short reason, never a token. */
export class FbError extends Error {
  constructor(
    readonly code: FbErrorCode,
    message: string,
    readonly extra: { status?: number; retryAfterMs?: number } = {},
  ) {
    super(message);
    this.name = 'FbError';
  }

  get retryAfterMs(): number | undefined {
    return this.extra.retryAfterMs;
  }

  /** Worth another try later: the request may not have reached Facebook, or Facebook asked us to wait. */
  get isRetryable(): boolean {
    return this.code === 'rate_limited' || this.code === 'server' || this.code === 'network';
  }
}

// Graph API error codes (developers.facebook.com/docs/graph-api/guides/error-handling).
const tokenCodes = new Set([102, 190]);
const throttleCodes = new Set([4, 17, 32, 613]);
const permissionCodes = new Set([10, 200, 299]);

function readGraphError(body: string): { code: number | null; message: string } {
  try {
    const error = (JSON.parse(body) as { error?: { code?: unknown; message?: unknown } }).error;
    return {
      code: typeof error?.code === 'number' ? error.code : null,
      message: typeof error?.message === 'string' ? error.message.slice(0, 200) : '',
    };
  } catch {
    return { code: null, message: '' };
  }
}

function toFbError(response: HttpResponse, what: string, token: string): FbError {
  const { status } = response;
  const { code, message } = readGraphError(response.body);
  const said = message ? `: ${message.split(token).join('[redacted]')}` : '';
  const retryAfter = response.headers['retry-after'];
  const retryAfterMs = retryAfter && /^\d+$/.test(retryAfter) ? Number(retryAfter) * 1000 : undefined;
  const extra = { status, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) };
  if (status === 429 || (code !== null && throttleCodes.has(code)))
    return new FbError('rate_limited', `Facebook asked us to slow down while ${what}${said}`, extra);
  if (status >= 500)
    return new FbError('server', `Facebook failed while ${what} (HTTP ${status}${said})`, extra);
  if ((code !== null && tokenCodes.has(code)) || status === 401)
    return new FbError('auth', RECONNECT_FACEBOOK_MESSAGE, extra);
  if (code !== null && permissionCodes.has(code))
    return new FbError(
      'auth',
      `Facebook refused ${what} for lack of permission${said}. Reconnect Facebook.`,
      extra,
    );
  if (status === 404) return new FbError('not_found', `Facebook found nothing while ${what}${said}`, extra);
  // Our guarded fetch drops error bodies: a bare 400/403 is most often a token Facebook stopped accepting.
  if (code === null && (status === 400 || status === 403))
    return new FbError('auth', RECONNECT_FACEBOOK_MESSAGE, extra);
  return new FbError('invalid', `Facebook refused ${what} (HTTP ${status}${said})`, extra);
}

/** One Graph API call with the token in the Authorization header (never in a URL, where logs would keep it). */
export async function callGraph(
  http: HttpFn,
  token: string,
  method: 'GET' | 'POST' | 'DELETE',
  url: string,
  what: string,
  form?: Record<string, string>,
): Promise<Record<string, unknown>> {
  const headers: Record<string, string> = { authorization: `Bearer ${token}`, accept: 'application/json' };
  if (form) headers['content-type'] = 'application/x-www-form-urlencoded';
  let response: HttpResponse;
  try {
    response = await http(url, {
      method,
      headers,
      ...(form ? { body: new URLSearchParams(form).toString() } : {}),
    });
  } catch {
    throw new FbError('network', `Facebook could not be reached while ${what}`);
  }
  if (response.status < 200 || response.status >= 300) throw toFbError(response, what, token);
  try {
    const parsed: unknown = JSON.parse(response.body || '{}');
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    throw new FbError('invalid', `Facebook answered ${what} with a body that is not JSON`);
  }
}

// Ids are numeric or numeric pairs joined by "_" (story ids); anything else never reaches a URL.
const safeId = /^[0-9]+(?:_[0-9]+)?$/;

export function checkGraphId(id: string, label: string): string {
  if (!safeId.test(id)) throw new FbError('invalid', `The Facebook ${label} id is not valid`);
  return id;
}

/** Every page of a Graph edge, following `paging.cursors.after` while Facebook says there is a next page. */
export async function listEdge(
  http: HttpFn,
  token: string,
  url: (after: string | null) => string,
  what: string,
  maxPages = 100,
): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  const seen = new Set<string>();
  let after: string | null = null;
  for (let page = 0; page < maxPages; page++) {
    const body = await callGraph(http, token, 'GET', url(after), what);
    if (Array.isArray(body.data))
      for (const item of body.data)
        if (typeof item === 'object' && item !== null) items.push(item as Record<string, unknown>);
    const paging = (body.paging ?? {}) as { next?: unknown; cursors?: { after?: unknown } };
    const next = typeof paging.cursors?.after === 'string' ? paging.cursors.after : null;
    if (typeof paging.next !== 'string' || !next || seen.has(next)) break;
    seen.add(next);
    after = next;
  }
  return items;
}
