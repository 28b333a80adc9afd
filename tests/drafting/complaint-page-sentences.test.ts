import { composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { sentencesOf } from './happy-drafts.ts';
import { judgedProfile } from './judged/profile.ts';

// A reader takes a business's replies as one page: a sentence said word for word in two replies of twenty reads as a
// form ("Should anything about it still be outstanding, I will see to it myself" in two replies to returned goods).
// Contact details aside, which every reply must give.

const CONTACT = /\(555\)|@|\.example\b/;
const ownSentences = (reply: string): string[] => sentencesOf(reply).filter((s) => !CONTACT.test(s));

// Goods already returned and the money already back, each review telling the whole story: nothing is left to put
// right, so each reply says what will be done with what the buyer told us.
const SETTLED = [
  'The speaker crackled from day one. I returned it and got a full refund, but what a waste of an afternoon.',
  'The router dropped the connection every hour. Sent it back and the refund came through last week.',
  'The headphones broke at the hinge within a month. I returned them and was refunded, so I am done with this brand.',
  'The charger got hot and stopped working after two days. I took it back to the store and got my money back.',
  'The keyboard had three dead keys out of the box. Returned it for a refund, which arrived quickly.',
  'The webcam would not focus at all. I sent it back and got my money back, but I wasted a week.',
  'The mouse double-clicked on every press after a fortnight. I returned it and received a refund.',
  'The tablet case cracked the first time I closed it. Returned it, got refunded, bought another brand.',
];

describe("an electronics shop's page of replies to buyers already refunded", () => {
  it('says no sentence word for word in two of them', () => {
    const profile = judgedProfile('electronics-store');
    const page: string[] = [];
    for (const text of SETTLED) {
      const review = { author: null, rating: 1, text, title: null };
      const triage = triageReview(review, { sectorGroup: sectorGroupOf(profile.sector) });
      page.push(composeDraft(review, triage, profile, { recent: [...page] }).text);
    }
    const repeated: string[] = [];
    page.forEach((reply, i) => {
      const earlier = new Set(page.slice(0, i).flatMap(ownSentences));
      for (const s of ownSentences(reply)) if (earlier.has(s)) repeated.push(s);
    });
    expect(repeated).toEqual([]);
  });
});
