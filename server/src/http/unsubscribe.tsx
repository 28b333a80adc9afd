/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import type { Db } from '../services/db-handle.ts';
import { findRequestByToken } from '../services/feedback/find-request-by-token.ts';
import { unsubscribeByToken } from '../services/feedback/unsubscribe-by-token.ts';
import { bodyLimits, limitBody } from './body-limits.ts';
import { NotFoundPage } from './pages/layout.tsx';
import { ConfirmUnsubscribePage, UnsubscribedPage } from './pages/unsubscribe.tsx';
import { unlistedPage } from './unlisted-page.ts';

/**
 * Unsubscribe links. GET only shows a confirmation page (link scanners and previews fetch GETs, and must not
 * unsubscribe anyone); the change happens on POST, from that page's button or from a mail app's RFC 8058
 * one-click request. The token in the path is the authentication.
 */
export function createUnsubscribeRoutes(deps: { db: Db }) {
  const app = new Hono();
  app.use('*', unlistedPage);

  app.get('/:token', async (c) => {
    const token = c.req.param('token');
    const request = await findRequestByToken(deps.db, token);
    if (!request) return c.html(<NotFoundPage />, 404);
    return c.html(<ConfirmUnsubscribePage token={token} request={request} />);
  });

  app.post('/:token', limitBody(bodyLimits.unsubscribe, 'the unsubscribe form'), async (c) => {
    const body = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    const isOneClick = body['List-Unsubscribe'] === 'One-Click';
    const done = await unsubscribeByToken(
      deps.db,
      c.req.param('token'),
      isOneClick ? 'one-click' : 'unsubscribe-page',
    );
    if (!done) return c.html(<NotFoundPage />, 404);
    return c.html(<UnsubscribedPage done={done} />);
  });
  return app;
}
