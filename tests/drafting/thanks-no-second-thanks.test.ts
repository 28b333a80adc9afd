import { readFileSync } from 'node:fs';
import path from 'node:path';
import { composeDraft, RECENT_REPLIES } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { asDraftReview, loadMultiDomain } from '../triage/load-sentiment-data.ts';
import { judged } from './remedy-helpers.ts';

const localPositives = readFileSync(
  path.resolve(import.meta.dirname, '../../../shared/data/reviews_local/positive.jsonl'),
  'utf8',
)
  .split('\n')
  .filter((line) => line.trim().length > 0)
  .map((line) => JSON.parse(line) as { rating: number; text: string; business_kind: string | null });

/** The sentences of a note's body that thank the reviewer. */
const thanksIn = (reply: string): string[] =>
  (reply.split('\n\n—')[0] ?? '').split(/(?<=[.!?])\s+/).filter((s) => /\bthank/i.test(s));

/** A page of notes drafted in turn for one business, each with the page so far as its recent replies. */
function page(
  profile: ReturnType<typeof judged>,
  reviews: { rating: number; text: string; itemName?: string | null }[],
) {
  const replies: string[] = [];
  for (const [i, r] of reviews.entries()) {
    const review = { author: null, title: null, externalId: `once-${i}`, ...r };
    const triage = triageReview(review, { sectorGroup: sectorGroupOf(profile.sector) });
    replies.push(composeDraft(review, triage, profile, { recent: replies.slice(-RECENT_REPLIES) }).text);
  }
  return replies;
}

describe('a happy note thanks the reviewer once', () => {
  it('a shop note to an owner who recommends the product does not thank them again for recommending it', () => {
    const recommending = loadMultiDomain('electronics_positive.review')
      .filter((r) => /\brecommend/i.test(r.text))
      .slice(0, 120)
      .map(asDraftReview);
    const replies = page(judged('electronics-store'), recommending);
    expect(replies.filter((r) => /\bpassing the word on\b/.test(r)).length).toBeGreaterThan(0);
    for (const reply of replies) expect(thanksIn(reply).length, reply).toBeLessThanOrEqual(1);
  });

  it('a note for a birthday or a party is glad to have been chosen, with no second thanks', () => {
    const occasions = localPositives
      .filter((r) => r.business_kind === 'restaurant' && /\b(?:birthday|anniversary)\b/i.test(r.text))
      .slice(0, 40);
    const replies = page(judged('restaurant'), occasions);
    expect(replies.some((r) => /\bchose us for\b/.test(r))).toBe(true);
    for (const reply of replies.filter((r) => /\bchose us for\b/.test(r)))
      expect(thanksIn(reply).length, reply).toBeLessThanOrEqual(1);
  });
});
