import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The provider signs each webhook with `X-Twilio-Signature`: base64 of HMAC-SHA1, keyed by the account's
 * auth token, over the full URL it called followed by every POST parameter as name + value, names sorted.
 * Written from the documented algorithm rather than the vendor SDK, which would bring in its whole REST client.
 */
export function computeSmsSignature(authToken: string, url: string, params: Record<string, string>): string {
  const data = Object.keys(params)
    .sort()
    .reduce((acc, name) => acc + name + (params[name] ?? ''), url);
  return createHmac('sha1', authToken).update(data, 'utf8').digest('base64');
}

export function isValidSmsSignature(
  authToken: string,
  url: string,
  params: Record<string, string>,
  signature: string | null | undefined,
): boolean {
  if (!signature) return false;
  const expected = Buffer.from(computeSmsSignature(authToken, url, params));
  const given = Buffer.from(signature);
  // Compared in constant time so a forger learns nothing from how long a wrong guess took.
  return expected.length === given.length && timingSafeEqual(expected, given);
}
