import { triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';

const reasons = (text: string) =>
  triageReview({ rating: 1, text }, { sectorGroup: 'food_hospitality' }).escalation.reasons;

describe('diners who say they were all or both sick after a meal', () => {
  it.each([
    'My husband and I were both sick all night after the fish tacos.',
    'We were all ill the next day after the buffet.',
  ])('are held as a food illness: %s', (text) => {
    expect(reasons(text)).toContain('food_poisoning');
  });

  it.each([
    'We were both sick of waiting by the time the fish tacos came.',
    'We were all so hungry after the hike, and the tacos were cold.',
  ])('are not read into near misses: %s', (text) => {
    expect(reasons(text)).not.toContain('food_poisoning');
  });
});
