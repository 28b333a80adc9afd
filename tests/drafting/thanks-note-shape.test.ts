import { type BusinessProfile, composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { bodyOf, sentencesOf } from './happy-drafts.ts';
import { loadProfile } from './sample-drafts.ts';

const reply = (profile: BusinessProfile, text: string, variant = 0): string => {
  const review = { author: null, rating: 5, text, title: null };
  return composeDraft(review, triageReview(review, { sectorGroup: sectorGroupOf(profile.sector) }), profile, {
    variant,
  }).text;
};

describe('one thank-you note', () => {
  it('thanks a person the reviewer named with a title by the title too', () => {
    const vet = loadProfile('vet');
    const text =
      'I have finally found the perfect fit with Dr. Roach and his team. He is kind and explains everything, and the hospital is clean and modern.';
    const drafts = [0, 1, 2, 3, 4, 5].map((variant) => reply(vet, text, variant));
    const naming = drafts.filter((d) => /Roach/.test(d));
    expect(naming.length).toBeGreaterThan(0);
    for (const draft of naming) expect(draft).toMatch(/Dr\. Roach/);
  });

  it('never opens two of its sentences with the same words', () => {
    const hotel = loadProfile('hotel');
    const texts = [
      'Not many options where I needed to stay for work, but this hotel was nice. Fairly updated and the staff was friendly.',
      'Clean room and a comfy bed. Easy to get to, right off the interstate.',
      'The breakfast was tasty and the pool was lovely. Would stay again.',
    ];
    for (const text of texts)
      for (const variant of [0, 1, 2, 3, 4, 5, 6, 7]) {
        const openers = sentencesOf(bodyOf(reply(hotel, text, variant))).map((s) =>
          s.toLowerCase().split(/\s+/).slice(0, 3).join(' '),
        );
        expect(new Set(openers).size).toBe(openers.length);
      }
  });
});

describe('the invitation back', () => {
  const restaurant = loadProfile('restaurant');
  const bakery = loadProfile('bakery');
  const lastSentence = (draft: string): string => sentencesOf(bodyOf(draft)).at(-1) ?? '';

  it('asks a delivery customer to order again only where the meal came to the door', () => {
    const delivered = [0, 1, 2, 3].map((v) =>
      lastSentence(
        reply(restaurant, 'We ordered delivery through Uber Eats and the curry arrived hot. Delicious.', v),
      ),
    );
    expect(delivered.some((line) => /order|doorstep/i.test(line))).toBe(true);
    const dinedIn = [0, 1, 2, 3].map((v) =>
      lastSentence(
        reply(
          restaurant,
          'Lovely dinner, the waiter delivered the pasta to our table piping hot. Great wine.',
          v,
        ),
      ),
    );
    for (const line of dinedIn) expect(line).not.toMatch(/order|doorstep/i);
  });

  it('never invites a bakery customer back for a meal or a table', () => {
    for (const v of [0, 1, 2, 3, 4, 5]) {
      const draft = reply(bakery, 'The cupcakes were beautiful and tasted even better. Lovely staff.', v);
      expect(lastSentence(draft)).not.toMatch(/meal|table|seat|menu|appetite|hungry|feed/i);
    }
  });
});
