import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Logger } from '../logger.ts';
import type { Db } from '../services/db-handle.ts';
import { findWebhookSource } from '../services/sources/find-webhook-source.ts';
import { storePushedReviews } from '../services/sources/store-pushed-reviews.ts';
import { toNormalizedReview, webhookBodySchema } from '../services/sources/webhook-body.ts';
import { checkWebhookSignature, webhookSecretOf } from '../services/sources/webhook-signature.ts';
import type { AppServices } from '../trpc/context.ts';
import { bodyLimits, describeBytes } from './body-limits.ts';

/**
 * `POST /api/webhooks/reviews/:sourceId`: reviews pushed by another tool. Outside the session and CSRF guard,
 * so each request proves itself with the source's HMAC signature; anything unproven is refused before a
 * single row is written. Unknown sources get the same 401 as bad signatures, so ids cannot be probed.
 */
export function createWebhookRoutes(deps: { db: Db; services: AppServices; log: Logger }) {
  const app = new Hono();
  app.post(
    '/reviews/:sourceId',
    bodyLimit({
      maxSize: bodyLimits.webhook,
      onError: (c) =>
        c.json(
          {
            error: `The body is larger than ${describeBytes(bodyLimits.webhook)}; send fewer reviews per request.`,
          },
          413,
        ),
    }),
    async (c) => {
      const refuse = (reason: string) => c.json({ error: reason }, 401);
      const source = await findWebhookSource(deps.db, c.req.param('sourceId'));
      const secret = source ? webhookSecretOf(deps.services.secretBox, source) : null;
      const body = Buffer.from(await c.req.arrayBuffer());
      if (!source || !secret) return refuse('The signature does not match this source.');
      const check = checkWebhookSignature(
        secret,
        c.req.header('x-rebound-signature'),
        c.req.header('x-rebound-timestamp'),
        body,
      );
      if (!check.ok) return refuse(check.reason);
      if (source.isPaused)
        return c.json({ error: 'This source is paused in Rebound; resume it to accept reviews.' }, 409);

      let parsed: unknown;
      try {
        parsed = JSON.parse(body.toString('utf8'));
      } catch {
        return c.json({ error: 'The body is not valid JSON.' }, 400);
      }
      const validated = webhookBodySchema.safeParse(parsed);
      if (!validated.success) {
        const issues = validated.error.issues
          .slice(0, 20)
          .map((i) => ({ path: i.path.join('.'), message: i.message }));
        return c.json(
          { error: 'Some reviews are not in the expected shape; nothing was stored.', issues },
          400,
        );
      }
      const pushed = 'reviews' in validated.data ? validated.data.reviews : [validated.data];
      const result = await storePushedReviews(deps.db, source, pushed.map(toNormalizedReview));
      deps.log.info(
        { sourceId: source.id, received: pushed.length, created: result.created },
        'webhook reviews stored',
      );
      return c.json({ received: pushed.length, created: result.created, updated: result.updated });
    },
  );
  return app;
}
