import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Env } from '../env.ts';
import type { Logger } from '../logger.ts';
import { httpOverFetcher } from '../net/fetcher.ts';
import { readSession } from '../services/auth/sessions.ts';
import type { Db } from '../services/db-handle.ts';
import { finishConnect } from '../services/oauth/finish-connect.ts';
import { loadAuthorizedGrant } from '../services/oauth/load-authorized-grant.ts';
import { oauthProvidersFromEnv } from '../services/oauth/providers.ts';
import { reconnectSource } from '../services/oauth/reconnect-source.ts';
import type { AppServices } from '../trpc/context.ts';
import { SESSION_COOKIE } from './security.ts';

/**
 * Where Google and Facebook send the member back after the consent page. The code and state in the address are
 * used once, here, and the member lands on the sources page to pick what to watch; tokens stay on the server.
 */
export function createOAuthCallbackRoutes(deps: { db: Db; env: Env; log: Logger; services: AppServices }) {
  const app = new Hono();
  app.get('/:provider/callback', async (c) => {
    c.header('cache-control', 'no-store');
    // The address holds a one-time code: no page we link to may see it in a Referer.
    c.header('referrer-policy', 'no-referrer');
    const providerId = c.req.param('provider');
    const provider =
      providerId === 'google' || providerId === 'facebook'
        ? oauthProvidersFromEnv(deps.env)[providerId]
        : undefined;
    const publicUrl = deps.env.PUBLIC_URL ?? deps.services.publicUrl;
    const { fetcher, secretBox } = deps.services;
    if (!provider || !publicUrl || !fetcher || !secretBox)
      return c.text('This connection is not set up on this server.', 404);
    const sessionToken = getCookie(c, SESSION_COOKIE) ?? null;
    const session = sessionToken ? await readSession(deps.db, sessionToken) : null;
    const http = httpOverFetcher(fetcher);
    const outcome = await finishConnect(deps.db, secretBox, provider, http, {
      callbackUrl: new URL(c.req.url),
      sessionToken: session ? sessionToken : null,
      publicUrl,
    });
    if (outcome.kind === 'bad_state')
      return c.text(
        'This sign-in answer cannot be used: it was already used, has expired, or was started in another browser session. Start again from the sources page.',
        400,
      );
    if (outcome.kind === 'denied')
      return c.redirect(`/sources?oauthError=denied&provider=${provider.id}`, 302);
    if (outcome.kind === 'failed') {
      deps.log.warn({ provider: provider.id, reason: outcome.message }, 'OAuth connect failed');
      return c.redirect(`/sources?oauthError=failed&provider=${provider.id}`, 302);
    }
    if (outcome.reconnectSourceId && session) {
      const scope = { orgId: outcome.orgId, userId: session.userId };
      const grant = await loadAuthorizedGrant(deps.db, secretBox, scope, outcome.grantId);
      const isDone = await reconnectSource(deps.db, secretBox, provider, grant, http, {
        orgId: outcome.orgId,
        actor: { userId: session.userId, label: session.email },
        sourceId: outcome.reconnectSourceId,
      }).catch(() => false);
      if (isDone) {
        void deps.services.pollSourceNow?.(outcome.orgId, outcome.reconnectSourceId);
        return c.redirect(`/sources?reconnected=${outcome.reconnectSourceId}`, 302);
      }
    }
    return c.redirect(`/sources?connect=${outcome.grantId}`, 302);
  });
  return app;
}
