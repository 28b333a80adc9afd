import { composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { body, judged } from './remedy-helpers.ts';

// A shop that hands a product's praise on to its buyer names a pair of headphones as "them" or by name, never "it".

const shop = judged('electronics-store');
const page = ['Hi Jo,\n\nThe whole shop likes hearing how things get on once they are home.\n\n— Nina'];

const drafts = (text: string, itemName: string): string[] => {
  const r = { author: null, rating: 5, text, title: null, itemName };
  const triage = triageReview(r, { sectorGroup: sectorGroupOf(shop.sector) });
  return Array.from({ length: 12 }, (_, variant) =>
    body(composeDraft(r, triage, shop, { variant, recent: page }).text),
  );
};

describe('the buyer is told of a product in the right number', () => {
  it('never says "chose it" or "it was worth stocking" of headphones', () => {
    const all = drafts(
      'Works exactly as advertised - I fly a lot and can finally rest on long trips. Worth the "relatively" high price.',
      'Acme QC 20 Noise Cancelling Headphones: Electronics',
    );
    expect(all.some((d) => /buyer|stock/.test(d))).toBe(true);
    for (const d of all) expect(d).not.toMatch(/\bchose it\b|\bit was worth stocking\b|about it\b/);
  });

  it('still says "it" of a single product already named', () => {
    const all = drafts(
      'Works exactly as advertised - I fly a lot and can finally rest on long trips. Worth the "relatively" high price.',
      'Acme TR 20 Travel Router: Electronics',
    );
    expect(all.some((d) => /\bchose it\b|\bit was worth stocking\b|about it\b/.test(d))).toBe(true);
  });
});
