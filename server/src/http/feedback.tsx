/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import type { Env } from '../env.ts';
import type { Logger } from '../logger.ts';
import { resolveMailSettings } from '../services/campaigns/mail-settings.ts';
import type { Db } from '../services/db-handle.ts';
import { DomainError } from '../services/errors.ts';
import { answerRequest } from '../services/feedback/answer-request.ts';
import { findRequestByToken } from '../services/feedback/find-request-by-token.ts';
import { stampRequest } from '../services/feedback/stamp-request.ts';
import type { AppServices } from '../trpc/context.ts';
import { bodyLimits, limitBody } from './body-limits.ts';
import { FormPage, ThanksPage } from './pages/feedback.tsx';
import { NotFoundPage } from './pages/layout.tsx';
import { unlistedPage } from './unlisted-page.ts';

type Deps = { db: Db; env: Env; log: Logger; services: AppServices };

// A transparent 1×1 GIF.
const pixel = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/** The public feedback page, its answer form, the review-link counter and the open pixel. No sign-in: the token is the key. */
export function createFeedbackRoutes(deps: Deps) {
  const app = new Hono();
  app.use('*', unlistedPage);

  app.get('/:token/o.gif', async (c) => {
    const request = await findRequestByToken(deps.db, c.req.param('token'));
    if (request?.trackOpens) await stampRequest(deps.db, request, 'openedAt');
    return c.body(pixel, 200, { 'Content-Type': 'image/gif' });
  });

  app.get('/:token/go/:n', async (c) => {
    const token = c.req.param('token');
    const request = await findRequestByToken(deps.db, token);
    const n = /^\d{1,3}$/.test(c.req.param('n')) ? Number(c.req.param('n')) : -1;
    const link = request?.reviewLinks[n];
    if (!request || !link) return c.html(<NotFoundPage />, 404);
    await stampRequest(deps.db, request, 'publicClickedAt');
    return c.redirect(link.url, 302);
  });

  app.get('/:token', async (c) => {
    const token = c.req.param('token');
    const request = await findRequestByToken(deps.db, token);
    if (!request) return c.html(<NotFoundPage />, 404);
    await stampRequest(deps.db, request, 'clickedAt');
    return c.html(
      request.answeredAt ? (
        <ThanksPage token={token} request={request} />
      ) : (
        <FormPage token={token} request={request} />
      ),
    );
  });

  app.post('/:token', limitBody(bodyLimits.feedbackForm, 'the feedback form'), async (c) => {
    const token = c.req.param('token');
    const request = await findRequestByToken(deps.db, token);
    if (!request) return c.html(<NotFoundPage />, 404);
    await stampRequest(deps.db, request, 'clickedAt');
    const body = await c.req.parseBody();
    const score =
      typeof body.score === 'string' && /^\d{1,2}$/.test(body.score) ? Number(body.score) : Number.NaN;
    const comment = typeof body.comment === 'string' ? body.comment : '';
    try {
      const settings = resolveMailSettings(deps.env, deps.services.publicUrl);
      await answerRequest(deps.db, request, { score, comment }, settings);
    } catch (error) {
      if (error instanceof DomainError)
        return c.html(<FormPage token={token} request={request} error={error.message} />, 400);
      throw error;
    }
    return c.html(<ThanksPage token={token} request={request} />);
  });
  return app;
}
