import type { SectorGroup } from '@rebound/shared';
import { describe, expect, it } from 'vitest';
import { themeTaxonomyFor, triageReview } from '../../server/src/triage/index.ts';

const triage = (group: SectorGroup, rating: number, text: string) =>
  triageReview({ rating, text }, { sectorGroup: group, taxonomy: themeTaxonomyFor(group) });

describe('an escalated review is counted under what made it one', () => {
  it('files an illness after a meal under food, ahead of the price also mentioned', () => {
    const t = triage(
      'food_hospitality',
      1,
      'We paid $80 for dinner and it was overpriced. My husband became very sick after eating the salmon salad and was up all night vomiting.',
    );
    expect(t.situation.incidents).toContain('food_poisoning');
    expect(t.themes[0]).toBe('food');
    expect(t.themes).toContain('price');
  });

  it('files a pet cut at a groomer under the work, not only the price', () => {
    const t = triage(
      'trades_repairs',
      1,
      'They charged $90 for a groom. My dog came home with a large cut behind the ear and was nicked in the groin.',
    );
    expect(t.situation.incidents).toContain('injury');
    expect(t.themes[0]).toBe('workmanship');
  });

  it('files bare-handed food handling under cleanliness beside the wait', () => {
    const t = triage(
      'food_hospitality',
      2,
      'Waited 30 minutes for a smoothie. I saw the worker putting nuts in with bare hands, no gloves.',
    );
    expect(t.situation.incidents).toContain('hygiene');
    expect(t.themes).toEqual(expect.arrayContaining(['cleanliness', 'wait']));
  });

  it('adds nothing to a review with no incident', () => {
    const t = triage(
      'food_hospitality',
      2,
      'The soup was cold and the bill was far too high for what we got.',
    );
    expect(t.situation.incidents).toEqual([]);
    expect(t.themes).not.toContain('safety');
    expect(t.themes).not.toContain('cleanliness');
  });
});
