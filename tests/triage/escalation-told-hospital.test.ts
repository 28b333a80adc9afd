import { triageReview } from '@rebound/server/triage/index';
import type { SectorGroup } from '@rebound/shared';
import { describe, expect, it } from 'vitest';

const reasonsFor = (text: string, sectorGroup: SectorGroup = 'food_hospitality', rating = 1) =>
  triageReview({ rating, text }, { sectorGroup }).escalation.reasons;

describe('a hospital or urgent care visit is an injury only where the review tells what sent them there', () => {
  it.each([
    [
      'a clinic reviewed as the place itself',
      'Worst urgent care I have visited. Their receptionist was rude and the doctor left after two minutes.',
      1,
    ],
    [
      'a hospital recommended as advice',
      'Lovely shop with great frames. If it is serious you should go to hospital first, then book an eye test here after.',
      5,
    ],
    [
      'a visit the staff spared them',
      'The nurse fit my son in the same day rather than send us to urgent care. Their staff are so kind.',
      5,
    ],
    [
      'a regular visitor',
      'Sadly I am there often, to the ER and the surgery center. Their staff are kind.',
      4,
    ],
  ])('%s is not escalated', (_label, text, rating) => {
    expect(reasonsFor(text, 'food_hospitality', rating)).not.toContain('injury');
  });

  it.each([
    ['after the meal', 'We ate the fish here and my husband ended up in the ER that night.'],
    ['after a fall', 'My mother slipped on the wet floor by the door. We had to take her to urgent care.'],
  ])('a trip to hospital %s is still escalated', (_label, text) => {
    expect(triageReview({ rating: 1, text }, { sectorGroup: 'food_hospitality' }).escalation.escalate).toBe(
      true,
    );
  });
});

describe('an injury the reviewer came in with is not harm done by the business', () => {
  it('a foot injury the doctor treated is not escalated', () => {
    expect(
      reasonsFor(
        'I came down with an acute foot injury before the race. The doctor fit me in and knows sports injuries well.',
        'food_hospitality',
        5,
      ),
    ).not.toContain('injury');
  });

  it('an injury suffered on the premises is still escalated', () => {
    expect(reasonsFor('The shelf fell on me and I was injured badly enough to see a doctor.')).toContain(
      'injury',
    );
  });
});
