import { triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';

const problemOf = (text: string) =>
  triageReview({ rating: 1, text }, { sectorGroup: 'retail' }).situation.problem;

// A fault that shows only somewhere, or only some of the time, keeps that with it: "doesn't work" alone overstates it.
describe('a fault told with where or how often it shows', () => {
  it('keeps the place or condition it shows in', () => {
    expect(problemOf('This receiver doesn’t work in rural areas. A cheap radio does better.')).toBe(
      'doesn’t work in rural areas'.replace('’', "'"),
    );
    expect(problemOf('The heater does not work in cold weather, which is when I need it.')).toBe(
      'does not work in cold weather',
    );
  });

  it('is told as unreliable when it failed some of the time', () => {
    expect(
      problemOf(
        'I returned the mouse because 3 out of 4 times I tried to make a right click, it would not work.',
      ),
    ).toBe('would not work reliably');
    expect(problemOf('The remote does not work half the time, so I gave up on it.')).toBe(
      'does not work reliably',
    );
  });

  it('leaves a fault told plainly as it is', () => {
    expect(problemOf('The mouse would not work at all, even after new batteries.')).toBe(
      'would not work at all',
    );
    expect(problemOf('The receiver does not work. I returned it.')).toBe('does not work');
  });
});
