import { type BusinessProfile, composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { loadProfile } from './sample-drafts.ts';

type Review = { author: string | null; rating: number; text: string; title?: string | null };
const replyTo = (profile: BusinessProfile, text: string, rating = 5, title: string | null = null): string => {
  const r: Review = { author: null, rating, text, title };
  return composeDraft(r, triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) }), profile, {
    recent: [],
  }).text;
};

const store = loadProfile('electronics');
const shop = loadProfile('shop');
const restaurant = loadProfile('restaurant');
const STOCK_QUIBBLE = /honest points|candid parts|balanced view|less glowing|taken on board/;

describe('a thank-you never answers a quibble with a stock line', () => {
  it.each([
    [
      shop,
      'I returned a lamp without a receipt and the clerk refunded me in full. I felt a little guilty, honestly. Great store!',
      5,
    ],
    [
      restaurant,
      'Lovely food and a warm room. Sadly the cake tasted like it had been sitting out for a while, so four stars.',
      4,
    ],
    [store, 'Great mouse, comfortable and precise. Cons: no drivers for Mac, which is a shame.', 4],
  ])('%#', (profile, text, rating) => {
    expect(replyTo(profile, text, rating)).not.toMatch(STOCK_QUIBBLE);
  });
});

describe('a product with a fault the reviewer found is not wished a long life', () => {
  it.each([
    'The remote works well and the back-lit buttons are great, but the power button has a defect and sticks.',
    'Lovely screen and solid weight. The only problem is the charger, which stopped working after a week.',
    'Good sound for the money. The downside is the cable is too short.',
  ])('%#', (text) => {
    for (const title of [null, 'Good buy', 'Nearly perfect', 'Four stars']) {
      expect(replyTo(store, text, 4, title)).not.toMatch(
        /many more years|for years|keep(?:s)? working|going strong|long while/,
      );
    }
  });
});

describe('a thank-you claims no referral and no wrong kind of product', () => {
  it.each([
    'I would recommend this binder to anyone with a big CD collection.',
    'Highly recommend. Holds all my discs and the pages turn easily.',
    'Recommended by a friend, and it is as good as they said.',
  ])('%#', (text) => {
    for (const title of [null, 'Great', 'Does the job', 'Five stars']) {
      expect(replyTo(store, text, 5, title)).not.toMatch(
        /sending friends|point(?:ed|ing)? others our way|another gadget/i,
      );
    }
  });
});
