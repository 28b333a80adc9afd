import { createHmac, timingSafeEqual } from 'node:crypto';
import type { SecretBox } from '../../crypto/secret-box.ts';
import { openSourceSecrets } from '../secrets/source-secrets.ts';
import type { WebhookSource } from './find-webhook-source.ts';

export const WEBHOOK_MAX_SKEW_SECONDS = 300;

/** The signature a sender computes: hex HMAC-SHA256, keyed with the source's secret, over "<timestamp>.<raw body>". */
export function signWebhookBody(secret: string, timestamp: string, body: Buffer | string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex')}`;
}

export type SignatureCheck = { ok: true } | { ok: false; reason: string };

export function checkWebhookSignature(
  secret: string,
  header: string | undefined,
  timestamp: string | undefined,
  body: Buffer,
  nowMs = Date.now(),
): SignatureCheck {
  if (!header || !timestamp)
    return { ok: false, reason: 'The X-Rebound-Signature and X-Rebound-Timestamp headers are required.' };
  if (!/^\d{1,12}$/.test(timestamp))
    return { ok: false, reason: 'X-Rebound-Timestamp must be Unix time in seconds.' };
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > WEBHOOK_MAX_SKEW_SECONDS) {
    return {
      ok: false,
      reason: 'The timestamp is more than five minutes away from our clock; sign the request again.',
    };
  }
  const expected = Buffer.from(signWebhookBody(secret, timestamp, body));
  const given = Buffer.from(header.trim());
  // Compared in constant time; the length check leaks nothing, every valid signature has the same length.
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, reason: 'The signature does not match this source.' };
  return { ok: true };
}

export function webhookSecretOf(box: SecretBox | undefined, source: WebhookSource): string | null {
  try {
    return openSourceSecrets(box, source).webhookSecret ?? null;
  } catch {
    return null;
  }
}
