import { triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';

// Under one or two stars, a review of nothing but praise is read as a slip of the stars; a praise word that only sets
// the scene of a fault ("grainy even in good light") is no praise, so such a review stays unhappy.

const stanceOf = (rating: number, text: string) =>
  triageReview({ rating, text }, { sectorGroup: 'retail' }).situation.stance;

describe('praise that only sets the scene of a fault', () => {
  it('leaves a one-star review of faults unhappy', () => {
    expect(
      stanceOf(
        1,
        'The webcam picture is grainy even in good light and the microphone picks up a constant hum.',
      ),
    ).toBe('unhappy');
    expect(
      stanceOf(2, 'The signal drops out every few minutes even with fresh batteries in both units.'),
    ).toBe('unhappy');
  });

  it('still reads one star over plain praise as a slip', () => {
    expect(
      stanceOf(1, 'Works great and the picture is sharp. Excellent value and very easy to set up.'),
    ).toBe('happy_with_quibble');
  });
});
