import { composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { bodyOf, sentencesOf } from './happy-drafts.ts';
import { judgedProfile } from './judged/profile.ts';

const shop = judgedProfile('electronics-store');

/** The last sentence of the thank-you a shop drafts for a product review, on a page of the given earlier notes. */
function closeOf(text: string, recent: string[] = []): string {
  const review = { author: null, rating: 5, text, title: null };
  const triage = triageReview(review, { sectorGroup: sectorGroupOf(shop.sector) });
  const draft = composeDraft(review, triage, shop, { recent });
  return sentencesOf(draft.text).at(-1) ?? bodyOf(draft.text);
}

const BACK_AGAIN = /\b(?:back|again|return)\b/i;

describe('a thank-you for goods bought at another shop', () => {
  it.each([
    'Great little mp3 player with good sound. I found this one at my local ToysRUs for $15 and it does everything I need.',
    'Picked these headphones up at Sears on sale. The sound is rich and they are comfortable for hours.',
    'Bought it at Kmart for my son. Easy to set up and the picture is sharp.',
    'Got mine at the dollar store and it still charges my phone just fine.',
  ])('asks the buyer in, never back or again: %s', (text) => {
    expect(closeOf(text)).not.toMatch(BACK_AGAIN);
  });

  it('may still ask back a buyer who names no other shop (near miss)', () => {
    const text =
      'Great little mp3 player with good sound. It does everything I need and the battery lasts for days.';
    const page: string[] = [];
    const closes: string[] = [];
    for (let i = 0; i < 8; i++) {
      const close = closeOf(text, page);
      closes.push(close);
      page.push(close);
    }
    expect(closes.some((c) => BACK_AGAIN.test(c))).toBe(true);
  });
});
