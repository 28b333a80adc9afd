import { describe, expect, it } from 'vitest';
import { replyTo } from './happy-drafts.ts';

// A fault the reviewer weighs and finds worth it in the same breath ("service is a bit slow, but it is totally worth
// the wait") is taken back: the thanks does not apologise for it. Said without the weighing, it is a quibble to own.

const SORRY_FOR_WAIT = /\b(?:sorry|apologi[sz]e)\b[^.]*\bwait\b/i;

describe('a wait the reviewer found worth it', () => {
  it('is never apologised for', () => {
    const reply = replyTo(
      'restaurant',
      'Solid sandwiches, good quality meats and interesting creations. Though service is a bit slow for a sandwich shop, it is totally worth the wait. Their servings are massive. Totally worth another visit.',
      4,
    );
    expect(reply).toMatch(/\bsandwich/);
    expect(reply).not.toMatch(SORRY_FOR_WAIT);
  });

  it('is owned where the reviewer leaves it standing', () => {
    const reply = replyTo(
      'restaurant',
      'Solid sandwiches, good quality meats and interesting creations. Service is a bit slow for a sandwich shop, and we waited a while at the counter. Their servings are massive.',
      4,
    );
    expect(reply).toMatch(/\b(?:sorry|apologi[sz]e)\b[^.]*\b(?:wait|slow)/i);
  });
});
