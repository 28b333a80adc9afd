import { triageReview } from '@rebound/server/triage/index';
import type { SectorGroup } from '@rebound/shared';
import { describe, expect, it } from 'vitest';

// A groomer is drafted with a beauty profile, which falls in the health group, beside vets.
const triage = (text: string, sectorGroup: SectorGroup = 'health') =>
  triageReview({ rating: 1, text }, { sectorGroup });

describe("a pet hurt in a groomer's, kennel's or sitter's care", () => {
  it.each([
    "At the grooming salon I paid extra to have my dog's nails ground down. They missed a whole paw, and now I'm paying a $400 vet bill because one of the nails broke from being too long.",
    'Picked up our cat from boarding and ended up with a vet bill of $250 for the sores on her neck.',
    'The groomer rushed. One of her nails was broken and bleeding when we got home.',
    "Never again at this groomer's. They quicked him so badly that two of his nails were torn off.",
  ])('is held for the owner as an injury: %s', (text) => {
    const result = triage(text);
    expect(result.escalation.escalate).toBe(true);
    expect(result.situation.incidents).toContain('injury');
  });

  it.each([
    ['The groom cost more than a vet bill, and the cut was uneven.', 'health'],
    ['Our dog came home fluffy and happy from grooming, but the wait to pick her up was an hour.', 'health'],
    [
      'The dog sitter was lovely and kept to the routine. Our only other cost that month was the vet bill for his yearly shots.',
      'health',
    ],
    [
      'My nail broke at the gym, so I booked a grooming appointment for the dog instead and it was late.',
      'health',
    ],
    ['My dog needed a dental cleaning and the vet bill was far higher than quoted.', 'health'],
  ] as const)('is not read into near misses: %s', (text, sectorGroup) => {
    expect(triage(text, sectorGroup).escalation.escalate).toBe(false);
  });
});

describe('a pet that hurt itself and was brought in for it', () => {
  it('is no injury done in our care: the refusal to see it is a service complaint', () => {
    const text =
      'Our dog injured herself and I wanted someone to take five minutes to look at the wound. The front desk said there was no way anyone could see my pet, so we went to another vet.';
    const result = triage(text);
    expect(result.escalation.escalate).toBe(false);
    expect(result.situation.incidents).not.toContain('injury');
  });

  it('is still held for the owner when the pet was hurt while with us (near miss)', () => {
    const text =
      'Our dog hurt herself on a loose wire in your kennel run, and when we picked her up her leg was cut and bleeding.';
    expect(triage(text).escalation.escalate).toBe(true);
  });
});
