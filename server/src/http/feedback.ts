import { Hono } from 'hono';
import type { Env } from '../env.ts';
import type { Logger } from '../logger.ts';
import { resolveMailSettings } from '../services/campaigns/mail-settings.ts';
import type { Db } from '../services/db-handle.ts';
import { DomainError } from '../services/errors.ts';
import { answerRequest } from '../services/feedback/answer-request.ts';
import { type FoundRequest, findRequestByToken } from '../services/feedback/find-request.ts';
import {
  e,
  renderNotFound,
  renderPage,
  renderReviewLinks,
  renderScaleInputs,
} from '../services/feedback/page-html.ts';
import { stampRequest } from '../services/feedback/track-request.ts';
import type { AppServices } from '../trpc/context.ts';
import { bodyLimits, limitBody } from './body-limits.ts';

type Deps = { db: Db; env: Env; log: Logger; services: AppServices };

// A transparent 1×1 GIF.
const pixel = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

function questionFor(request: FoundRequest): string {
  return request.scale === 'nps'
    ? `How likely are you to recommend ${request.orgName} to a friend or colleague?`
    : `How satisfied were you with ${request.orgName}?`;
}

// Identical for every score: which links a client is offered never depends on what they answered.
function thanksPage(token: string, request: FoundRequest): string {
  const links = renderReviewLinks(token, request.reviewLinks);
  return renderPage(
    'Thank you',
    `<h1>Thank you for your answer</h1>
<p>${e(request.orgName)} reads every answer.</p>
${links ? `<p>If you would like to share your experience publicly, you can do so on any of these sites:</p>\n${links}` : ''}`,
  );
}

function formPage(token: string, request: FoundRequest, error?: string): string {
  const links = renderReviewLinks(token, request.reviewLinks);
  return renderPage(
    `Feedback for ${request.orgName}`,
    `<h1>${e(questionFor(request))}</h1>
${error ? `<p role="alert" class="note">${e(error)}</p>` : ''}
<form method="post" action="/f/${e(token)}">
<fieldset><legend>Your score</legend>${renderScaleInputs(request.scale)}</fieldset>
<p><label for="comment">Anything you would like to tell us? (optional)</label><br>
<textarea id="comment" name="comment" maxlength="4000"></textarea></p>
<button type="submit">Send my answer</button>
</form>
${links ? `<p class="note">You are also welcome to share your experience publicly:</p>\n${links}` : ''}`,
  );
}

/** The public feedback page, its answer form, the review-link counter and the open pixel. No sign-in: the token is the key. */
export function createFeedbackRoutes(deps: Deps) {
  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
    c.header('X-Robots-Tag', 'noindex');
  });

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
    if (!request || !link) return c.html(renderNotFound(), 404);
    await stampRequest(deps.db, request, 'publicClickedAt');
    return c.redirect(link.url, 302);
  });

  app.get('/:token', async (c) => {
    const token = c.req.param('token');
    const request = await findRequestByToken(deps.db, token);
    if (!request) return c.html(renderNotFound(), 404);
    await stampRequest(deps.db, request, 'clickedAt');
    return c.html(request.answeredAt ? thanksPage(token, request) : formPage(token, request));
  });

  app.post('/:token', limitBody(bodyLimits.feedbackForm, 'the feedback form'), async (c) => {
    const token = c.req.param('token');
    const request = await findRequestByToken(deps.db, token);
    if (!request) return c.html(renderNotFound(), 404);
    await stampRequest(deps.db, request, 'clickedAt');
    const body = await c.req.parseBody();
    const score =
      typeof body.score === 'string' && /^\d{1,2}$/.test(body.score) ? Number(body.score) : Number.NaN;
    const comment = typeof body.comment === 'string' ? body.comment : '';
    try {
      const settings = resolveMailSettings(deps.env, deps.services.publicUrl);
      await answerRequest(deps.db, request, { score, comment }, settings);
    } catch (error) {
      if (error instanceof DomainError) return c.html(formPage(token, request, error.message), 400);
      throw error;
    }
    return c.html(thanksPage(token, request));
  });
  return app;
}
