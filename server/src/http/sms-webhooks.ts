import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Logger } from '../logger.ts';
import type { Db } from '../services/db-handle.ts';
import { isSmsDeliveryStatus } from '../services/sms/delivery-stages.ts';
import { normalizePhone, recordSmsOptOut, resumeSms } from '../services/sms/opt-outs.ts';
import { recordSmsDeliveryStatus } from '../services/sms/record-sms-delivery-status.ts';
import { parseSmsKeyword } from '../sms/keywords.ts';
import { isValidSmsSignature } from '../sms/signature.ts';
import { bodyLimits } from './body-limits.ts';

export type SmsWebhookConfig = {
  authToken: string;
  /** The public origin the provider calls (PUBLIC_URL): the signature covers the URL as the provider saw it. */
  publicUrl: string;
};

const replies = {
  stop: 'You will get no more texts from this number. Reply START to receive them again.',
  start: 'Texts from this number are back on. Reply STOP to stop them.',
  help: 'Feedback requests sent with Rebound. Reply STOP to stop texts, START to resume.',
} as const;

function twiml(message: string | null): string {
  const safe = message?.replace(/[<>&]/g, (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[ch] ?? ch);
  return `<?xml version="1.0" encoding="UTF-8"?><Response>${safe ? `<Message>${safe}</Message>` : ''}</Response>`;
}

/**
 * `POST /api/webhooks/sms/inbound`: replies to our texts. Outside the session guard, so every request must
 * carry the provider's signature over our public URL and its form fields; anything else gets 403 and changes
 * nothing. STOP opts the number out of every organization's texts, START resumes, HELP explains.
 */
export function createSmsWebhookRoutes(deps: { db: Db; log: Logger; config: SmsWebhookConfig | null }) {
  const app = new Hono();
  /** The signed form fields, or null when the request does not prove it comes from the provider. */
  async function readSigned(c: Context): Promise<Record<string, string> | null> {
    const config = deps.config;
    if (!config) return null;
    const form = await c.req.parseBody().catch(() => null);
    if (!form) return null;
    const params: Record<string, string> = {};
    for (const [name, value] of Object.entries(form)) if (typeof value === 'string') params[name] = value;
    const url = `${config.publicUrl.replace(/\/+$/, '')}${new URL(c.req.url).pathname}`;
    return isValidSmsSignature(config.authToken, url, params, c.req.header('x-twilio-signature'))
      ? params
      : null;
  }

  // Delivery reports for our texts: the funnel's queued, sent, delivered, failed, undelivered.
  app.post('/status', bodyLimit({ maxSize: bodyLimits.webhook }), async (c) => {
    const params = await readSigned(c);
    if (!params) return c.text('Invalid signature', 403);
    const status = (params.MessageStatus ?? '').toLowerCase();
    if (params.MessageSid && isSmsDeliveryStatus(status))
      await recordSmsDeliveryStatus(deps.db, params.MessageSid, status);
    return c.body(null, 204);
  });

  app.post('/inbound', bodyLimit({ maxSize: bodyLimits.webhook }), async (c) => {
    const params = await readSigned(c);
    if (!params) return c.text('Invalid signature', 403);
    const phone = normalizePhone(params.From ?? '');
    const keyword = parseSmsKeyword(params.Body ?? '');
    c.header('content-type', 'text/xml; charset=utf-8');
    if (!phone || !keyword) return c.body(twiml(null));
    if (keyword === 'stop') {
      await recordSmsOptOut(
        deps.db,
        phone,
        (params.Body ?? '').trim().toUpperCase(),
        params.MessageSid ?? null,
      );
      deps.log.info({ messageSid: params.MessageSid }, 'sms opt-out recorded');
    } else if (keyword === 'start') {
      await resumeSms(deps.db, phone);
    }
    return c.body(twiml(replies[keyword]));
  });
  return app;
}
