import { composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { judgedProfile } from './judged/profile.ts';

// A buyer who says they bought the goods from another seller is never told "you bought it from us"; which sellers
// count, and which words do not, is tested with the reading itself (remedy-other-seller.test.ts).

const profileOf = judgedProfile;

/** Each review drafted in turn for one business, as its page would hold them. */
function page(kind: string, reviews: readonly string[]): string[] {
  const profile = profileOf(kind);
  const recent: string[] = [];
  return reviews.map((text) => {
    const review = { author: null, rating: 1, text };
    const triage = triageReview(review, { sectorGroup: sectorGroupOf(profile.sector) });
    const draft = composeDraft(review, triage, profile, { recent: [...recent] }).text;
    recent.push(draft);
    return draft;
  });
}

describe('goods bought from another seller', () => {
  const ELSEWHERE = [
    'I bought this card from an other website and it does not work in my phone. The description is misleading.',
    'I bought these discs at CompUSA while I waited for my online order. Only one in five burned; the rest are coasters.',
    'Got this charger at OfficeDepot and the plug broke off after a week.',
    'I got this from JnR and the remote stopped working within a month. The maker will not answer.',
    'Bought mine at cpenusa.com. The software crashes every time and the maker has no fix.',
    'Ordered from Amazon; the drive died after two weeks and the maker wants me to pay shipping.',
    'Purchased it at a big box store and the headphones broke at the hinge in a month. Poorly made.',
    'I bought my card reader elsewhere and it will not read any card. Useless.',
    'Ordered this one overseas and the charger died in a week.',
  ];

  it('is never told it was bought from us', () => {
    for (const reply of [
      ...page('electronics-store', ELSEWHERE),
      ...page('electronics-store', ELSEWHERE.slice(1)),
    ])
      expect(reply).not.toMatch(/\bbought it from us\b/);
  });

  it('is offered help with the maker, not our refund, however the other seller is told', () => {
    const [unnamed, abroad] = page('electronics-store', ELSEWHERE.slice(-2));
    for (const reply of [unnamed, abroad]) {
      expect(reply).toMatch(/\bmaker\b/);
      expect(reply).not.toMatch(/\b(?:refund|replacement)\b/);
    }
  });

  it('leaves goods bought from us with our own remedy', () => {
    const [ours] = page('electronics-store', [
      'I bought my card reader here and it will not read any card. Useless from day one.',
    ]);
    expect(ours).not.toMatch(/\bmaker\b/);
  });
});
