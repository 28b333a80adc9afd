import { triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';

const problemOf = (text: string) =>
  triageReview({ rating: 2, text }, { sectorGroup: 'food_hospitality' }).situation.problem;

// "The curtains had holes and were very dirty": what the thing had and what it was are one fault of one thing, told
// together; cut at "and", the reply would own the holes and pass over the dirt the reviewer dwelt on. A second thing
// after "and" ("and the shower was broken") is a fault of its own.
describe('a thing that had a fault and was in a bad state', () => {
  it('is told with both', () => {
    expect(problemOf('The curtains had holes and were very dirty. The view was great.')).toBe(
      'had holes and were very dirty',
    );
    expect(problemOf('The sofa had stains and was sticky.')).toBe('had stains and was sticky');
  });

  it('near miss: a second thing after "and" stays apart', () => {
    expect(problemOf('The carpet had stains and the shower was broken.')).toBe('had stains');
  });
});
