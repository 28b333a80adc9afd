import { fetchDocument } from '../../net/fetch-document.ts';
import type { WebhookResult } from './deliver-alert.ts';

/**
 * An outgoing webhook goes through the guarded fetch like any user-given address: no private networks unless
 * FETCH_ALLOW_LIST says so, no redirects (a redirect would turn our POST into someone else's GET), a short deadline.
 */
export function createWebhookPoster(allowList: string[]) {
  return async (url: string, body: string, headers: Record<string, string>): Promise<WebhookResult> => {
    const outcome = await fetchDocument(url, {
      method: 'POST',
      body,
      headers,
      allowList,
      respectRobots: false,
      maxRedirects: 0,
      timeoutMs: 10_000,
      maxBytes: 64 * 1024,
    });
    return outcome.ok ? { ok: true } : { ok: false, message: outcome.error.message };
  };
}
