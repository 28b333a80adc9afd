import { GbpError } from './errors.ts';
import type { GbpLocation } from './types.ts';

// Ids are opaque to us; refusing separators and dot segments keeps a bad id from reaching another path.
const safeSegment = /^[A-Za-z0-9_\-~.]+$/;
const reviewNamePattern = /^accounts\/([^/]+)\/locations\/([^/]+)\/reviews\/([^/]+)$/;

function checkSegment(value: string, label: string): string {
  if (!safeSegment.test(value) || value === '.' || value === '..') {
    throw new GbpError('invalid', `The Google ${label} id is not valid`);
  }
  return value;
}

export function gbpReviewsPath(loc: GbpLocation): string {
  return `accounts/${checkSegment(loc.accountId, 'account')}/locations/${checkSegment(loc.locationId, 'location')}/reviews`;
}

/** `accounts/{a}/locations/{l}/reviews/{r}`, the resource name replies are addressed to. */
export function gbpReviewName(loc: GbpLocation, reviewId: string): string {
  return `${gbpReviewsPath(loc)}/${checkSegment(reviewId, 'review')}`;
}

/** Validates a review resource name before it becomes part of a URL. */
export function checkReviewName(name: string): string {
  const match = reviewNamePattern.exec(name);
  if (!match)
    throw new GbpError('invalid', 'The Google review name must look like accounts/…/locations/…/reviews/…');
  checkSegment(match[1] ?? '', 'account');
  checkSegment(match[2] ?? '', 'location');
  checkSegment(match[3] ?? '', 'review');
  return name;
}

export function gbpUrl(apiBaseUrl: string, path: string, query?: URLSearchParams): string {
  const base = apiBaseUrl.replace(/\/+$/, '');
  const search = query && [...query.keys()].length > 0 ? `?${query.toString()}` : '';
  return `${base}/v4/${path}${search}`;
}
