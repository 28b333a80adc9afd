import { composeDraft } from '@rebound/server/drafting/index';
import { productPraise } from '@rebound/server/drafting/thanks-praise';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { body, judged } from './remedy-helpers.ts';

// A product praised only for its price, for doing its job, or for how easy the set-up was is thanked for that, not
// with a line that names the product alone ("read about the card").

const shop = judged('electronics-store');
const hows = (text: string, title: string | null = null, product: string | null = 'the card'): string[] =>
  productPraise(text, title, product).map((p) => p.how ?? '');

const drafts = (text: string, title: string | null, itemName: string | null, rating = 5): string[] => {
  const r = { author: null, rating, text, title, itemName };
  const triage = triageReview(r, { sectorGroup: sectorGroupOf(shop.sector) });
  return Array.from({ length: 6 }, (_, variant) => body(composeDraft(r, triage, shop, { variant }).text));
};

describe('the price praised as the point of the review', () => {
  it('reads "great value for your money" and "worth the extra money"', () => {
    expect(hows('Great value for your money. This brand has always been dependable.')).toEqual([
      'good value the card is',
    ]);
    // Worth the extra money says it cost more and earned it: told as worth the money, never as costing little.
    expect(hows('It is worth the extra money if you shoot a lot of photos.')).toEqual([
      'worth the money the card is',
    ]);
  });

  it('names the value in the reply', () => {
    for (const d of drafts(
      'Great value for your money. This brand has always been dependable and so is this one.',
      'Memory card review',
      'Acme 512 MB Secure Digital Card',
    ))
      expect(d).toMatch(/\bgood value\b|\bgood a buy\b/);
  });

  it('leaves the price to a later line when a part was praised', () => {
    expect(hows('The sound is wonderful and it was a great price.', null, 'the speakers')).toEqual([]);
  });

  it('never reads the name of a store or a price faulted as praise of the value', () => {
    expect(hows('I bought one at Best Buy first, then this one because it looks so cool.')).toEqual([]);
    expect(hows('Good price, though the seller is charging more than the maker does.')).toEqual([]);
    expect(hows('You can get it direct for less, so this is not really a great deal.')).toEqual([]);
  });
});

describe('plain praise that it does its job, or was easy to set up', () => {
  it('reads "it does the job" in the reviewer\'s own measure', () => {
    expect(hows('Not much to say about a hub other than it does the job.', null, 'the hub')).toEqual([
      'well the hub does the job',
    ]);
  });

  it('does not read "a good job of blocking noise" as the whole product doing its job', () => {
    expect(
      hows('They do a good job of blocking out external noise on the train.', null, 'the headphones'),
    ).toEqual([]);
  });

  it('reads "set up was easy" as ease of set-up, but not "set up was easy once I found the manual"', () => {
    expect(
      hows('Our new player is wonderful. Set up was easy and it records too.', null, 'the player'),
    ).toEqual(['easy the player is to set up']);
    expect(hows('Set up was easy once I found the manual online.', null, 'the player')).toEqual([]);
  });
});
