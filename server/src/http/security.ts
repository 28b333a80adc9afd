import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { secureHeaders } from 'hono/secure-headers';

export const SESSION_COOKIE = 'rb_session';
export const CSRF_COOKIE = 'rb_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/** Security headers with a CSP the dashboard runs under: no inline script, no third-party origins. */
export const securityHeaders = (): MiddlewareHandler =>
  secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      fontSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      frameAncestors: ["'none'"],
      formAction: ["'self'"],
    },
    referrerPolicy: 'same-origin',
    crossOriginResourcePolicy: 'same-origin',
    // Agrees with frame-ancestors 'none' for browsers that only read the older header.
    xFrameOptions: 'DENY',
  });

const refusals = {
  FORBIDDEN: { status: 403, rpcCode: -32003 },
  PAYLOAD_TOO_LARGE: { status: 413, rpcCode: -32013 },
} as const;

/** A refusal the caller can read: tRPC's own error shape under /trpc (one entry per batched call), plain JSON elsewhere. */
export function refuseRequest(c: Context, code: keyof typeof refusals, message: string) {
  const { status, rpcCode } = refusals[code];
  const error = { message, code: rpcCode, data: { code, httpStatus: status } };
  if (c.req.path.startsWith('/trpc/')) {
    if (c.req.query('batch')) {
      const calls = c.req.path.slice('/trpc/'.length).split(',').length;
      return c.json(
        Array.from({ length: calls }, () => ({ error })),
        status,
      );
    }
    return c.json({ error }, status);
  }
  return c.json({ error: { message, code } }, status);
}

const refuse = (c: Context, message: string) => refuseRequest(c, 'FORBIDDEN', message);

/**
 * Refuse cross-site state changes: the browser's own Sec-Fetch-Site / Origin must say same origin, and a
 * signed-in request must echo the session's CSRF token (double submit) in a header.
 */
export function csrfGuard(opts: {
  publicOrigin: string | null;
  tokenFor: (sessionToken: string) => Promise<string | null>;
}): MiddlewareHandler {
  return async (c, next) => {
    const method = c.req.method;
    if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return next();
    const site = c.req.header('sec-fetch-site');
    const origin = c.req.header('origin');
    const host = c.req.header('host');
    const sameOrigin =
      !origin ||
      origin === opts.publicOrigin ||
      (host !== undefined && (origin === `http://${host}` || origin === `https://${host}`));
    if (site === 'cross-site' || !sameOrigin) {
      return refuse(c, 'Cross-site request refused');
    }
    const session = getCookie(c, SESSION_COOKIE);
    if (session) {
      const expected = await opts.tokenFor(session);
      if (expected && c.req.header(CSRF_HEADER) !== expected) {
        return refuse(c, 'Missing or wrong CSRF token; reload the page');
      }
    }
    return next();
  };
}
