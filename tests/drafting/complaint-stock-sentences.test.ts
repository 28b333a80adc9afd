import { readFileSync } from 'node:fs';
import path from 'node:path';
import { composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { loadMultiDomain } from '../triage/load-sentiment-data.ts';
import { judged, type Profile } from './remedy-helpers.ts';

// Sentences a reader of a business's page takes for a form: an apology that names nothing, an offer whose label is
// pasted into a frame ("I will get a partial refund for the affected nights started for you"), a promise to fix with
// nothing to fix it with, a stated fault that exclaims ("The bass was so weak, which falls short of the standard we
// set"). None of them is written, whatever the review.

const negatives = readFileSync(
  path.resolve(import.meta.dirname, '../../../shared/data/reviews_local/negative.jsonl'),
  'utf8',
)
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as { rating: number; text: string })
  .filter((r) => r.rating <= 2);

const devices = loadMultiDomain('electronics_negative.review');

type Stored = { rating: number; text: string; title?: string | null };

/** One business's page of replies to stored unhappy reviews, each drafted seeing the ones before. */
function page(profile: Profile, reviews: readonly Stored[]): string[] {
  const recent: string[] = [];
  const sectorGroup = sectorGroupOf(profile.sector);
  for (const [i, { rating, text, title }] of reviews.entries()) {
    const r = { author: null, rating, text, title: title ?? null, externalId: `stock-${i}` };
    recent.push(composeDraft(r, triageReview(r, { sectorGroup }), profile, { recent }).text);
  }
  return recent;
}

const STOCK = [
  /\bstarted for you\b/,
  /\bI regret that we disappointed you\b/,
  /\bwhich falls short of the standard we set\b/,
  /\bfix it with you\b/,
  /\bhear the details and fix it\b/,
  /\btake this on personally and get it resolved\b/,
  /\bGive me a chance to fix it\b/,
  // A fault stated flat, in the reviewer's exclaiming words: "The sound was so poor, and that …".
  /^(?:The|Your) [^.;]*\b(?:so|such)\b[^.;]*, (?:and that|which)\b/m,
];

describe('a page of replies to unhappy reviewers', () => {
  const pages = [
    ...page(judged('restaurant'), negatives.slice(0, 60)),
    ...page(judged('hotel'), negatives.slice(60, 120)),
    ...page(judged('shop'), negatives.slice(120, 180)),
    ...page(judged('salon'), negatives.slice(180, 240)),
    ...page(judged('electronics-store'), devices.slice(0, 200)),
  ];

  it('carries none of the stock sentences that name nothing', () => {
    for (const pattern of STOCK) expect(pages.filter((reply) => pattern.test(reply))).toEqual([]);
  });

  it('still offers the business’s remedies and a talk where nothing else fits', () => {
    expect(pages.filter((reply) => /\brefund\b/i.test(reply)).length).toBeGreaterThan(10);
    expect(pages.filter((reply) => /\b(?:talk|sort it out|speak)\b/i.test(reply)).length).toBeGreaterThan(5);
  });
});
