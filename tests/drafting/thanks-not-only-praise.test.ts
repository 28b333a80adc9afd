import { describe, expect, it } from 'vitest';
import { replyTo } from './happy-drafts.ts';

// "Not only do I no longer have hair, it is very inexpensive!" praises twice over, and "Do you find waxing too painful
// and expensive?" asks the review's readers: neither is a point against the business for the reply to take up.
describe('praise in a "not only" sentence, and questions put to the readers', () => {
  const text =
    'Do you hate shaving as much as I do? Do you find waxing too painful and expensive every 6-8 weeks? Go see Cindy. Not only do I no longer have hair, it is very inexpensive! I highly recommend her.';

  it('are not answered as a reservation', () => {
    const reply = replyTo('salon', text, 5);
    expect(reply).not.toMatch(/\b(?:point|cleanliness|prices?|fair|honest|candid)\b/i);
  });

  it('while a reservation said plainly still is (near miss)', () => {
    const reply = replyTo(
      'salon',
      'Lovely staff and a great cut. Only thing is the parking is a bit tight.',
      4,
    );
    expect(reply).toMatch(/\bparking\b/i);
  });
});
