import type { NormalizedReview, SourceKind } from '@rebound/shared';
import { canonicalUrl } from '../sources/canonical-url.ts';

/** Where a source reads from, for telling which platform a review id belongs to. */
export type SourceOrigin = { kind: SourceKind; url: string | null };

const platformOfKind: Partial<Record<SourceKind, string>> = {
  google: 'google',
  yelp: 'yelp',
  apple_json: 'apple',
  apple_atom: 'apple',
  app_store_connect: 'app_store_connect',
  google_play: 'google_play',
};

/**
 * When two sources of one organization show the same review, it is stored once. Two reviews are the same when:
 * 1. they come from the same platform and carry the same review id there. The platform is the API's (Google,
 *    Yelp, the App Store: both feed formats are one platform) or, for pages and feeds, the site's host name, so
 *    two pages of one site that list the same review id agree;
 * 2. failing an id, the review has an address of its own (not the polled page's), the same once spelled one way
 *    (canonicalUrl, but the fragment is kept: on many sites `#review-123` tells one review from another).
 * Sources that receive reviews (webhook, CSV) know no platform, so only their review addresses count. An address
 * several reviews of one batch share is a page, not a review, and says nothing (see `sameReviewKeys`).
 */
export function sameReviewKey(origin: SourceOrigin, item: NormalizedReview): string | null {
  const platform = platformOfKind[origin.kind] ?? siteOf(origin);
  if (platform && item.externalId) return `id:${platform}:${item.externalId}`;
  const address = reviewAddress(item.url);
  if (!address || !hasOwnAddress(origin, address)) return null;
  return `url:${address}`;
}

/**
 * A polled page's reviews often carry the page's own address; that names the page, not the review. A page read
 * from a relative address (the bundled demo) cannot be compared, so its review addresses are not used at all.
 */
function hasOwnAddress(origin: SourceOrigin, address: string): boolean {
  if (origin.kind === 'webhook' || origin.kind === 'csv') return true;
  const page = canonicalUrl(origin.url);
  return page !== null && page !== address;
}

/** Keys for a batch: an address shared by several reviews of the batch is dropped, as it names the page. */
export function sameReviewKeys(origin: SourceOrigin, items: NormalizedReview[]): (string | null)[] {
  const keys = items.map((item) => sameReviewKey(origin, item));
  const counts = new Map<string, number>();
  for (const k of keys) if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
  return keys.map((k) => (k && (counts.get(k) ?? 0) > 1 ? null : k));
}

function siteOf(origin: SourceOrigin): string | null {
  if (origin.kind === 'webhook' || origin.kind === 'csv' || !origin.url) return null;
  try {
    return new URL(origin.url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

function reviewAddress(url: string | null | undefined): string | null {
  const page = canonicalUrl(url);
  if (!page || !url) return null;
  const hash = url.indexOf('#');
  const fragment = hash >= 0 ? url.slice(hash + 1) : '';
  return fragment ? `${page}#${fragment}` : page;
}
