import type { NormalizedReview } from '@rebound/shared';
import { reviewFingerprint } from '../../sources/normalize.ts';

export function dedupeKeyOf(r: NormalizedReview): string {
  return r.externalId ? `x:${r.externalId}` : `h:${reviewFingerprint(r)}`;
}
