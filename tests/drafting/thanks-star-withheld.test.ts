import { describe, expect, it } from 'vitest';
import { replyTo } from './happy-drafts.ts';

// "I'm leaving out one star because of their pick up process wasn't a fun experience": a four-star reviewer saying what
// cost the star, in words other than "took off a star". A note that thanks them for the sushi and says nothing of it
// reads as if the review was not read to the end.

const STAR_ANSWERED = /\b(?:cost the star|held back a star|kept it from full marks)\b/i;

describe('a star the reviewer says they are leaving out or holding back', () => {
  it('is answered', () => {
    for (const cue of ["I'm leaving out one star", 'I am holding back a star', 'I left off one star'])
      expect(
        replyTo(
          'restaurant',
          `Great sushi, always consistent and the trays look the same every time. ${cue} because of their pick up process wasn't a fun experience. I waited 15mins until someone finally acknowledged me.`,
          4,
        ),
      ).toMatch(STAR_ANSWERED);
  });

  it('is not read into a review that gives every star (near miss)', () => {
    expect(
      replyTo(
        'restaurant',
        "Great sushi, always consistent and the trays look the same every time. I'm leaving all five stars because the pick up was so quick.",
        5,
      ),
    ).not.toMatch(STAR_ANSWERED);
  });
});
