import { composeDraft } from '@rebound/server/drafting/index';
import { triageOptionsFor } from '@rebound/server/services/reviews/triage-options';
import { triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { loadMultiDomain } from '../triage/load-sentiment-data.ts';
import { bodyOf, draftPage } from './happy-drafts.ts';
import { judgedProfile } from './judged/profile.ts';

const shop = judgedProfile('electronics-store');
const REVIEWS = [
  'These headphones sound great and the battery lasts all week. I recommend them.',
  'The charger works well and charges my phone fast.',
  'Easy to set up router and the signal reaches the whole house. Highly recommended.',
  'The camera takes sharp photos and is light enough to carry all day.',
  'Great speakers for the price, clear sound and deep bass. I would recommend them to anyone.',
  'The mouse is comfortable and accurate. I recommend it.',
  'Bought this tablet for my dad and he loves it.',
  'The cables arrived quickly and work perfectly.',
  'Lovely bright screen on this monitor, and the stand is sturdy. Recommended.',
  'The memory card is fast and was a good deal.',
  'This keyboard is quiet and the keys feel solid. I have recommended it to friends.',
  'Great little radio, good reception and the batteries last for ages.',
];

// Stock shapes a reader of a shop's page hears as one line whatever fills them.
const SHAPES: ReadonlyArray<readonly [string, RegExp]> = [
  ['a thanks tacked on after a semicolon', /[;,] thank you\.(?=\s|$)/],
  ['the recommendation taken as a compliment', /\brecommend(?:ation|ing|ed)?\b|\bvote of confidence\b/i],
  ['an opening exclamation', /(?:^|[.!?]\s+)What an?\b/],
];

describe('a page of thank-you notes from a shop', () => {
  const page = draftPage(
    shop,
    REVIEWS.map((text) => ({ text })),
  ).map(bodyOf);

  it.each(SHAPES)('says %s in no two notes of ten', (_, shape) => {
    const at = page.flatMap((reply, i) => (shape.test(reply) ? [i] : []));
    for (let k = 1; k < at.length; k++)
      expect((at[k] ?? 0) - (at[k - 1] ?? 0), page.join('\n')).toBeGreaterThan(10);
  });

  it('still thanks every reviewer and answers the recommendations somewhere on the page (near miss)', () => {
    for (const reply of page)
      expect(reply).toMatch(
        /\bthank|\bgrateful\b|\bglad you\b|\b(?:kind|good) of you\b|\bgenerous\b|\bappreciat/i,
      );
    expect(page.some((reply) => /\brecommend/i.test(reply))).toBe(true);
  });

  it('never opens two sentences of one note alike ("Knowing… Knowing…")', () => {
    for (const reply of page) {
      const openers = reply.split(/(?<=[.!?])\s+/).map((s) => s.split(/\s+/)[0]);
      for (const word of ['Knowing', 'Hearing', 'Seeing', 'Reading'])
        expect(openers.filter((o) => o === word).length, reply).toBeLessThan(2);
    }
  });
});

describe('a note read alone', () => {
  // Real five-star reviews whose notes once opened two sentences on "Hearing…".
  const reviews = loadMultiDomain('electronics_positive.review');
  it.each([63, 907])('opens no two sentences on one shape (electronics positive #%i)', (i) => {
    const r = reviews[i];
    if (!r) throw new Error(`no review ${i}`);
    const review = {
      author: r.reviewer ?? null,
      rating: r.rating,
      text: r.text,
      title: r.title,
      itemName: r.productName,
    };
    const triage = triageReview(review, triageOptionsFor(shop));
    const openers = bodyOf(composeDraft(review, triage, shop, { recent: [] }).text)
      .split(/(?<=[.!?])\s+/)
      .map((s) => s.split(/\s+/)[0]);
    expect(openers.filter((o) => o === 'Hearing' || o === 'Knowing').length).toBeLessThan(2);
  });
});
