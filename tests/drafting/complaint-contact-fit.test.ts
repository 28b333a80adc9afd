import { readFileSync } from 'node:fs';
import path from 'node:path';
import { composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { judgedProfile } from './judged/profile.ts';

// What a reply's contact line asks fits the reviewer. A reply whose offer waits for the reviewer to write ("as soon as
// you write") gives a way to write: a page that mixes phone-only contact lines in never leaves such a reply with the
// phone alone (drafted in sequence on real restaurant reviews, as the business's page would hold them). A shopper
// whose visit ended without a sale is asked for no receipt.

const profileOf = judgedProfile;
const local = readFileSync(
  path.resolve(import.meta.dirname, '../../../shared/data/reviews_local/negative.jsonl'),
  'utf8',
)
  .split('\n')
  .filter((line) => line.trim().length > 0)
  .map((line) => JSON.parse(line) as { rating: number; text: string; business_kind?: string });

describe('an offer that waits for their message', () => {
  it('always comes with a way to write', () => {
    const profile = profileOf('restaurant');
    const recent: string[] = [];
    const restaurants = local.filter((r) => r.business_kind === 'restaurant').slice(0, 80);
    expect(restaurants.length).toBeGreaterThan(40);
    for (const r of restaurants) {
      const review = { author: null, rating: r.rating, text: r.text };
      const triage = triageReview(review, { sectorGroup: sectorGroupOf(profile.sector) });
      const reply = composeDraft(review, triage, profile, { recent: [...recent] }).text;
      recent.push(reply);
      if (/\b(?:as soon as|once|when) you write\b/i.test(reply))
        expect(reply).toContain(profile.contactEmail);
    }
    // The page does mix phone-only lines in, so the rule is tried.
    expect(recent.some((reply) => !reply.includes(profile.contactEmail))).toBe(true);
  });
});

describe('the detail asked of a shopper', () => {
  const shop = profileOf('shop');
  const before = `I am sorry the lamp flickered. Call me on ${shop.contactPhone} or email ${shop.contactEmail}.\n\n— Sam`;
  const draft = (text: string): string => {
    const review = { author: null, rating: 2, text };
    const triage = triageReview(review, { sectorGroup: sectorGroupOf(shop.sector) });
    return composeDraft(review, triage, shop, { recent: [before] }).text;
  };

  it('is no receipt where the visit ended without a sale', () => {
    expect(
      draft(
        'We were just looking at sofas. The furniture was poor quality and overpriced, and the cushions were already torn. Took our money elsewhere.',
      ),
    ).not.toMatch(/\breceipt\b|\border number\b/);
  });

  it('is the receipt or order number where the goods were bought', () => {
    expect(
      draft('The lamp I bought here flickers and the shade arrived dented. Poor quality furniture too.'),
    ).toMatch(/\breceipt or order number\b/);
  });
});
