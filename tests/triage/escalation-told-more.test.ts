import { triageReview } from '@rebound/server/triage/index';
import type { SectorGroup } from '@rebound/shared';
import { describe, expect, it } from 'vitest';

const reasonsFor = (text: string, sectorGroup: SectorGroup = 'retail', rating = 1) =>
  triageReview({ rating, text }, { sectorGroup }).escalation.reasons;

describe('goods whose heat left another device dead', () => {
  it.each([
    'I used this cord in the car for three hours. When I unplugged my player it was incredibly hot, and now it will not start. I tried a reset, but the player is toast.',
    'The charger got extremely hot and fried my phone.',
    'After an hour the adapter was too hot to touch. It killed my laptop.',
  ])('is held for the owner: %s', (text) => {
    expect(reasonsFor(text)).toContain('equipment_failure_risk');
  });

  it.each([
    'My laptop gets a little warm on my knees but works fine.',
    'This is the hottest new gadget of the year, but the battery died in a week.',
    'The adapter runs very hot and shuts down after an hour.',
    'It was a very hot day at the beach and my phone died, but the case held up.',
    'The player never gets hot, even after hours of use, though the screen is dim.',
  ])('is an ordinary complaint (near miss): %s', (text) => {
    expect(reasonsFor(text)).not.toContain('equipment_failure_risk');
  });
});
