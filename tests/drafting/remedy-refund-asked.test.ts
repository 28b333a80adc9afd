import { composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { loadMultiDomain } from '../triage/load-sentiment-data.ts';
import { judgedProfile } from './judged/profile.ts';

// "Would not recommend the product unless there is a way I can get a refund or an exchange" and "Refused to refund or
// replace even though the product is clearly defective": both ask for the money back, and a reply that only promises
// to "look into it", or offers the replacement the shop already refused, does not answer them.
const store = judgedProfile('electronics-store');
const situationOf = (text: string) => triageReview({ rating: 1, text }, { sectorGroup: 'retail' }).situation;
const asks = (text: string) => situationOf(text).asks;
const negatives = loadMultiDomain('electronics_negative.review');
const realReview = (pattern: RegExp) => {
  const r = negatives.find((x) => pattern.test(x.text));
  if (!r) throw new Error(`no review matches ${pattern}`);
  return r;
};
const draftOf = (r: ReturnType<typeof realReview>) => {
  const review = { author: null, rating: r.rating, text: r.text, title: r.title, itemName: r.productName };
  const triage = triageReview(review, { sectorGroup: sectorGroupOf(store.sector) });
  return composeDraft(review, triage, store, { recent: [] }).text;
};

describe('a buyer who asks for their money back in other words', () => {
  it('is read as asking for a refund', () => {
    expect(
      asks('Bad card. Would not recommend it unless there is a way I can get a refund or an exchange.'),
    ).toContain('refund');
    expect(
      asks('The battery died. They refused to refund or replace it even though it is defective.'),
    ).toContain('refund');
  });

  it('is not read so where no money is asked for (near miss)', () => {
    expect(asks('There is no way I could get this to work with my laptop.')).not.toContain('refund');
    expect(asks('They offered to refund or replace it, and I took the replacement.')).not.toContain('refund');
  });

  it('is offered the refund in the reply to the real reviews', () => {
    const card = draftOf(realReview(/a way I can get a refund or an exchange/));
    expect(card).toMatch(/\brefund\b/);
    expect(card).not.toMatch(/\blook into it\b/);
    const battery = draftOf(realReview(/Refused to refund or replace/));
    expect(battery).toMatch(/\b(?:money back|refund)\b/);
    expect(battery).not.toMatch(/\breplacement\b/);
  });
});

// "Throughly frustrated, it was in the mail being returned less than 8 hours after I received it": the goods are on
// their way back, so the reply sees the refund for the return home rather than offering a refund afresh.
describe('goods already in the mail back to the shop', () => {
  it('are read as returned', () => {
    expect(
      situationOf(
        'Throughly frustrated, it was in the mail being returned less than 8 hours after I received it.',
      ).priorActions,
    ).toContain('returned');
  });

  it('are not read so where what is in the mail is the replacement (near miss)', () => {
    expect(
      situationOf('The first one died. The replacement is in the mail, being sent by the maker.')
        .priorActions,
    ).not.toContain('returned');
  });

  it('get the refund for the return chased in the reply to the real review', () => {
    const reply = draftOf(realReview(/it was in the mail being returned/));
    expect(reply).toMatch(/\brefund for your return\b/);
  });
});
