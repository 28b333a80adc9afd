import { composeDraft } from '@rebound/server/drafting/index';
import { nameComplaints } from '@rebound/server/drafting/name-complaint';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

const hotel = judged('hotel');
/** Every wording the composer tries for one review, so a rule holds whichever is chosen. */
const drafts = (text: string, rating = 2): string[] => everyWording(hotel, text, { rating });

describe('a fault the reviewer shrugs off in the same breath', () => {
  const told =
    'At check-in the desk told us the king room we had paid a deposit on was gone, and the clerk got an attitude when we asked why. Bad check-in, but the room itself was nice and clean. It was loud, but hey, it is Vegas!';

  it('is not what the reply apologises for', () => {
    const { situation } = triageReview(
      { rating: 2, text: told, title: null },
      { sectorGroup: 'food_hospitality' },
    );
    expect(`${situation.item ?? ''} ${situation.problem ?? ''}`).not.toMatch(/loud/);
    for (const d of drafts(told)) expect(d).not.toMatch(/\bloud\b|\bnoise\b/);
    expect(
      nameComplaints(
        'The music was loud, but what do you expect on a Saturday night.',
        'food_hospitality',
      ).map((n) => n.clause),
    ).not.toContain('the music was far too loud');
  });

  it('still counts where the turn is a real complaint', () => {
    const { situation } = triageReview(
      { rating: 2, text: 'The room was loud all night, but the staff did nothing about it.', title: null },
      { sectorGroup: 'food_hospitality' },
    );
    expect(situation.problem).toMatch(/loud/);
  });
});

describe('a worn and dated restaurant', () => {
  it('is never called a property, which is a hotel’s word', () => {
    const restaurant = judged('restaurant');
    const text =
      'The decor has not been updated in twenty years and it looks like it is falling apart. The wings were drowned in sauce.';
    const r = { author: null, rating: 1, text, title: null };
    const triage = triageReview(r, { sectorGroup: sectorGroupOf(restaurant.sector) });
    for (const variant of [0, 1, 2, 3, 4, 5])
      expect(composeDraft(r, triage, restaurant, { variant }).text).not.toMatch(/\bproperty\b/);
    for (const named of nameComplaints(text, 'food_hospitality'))
      for (const wording of named.wordings) expect(wording).not.toMatch(/\bproperty\b/);
  });
});
