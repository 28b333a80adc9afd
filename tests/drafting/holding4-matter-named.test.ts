import { describe, expect, it } from 'vitest';
import { holdingReplies } from './holding-helpers.ts';

// A holding reply to a damages or legal matter names the matter in neutral words where the review makes it plain:
// marks found on a car after the work ("paint chips around my windshield") are "the damage you describe to your car",
// and something paid for and never received is "what happened with the 4-year plan". Neither is conceded.

describe('a holding reply to a disputed damages or legal matter', () => {
  it('names marks found on the car after the work as the damage described', () => {
    const replies = holdingReplies(
      'auto',
      'Took my car in for a windshield. When I picked it up there were paint chips around my windshield and scratches to ' +
        'the interior. When I pointed it out, the guy called me a liar and told me to leave.',
    );
    for (const reply of replies) {
      expect(reply).toMatch(/\bthe damage you describe to your car\b/);
      expect(reply).not.toMatch(/\byour experience\b/);
    }
  });

  it('names what was paid for and never received', () => {
    const replies = holdingReplies(
      'electronics-store',
      'I paid for the extended service plan with my TV and never received the service plan. I have written three times ' +
        'with no answer. My next step is legal.',
    );
    for (const reply of replies) expect(reply).toMatch(/\bwhat happened with the service plan\b/);
  });
});

describe('a legal matter with nothing damaged or missing (near miss)', () => {
  it('names no damage and no missing thing', () => {
    const replies = holdingReplies(
      'electronics-store',
      'Your staff were rude to me at the counter and refused to answer my questions. My next step is legal.',
    );
    for (const reply of replies)
      expect(reply).not.toMatch(/\bdamage you describe\b|\bwhat happened with the\b/);
  });
});
