import { Hono } from 'hono';
import { recordTextVisit } from '../services/campaigns/record-text-visit.ts';
import type { Db } from '../services/db-handle.ts';
import { unlistedPage } from './unlisted-page.ts';

/**
 * The link in a feedback text: notes that the visit came by text, then sends the client on to the very same
 * feedback page the e-mail links to (same token, same review links), so the channel never changes what a
 * client is offered.
 */
export function createTextLinkRoutes(deps: { db: Db }) {
  const app = new Hono();
  app.use('*', unlistedPage);
  app.get('/:token', async (c) => {
    const token = c.req.param('token');
    await recordTextVisit(deps.db, token);
    return c.redirect(`/f/${encodeURIComponent(token)}`, 302);
  });
  return app;
}
