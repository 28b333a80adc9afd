import { existsSync } from 'node:fs';
import path from 'node:path';
import { getConnInfo } from '@hono/node-server/conninfo';
import { serveStatic } from '@hono/node-server/serve-static';
import { trpcServer } from '@hono/trpc-server';
import { eq, sql } from 'drizzle-orm';
import { type Context, Hono } from 'hono';
import { generateCookie, getCookie } from 'hono/cookie';
import { requestId } from 'hono/request-id';
import type { Db, Engine } from './db/client.ts';
import { sessions } from './db/schema/index.ts';
import { createDemoSite } from './demo/site.ts';
import { demoBusinessProfile } from './drafting/business-profile.ts';
import type { Env } from './env.ts';
import { trpcBodyLimit } from './http/body-limits.ts';
import { createFeedbackRoutes } from './http/feedback.tsx';
import { createOAuthCallbackRoutes } from './http/oauth-callback.ts';
import { CSRF_COOKIE, csrfGuard, SESSION_COOKIE, securityHeaders } from './http/security.ts';
import { createSmsWebhookRoutes } from './http/sms-webhooks.ts';
import { createTextLinkRoutes } from './http/text-links.ts';
import { createUnsubscribeRoutes } from './http/unsubscribe.tsx';
import { createWebhookRoutes } from './http/webhooks.ts';
import type { Logger } from './logger.ts';
import { createMetricsRoute } from './observability/metrics-route.ts';
import { requestLog, requestLogger } from './observability/request-log.ts';
import { readSession } from './services/auth/sessions.ts';
import { hashToken } from './services/auth/tokens.ts';
import type { AppContext, AppServices } from './trpc/context.ts';
import { appRouter } from './trpc/router.ts';

/** The peer address; X-Forwarded-For only counts behind a proxy we were told to trust. */
function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

export type AppDeps = { db: Db; engine: Engine; env: Env; log: Logger; services: AppServices };

export function createApp(deps: AppDeps) {
  const { db, env, log } = deps;
  const app = new Hono();
  const isSecure = env.PUBLIC_URL?.startsWith('https://') ?? false;
  const publicOrigin = env.PUBLIC_URL ? new URL(env.PUBLIC_URL).origin : null;

  app.use(requestId());
  app.use(securityHeaders());
  app.use(requestLogger(requestLog(log, env, deps.engine)));
  app.onError((error, c) => {
    log.error({ err: error, reqId: c.get('requestId') }, 'unhandled request error');
    return c.json(
      { error: { message: 'Something went wrong on our side', code: 'INTERNAL_SERVER_ERROR' } },
      500,
    );
  });

  app.get('/health', async (c) => {
    const isDbUp = await db.execute(sql`select 1`).then(
      () => true,
      () => false,
    );
    return c.json(
      { status: isDbUp ? 'ok' : 'degraded', engine: deps.engine, database: isDbUp ? 'up' : 'down' },
      isDbUp ? 200 : 503,
    );
  });

  app.route('/metrics', createMetricsRoute(env.METRICS_TOKEN));

  const tokenFor = async (sessionToken: string) => {
    const rows = await db
      .select({ csrf: sessions.csrfToken })
      .from(sessions)
      .where(eq(sessions.tokenHash, hashToken(sessionToken)));
    return rows[0]?.csrf ?? null;
  };
  // Sizes first, so an oversized body is refused before anything reads it (the CSRF check may look up a session).
  app.use('/trpc/*', trpcBodyLimit());
  app.use('/trpc/*', async (c, next) => {
    await next();
    // Answers carry one member's data: no browser or proxy cache may keep them.
    c.res.headers.set('cache-control', 'no-store');
  });
  app.use('/trpc/*', csrfGuard({ publicOrigin, tokenFor }));
  app.use(
    '/trpc/*',
    trpcServer({
      router: appRouter,
      endpoint: '/trpc',
      // Cookies go on the tRPC response's own headers: the adapter builds a new Response, not Hono's.
      createContext: async ({ resHeaders }, c): Promise<AppContext> => {
        const token = getCookie(c, SESSION_COOKIE) ?? null;
        const session = token ? await readSession(db, token) : null;
        return {
          db,
          engine: deps.engine,
          config: env,
          log,
          session,
          sessionToken: session ? token : null,
          ip: clientAddress(c, env.TRUST_PROXY),
          services: deps.services,
          setSessionCookie(tokenValue, csrfToken, expiresAt) {
            resHeaders.append(
              'set-cookie',
              generateCookie(SESSION_COOKIE, tokenValue, {
                httpOnly: true,
                sameSite: 'Lax',
                secure: isSecure,
                path: '/',
                expires: expiresAt,
              }),
            );
            resHeaders.append(
              'set-cookie',
              generateCookie(CSRF_COOKIE, csrfToken, {
                httpOnly: false,
                sameSite: 'Strict',
                secure: isSecure,
                path: '/',
                expires: expiresAt,
              }),
            );
          },
          clearSessionCookie() {
            resHeaders.append('set-cookie', generateCookie(SESSION_COOKIE, '', { path: '/', maxAge: 0 }));
            resHeaders.append('set-cookie', generateCookie(CSRF_COOKIE, '', { path: '/', maxAge: 0 }));
          },
        };
      },
      onError({ error, path: procedure }) {
        if (error.code === 'INTERNAL_SERVER_ERROR')
          log.error({ err: error.cause ?? error, procedure }, 'procedure failed');
      },
    }),
  );

  const smsConfig =
    env.SMS_AUTH_TOKEN && env.PUBLIC_URL
      ? { authToken: env.SMS_AUTH_TOKEN, publicUrl: env.PUBLIC_URL }
      : null;
  app.route('/api/webhooks/sms', createSmsWebhookRoutes({ db, log, config: smsConfig }));
  app.route('/api/webhooks', createWebhookRoutes({ db, services: deps.services, log }));
  app.route('/f', createFeedbackRoutes({ db, env, log, services: deps.services }));
  app.route('/u', createUnsubscribeRoutes({ db }));
  app.route('/oauth', createOAuthCallbackRoutes({ db, env, log, services: deps.services }));
  app.route('/s', createTextLinkRoutes({ db }));
  if (env.DEMO_SITE) app.route('/demo-site', createDemoSite(demoBusinessProfile.name));

  const webDist = env.WEB_DIST;
  if (existsSync(path.join(webDist, 'index.html'))) {
    const root = path.relative(process.cwd(), webDist) || '.';
    app.use('/assets/*', serveStatic({ root }));
    app.use('/favicon.svg', serveStatic({ root }));
    // Every other GET is a dashboard route: the single-page app takes it from there.
    app.get('*', serveStatic({ root, path: 'index.html' }));
  } else {
    app.get('/', (c) =>
      c.text('The dashboard is not built yet: run `npm run build` (npm start does this for you).', 503),
    );
  }
  return app;
}
