import { describe, expect, it } from 'vitest';
import { draftFor, judged, localNegative } from './remedy-helpers.ts';

// "The menu is so tiny there's really nothing to eat that looks good. The food is awful and not worth the money!": the
// grievance is the food. An apology "that the menu was so tiny" answers a side point and leaves the food unanswered.

const firstSentence = (reply: string): string => reply.split(/(?<=[.!?])\s/)[0] ?? '';

describe('a small menu beside bad food', () => {
  it('leaves the apology on the food', () => {
    const text = localNegative(268);
    expect(text).toMatch(/menu is so tiny/);
    const opening = firstSentence(draftFor(judged('restaurant'), text));
    expect(opening).toMatch(/\bfood\b/);
    expect(opening).not.toMatch(/\bmenu\b/);
  });

  it('still names the menu where it is the grievance (near miss)', () => {
    const reply = draftFor(
      judged('restaurant'),
      'The menu was so tiny that there was nothing I wanted to order. We left without eating.',
    );
    expect(firstSentence(reply)).toMatch(/\bmenu\b/);
  });
});
