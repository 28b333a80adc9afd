import { describe, expect, it } from 'vitest';
import { triageReview } from '../../server/src/triage/index.ts';
import { cleanNounPhrase } from '../../server/src/triage/situation/describe-complaint.ts';

describe('a fault told in the present right after the part', () => {
  it.each([
    ['extendable arm breaks', 'the extendable arm'],
    ['water tank leaks', 'the water tank'],
    ['lid snaps', 'the lid'],
  ])('ends the name of the part: %j', (raw, item) => {
    expect(cleanNounPhrase(raw)).toBe(item);
  });

  it('is never read as the thing that "they" stands for', () => {
    const situation = triageReview(
      {
        rating: 1,
        title: 'Broke very easily',
        text: 'The extendable arm breaks very easily. I had two of them and they both broke within the first month.',
      },
      { sectorGroup: 'retail' },
    ).situation;
    expect(situation.item ?? '').not.toMatch(/breaks/);
  });

  it.each([
    ['brake pads', 'the brake pads'],
    ['leaks', 'the leaks'],
  ])('a noun that looks like a verb is kept (near miss): %j', (raw, item) => {
    expect(cleanNounPhrase(raw)).toBe(item);
  });
});
