import { triageReview } from '@rebound/server/triage/index';
import type { SectorGroup } from '@rebound/shared';
import { describe, expect, it } from 'vitest';

const reasonsFor = (text: string, sectorGroup: SectorGroup, rating = 1) =>
  triageReview({ rating, text }, { sectorGroup }).escalation.reasons;

describe("damage to the customer's other property, told with a cost or a claim", () => {
  it.each<[SectorGroup, string]>([
    [
      'retail',
      'This charger fried my laptop within a week. The repair shop quoted $600 and the seller will not answer.',
    ],
    ['retail', 'The adapter shorted out and damaged my camera. I expect them to pay for the repair.'],
    [
      'trades_repairs',
      'The movers broke my dining table and gouged the hardwood floors, and the company refuses to cover the damage.',
    ],
    [
      'trades_repairs',
      'My car came back from the body shop with two new dents on the door. Their insurance will not pay for it.',
    ],
    ['health', "The stylist's dye stained my coat and she would not pay for the dry cleaning."],
    [
      'food_hospitality',
      'The server spilled a whole glass of red wine all over my dress and they refused to pay for cleaning it.',
    ],
  ])('is held for the owner (%s): %s', (sectorGroup, text) => {
    expect(reasonsFor(text, sectorGroup)).toContain('legal_threat');
  });

  it.each<[SectorGroup, string]>([
    ['retail', 'The charger itself broke after two days and I paid $30 for it. Cheap junk.'],
    ['retail', 'This app killed my battery life, so I paid for the premium version for nothing.'],
    ['food_hospitality', 'The way the manager spoke to my mother broke my heart. We paid $90 for that meal.'],
    [
      'retail',
      'The box was damaged when it arrived and the toaster inside did not work, so I had to pay to return it.',
    ],
    [
      'retail',
      'I dropped it and cracked my phone myself, so I had to buy a new one for $300. The case was no help.',
    ],
    [
      'trades_repairs',
      'Our previous movers broke my table and never paid for it; this crew was careful and cost $400.',
    ],
  ])('is not read into near misses (%s): %s', (sectorGroup, text) => {
    expect(reasonsFor(text, sectorGroup)).not.toContain('legal_threat');
  });
});
