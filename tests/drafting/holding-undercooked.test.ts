import { triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { judged } from './remedy-helpers.ts';
import { draftFor } from './sample-drafts.ts';

const restaurant = judged('restaurant');
const incidentsOf = (text: string): string[] =>
  triageReview({ rating: 1, text }, { sectorGroup: 'food_hospitality' }).situation.incidents;

describe('shellfish or poultry served raw', () => {
  const text =
    'The caesar salad was drenched in dressing and the shrimp was raw in some parts and not cleaned in others. The chicken main was overcooked and we waited an hour for the bill.';

  it('is a food-safety matter, answered with a holding reply about how the kitchen cooks', () => {
    expect(incidentsOf(text)).toContain('food_safety');
    const draft = draftFor(restaurant, text, 1);
    expect(draft.kind).toBe('holding');
    expect(draft.text).toMatch(/undercooked food you/);
    expect(draft.text).not.toMatch(/\bdates?\b|\brefund\b|\bon us\b/i);
  });

  it('is not read from fish meant raw, oysters, or raw chicken handled in the kitchen (near miss)', () => {
    expect(
      incidentsOf('The tuna was raw and beautifully fresh, and the oysters were raw and briny.'),
    ).toEqual([]);
    expect(incidentsOf('The cook chopped the raw chicken on the board next to our bread.')).not.toContain(
      'food_safety',
    );
  });
});
