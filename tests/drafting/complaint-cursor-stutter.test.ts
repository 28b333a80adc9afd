import { describe, expect, it } from 'vitest';
import { replyToGoods, storedReplyWhere } from './device-helpers.ts';

// A mouse pad under which "the curser" stutters, or that "tracks poorly", is answered on the tracking, spelt as
// meant; a pad that tracks perfectly is not.

const TRACKING = /\bcursor would not track smoothly\b/;

describe('a mouse pad the cursor stutters on', () => {
  it('is named, the misspelt cursor read as meant', () => {
    expect(storedReplyWhere(/causes the curser to sort of stutter/)).toMatch(TRACKING);
  });

  it('is named where the pad "tracks poorly"', () => {
    expect(
      replyToGoods(
        'This pad tracks poorly with my optical mouse. Back to my old one.',
        'Gaming Mouse Pad',
        2,
      ),
    ).toMatch(TRACKING);
  });

  it('near miss: a pad that tracks perfectly is not faulted for it', () => {
    expect(
      replyToGoods(
        'The mouse tracks perfectly on it, but the rubber base peeled off in a week.',
        'Gaming Mouse Pad',
        2,
      ),
    ).not.toMatch(TRACKING);
  });
});
