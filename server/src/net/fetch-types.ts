export type FetchMethod = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';

export type FetchPolicy = {
  timeoutMs: number;
  connectTimeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  /** CIDRs ("127.0.0.0/8", "::1/128"), addresses or host names an admin allowed despite the SSRF guard. */
  allowList: string[];
  userAgent: string;
  etag?: string | null;
  lastModified?: string | null;
  respectRobots: boolean;
  accept?: string;
  headers?: Record<string, string>;
  method?: FetchMethod;
  body?: string;
};

export const defaultFetchPolicy: FetchPolicy = {
  timeoutMs: 30_000,
  connectTimeoutMs: 10_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  allowList: [],
  userAgent: 'Rebound/0.1 (+review monitor)',
  etag: null,
  lastModified: null,
  respectRobots: true,
};

export type FetchFailureCode =
  | 'timeout'
  | 'too_large'
  | 'ssrf_blocked'
  | 'redirect_loop'
  | 'too_many_redirects'
  | 'http_status'
  | 'rate_limited'
  | 'network'
  | 'decode'
  | 'robots_disallowed'
  | 'invalid_url';

export type FetchFailure = {
  code: FetchFailureCode;
  /** Plain words for the business owner, shown next to a degraded source. */
  message: string;
  status?: number;
  retryAfterMs?: number;
  retryable: boolean;
};

export type FetchSuccess = {
  ok: true;
  status: number;
  body: string;
  url: string;
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
  notModified: boolean;
  headers: Record<string, string>;
};

export type FetchOutcome = FetchSuccess | { ok: false; error: FetchFailure };
