import type { SourceKind } from '@rebound/shared';
import { canonicalUrl } from './canonical-url.ts';
import type { StoredSourceConfig } from './source-config.ts';

export type Watched = { kind: SourceKind; url: string | null; config: StoredSourceConfig };

/**
 * What a source watches, as keys two sources share exactly when they would read the same reviews: the page's
 * canonical address, and the platform's own id of the business (an App Store app in a country through either
 * feed format, a Yelp business, a Google location).
 */
export function watchedKeys({ kind, url, config }: Watched): string[] {
  const keys: string[] = [];
  // Webhook and CSV sources receive what they are sent: their address (if any) is not something they watch.
  if (kind === 'webhook' || kind === 'csv') return keys;
  const page = canonicalUrl(url);
  if (page) keys.push(`url:${page}`);
  if ((kind === 'apple_json' || kind === 'apple_atom') && config.appId)
    keys.push(`apple:${config.appId}:${(config.country ?? 'us').toLowerCase()}`);
  if (kind === 'yelp' && config.businessId) keys.push(`yelp:${config.businessId}`);
  if (kind === 'google' && config.googleLocationId) keys.push(`google:${config.googleLocationId}`);
  if (kind === 'app_store_connect' && config.appId) keys.push(`app_store_connect:${config.appId}`);
  if (kind === 'google_play' && config.packageName) keys.push(`google_play:${config.packageName}`);
  return keys;
}
