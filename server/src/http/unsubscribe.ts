import { Hono } from 'hono';
import type { Db } from '../services/db-handle.ts';
import { findRequestByToken } from '../services/feedback/find-request.ts';
import { e, renderNotFound, renderPage } from '../services/feedback/page-html.ts';
import { unsubscribeByToken } from '../services/feedback/unsubscribe.ts';
import { bodyLimits, limitBody } from './body-limits.ts';

/**
 * Unsubscribe links. GET only shows a confirmation page (link scanners and previews fetch GETs, and must not
 * unsubscribe anyone); the change happens on POST, from that page's button or from a mail app's RFC 8058
 * one-click request. The token in the path is the authentication.
 */
export function createUnsubscribeRoutes(deps: { db: Db }) {
  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
    c.header('X-Robots-Tag', 'noindex');
  });

  app.get('/:token', async (c) => {
    const token = c.req.param('token');
    const request = await findRequestByToken(deps.db, token);
    if (!request) return c.html(renderNotFound(), 404);
    return c.html(
      renderPage(
        'Unsubscribe',
        `<h1>Stop emails from ${e(request.orgName)}?</h1>
<p>${e(request.email)} will not receive feedback requests from ${e(request.orgName)} again.</p>
<form method="post" action="/u/${e(token)}"><button type="submit">Unsubscribe</button></form>`,
      ),
    );
  });

  app.post('/:token', limitBody(bodyLimits.unsubscribe, 'the unsubscribe form'), async (c) => {
    const body = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    const isOneClick = body['List-Unsubscribe'] === 'One-Click';
    const done = await unsubscribeByToken(
      deps.db,
      c.req.param('token'),
      isOneClick ? 'one-click' : 'unsubscribe-page',
    );
    if (!done) return c.html(renderNotFound(), 404);
    return c.html(
      renderPage(
        'Unsubscribed',
        `<h1>You are unsubscribed</h1>
<p>${e(done.orgName)} will not send feedback requests to ${e(done.email)} again.</p>`,
      ),
    );
  });
  return app;
}
