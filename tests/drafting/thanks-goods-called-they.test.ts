import { composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { judgedProfile } from './judged/profile.ts';

// Goods a thank-you has already called "they" ("how good they sound") are not "it" a line later: "Nice to know it is
// doing its job for you" after headphones told as "they" reads as two replies stitched together. Goods the reviewer
// calls "it" still get the lines that say "it".

const store = judgedProfile('electronics-store');
const sectorGroup = sectorGroupOf(store.sector);
const VARIANTS = 60;
// The product told as "it" in a line of its own.
const IT_OF_PRODUCT =
  /\bit (?:is doing|is working|has been|does exactly|turned out|is serving|does from)\b|\bits job\b/;

function notes(review: { text: string; title: string; itemName: string }): string[] {
  const asked = { author: null, rating: 4, ...review };
  const triage = triageReview(asked, { sectorGroup });
  return Array.from(
    { length: VARIANTS },
    (_, variant) => composeDraft(asked, triage, store, { variant }).text,
  );
}

describe('a thank-you for goods the reviewer calls "they"', () => {
  it('never turns them into "it" after calling them "they"', () => {
    const all = notes({
      text: 'I stretched them till they fit comfortably on my wide head. They sound great to my ear and I use them alot',
      title: 'Fits my fat head...',
      itemName: 'Koss KTX-Pro Portable Stereophone: Electronics',
    });
    const saidThey = all.filter((note) => /\bthey\b/i.test(note));
    expect(saidThey.length).toBeGreaterThan(VARIANTS / 4);
    expect(saidThey.filter((note) => IT_OF_PRODUCT.test(note))).toEqual([]);
  });

  it('still says "it" of goods the reviewer calls "it"', () => {
    const all = notes({
      text: 'It fits comfortably even on my wide head. It sounds great to my ear and I use it a lot.',
      title: 'Fits my head',
      itemName: 'Koss KTX-Pro Portable Stereophone: Electronics',
    });
    expect(all.filter((note) => IT_OF_PRODUCT.test(note)).length).toBeGreaterThan(0);
  });
});
