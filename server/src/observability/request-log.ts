import type { Context, MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import pino from 'pino';
import type { Engine } from '../db/client.ts';
import type { Env } from '../env.ts';
import type { Logger } from '../logger.ts';
import { recordHttpRequest } from './metrics.ts';

// Probes hit these every few seconds; at info they would drown the log.
const quietPaths = new Set(['/health', '/metrics']);
const procedureName = /^[A-Za-z][A-Za-z0-9_.]{0,63}$/;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// A token hides in a segment even with other characters around or inside it (`<token>%00`, `<to%00ken>`).
const notTokenChars = /[^A-Za-z0-9_~.=-]+/g;
const tokenMinLength = 20;
// A hostile client could invent paths without end; past this many, new routes share one label.
const maxRouteLabels = 300;
const seenRoutes = new Set<string>();

/**
 * The path as logged: query strings never (they may carry tokens), and any path segment holding a long opaque
 * run (an unsubscribe or invitation token), plain or percent-encoded, replaced. Ids that are UUIDs stay, they
 * are needed to follow a request.
 */
export function redactPath(path: string): string {
  return path
    .split('/')
    .map((segment) => (hidesToken(segment) ? ':redacted' : segment))
    .join('/');
}

/** Judged on the segment as sent and as decoded, so percent-encoding cannot split a token into short runs. */
function hidesToken(segment: string): boolean {
  if (uuid.test(segment)) return false;
  const tokenChars = (text: string) => text.replace(notTokenChars, '').length;
  return tokenChars(segment) >= tokenMinLength || tokenChars(decodeSegment(segment)) >= tokenMinLength;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    // Malformed escapes: drop every escape instead, which joins what they separated.
    return segment.replace(/%[0-9A-Fa-f]{0,2}/g, '');
  }
}

/** A bounded route label: the route template, or the tRPC procedure(s) for /trpc requests. */
export function routeLabel(c: Context): string {
  let label = routePath(c) || '(unmatched)';
  if (label.startsWith('/trpc')) {
    const names = c.req.path.slice('/trpc/'.length).split(',');
    const isNamed = names.length <= 4 && names.every((n) => procedureName.test(n));
    label =
      c.res.status === 404 || !isNamed ? '/trpc/(unknown)' : `/trpc/${[...new Set(names)].sort().join(',')}`;
  }
  if (!seenRoutes.has(label)) {
    if (seenRoutes.size >= maxRouteLabels) return '(other)';
    seenRoutes.add(label);
  }
  return label;
}

/** Handlers that build their own Response (the tRPC adapter does) drop the header set before them. */
function carryRequestId(c: Context): void {
  const id = c.get('requestId');
  if (!id || c.res.headers.has('x-request-id')) return;
  try {
    c.res.headers.set('x-request-id', id);
  } catch {
    // Immutable headers (a fetched Response passed through): copy it once with the header added.
    c.res = new Response(c.res.body, c.res);
    c.res.headers.set('x-request-id', id);
  }
}

/**
 * One JSON line per request (request id, method, path, status, duration) and the latency histogram.
 * 5xx are errors; health and metrics probes are debug; everything else is info.
 */
export function requestLogger(log: Logger): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    try {
      await next();
    } finally {
      const seconds = (performance.now() - started) / 1000;
      const status = c.res.status;
      carryRequestId(c);
      recordHttpRequest(routeLabel(c), c.req.method, status, seconds);
      const line = {
        reqId: c.get('requestId'),
        method: c.req.method,
        path: redactPath(c.req.path),
        status,
        ms: Math.round(seconds * 10_000) / 10,
      };
      if (status >= 500) log.error(line, 'request');
      else if (quietPaths.has(c.req.path)) log.debug(line, 'request');
      else log.info(line, 'request');
    }
  };
}

/**
 * The logger request lines go to. Embedded mode is one person trying Rebound in a terminal: request lines
 * there would bury the setup link, so they start at warn unless REQUEST_LOG_LEVEL says otherwise. Never
 * chattier than LOG_LEVEL itself.
 */
export function requestLog(
  log: Logger,
  env: Pick<Env, 'LOG_LEVEL' | 'REQUEST_LOG_LEVEL'>,
  engine: Engine,
): Logger {
  const wanted = env.REQUEST_LOG_LEVEL ?? (engine === 'pglite' ? 'warn' : env.LOG_LEVEL);
  const rank = (level: string) =>
    level === 'silent' ? Number.POSITIVE_INFINITY : (pino.levels.values[level] ?? 0);
  const level = rank(wanted) >= rank(env.LOG_LEVEL) ? wanted : env.LOG_LEVEL;
  return log.child({}, { level });
}
