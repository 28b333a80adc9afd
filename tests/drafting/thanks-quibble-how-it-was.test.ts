import { readQuibble } from '@rebound/server/drafting/read-quibble';
import { describe, expect, it } from 'vitest';
import { replyTo } from './happy-drafts.ts';

// "I would say the one thing that is a drawback was how sweet my drink was": the reservation is named by the reviewer,
// as how the thing fell short. A note that thanks for the service and says nothing of the drink has not read it.

/** The thing a happy review's reservation names, or null. */
const nounOf = (text: string): string | null => {
  const quibble = readQuibble(text, null);
  return quibble.found ? quibble.noun : null;
};

describe('a reservation told as how the thing was', () => {
  it('is read as the reviewer put it', () => {
    expect(
      nounOf(
        'Great food. I would say the one thing that is a drawback was how sweet my drink was -- even with the ice melted.',
      ),
    ).toBe('how sweet the drink was');
    expect(nounOf('Lovely place. My only complaint is how slow the service was.')).toBe(
      'how slow the service was',
    );
  });

  it('is answered in the note', () => {
    expect(
      replyTo(
        'restaurant',
        'The food is amazing and the servers are very knowledgeable. I would say the one thing that is a drawback was how sweet my drink was.',
        5,
      ),
    ).toMatch(/how sweet the drink was/);
  });

  it('is not made of a "how" that praises (near miss)', () => {
    expect(nounOf('Everyone loved how fresh the bread was. Wonderful evening.') ?? '').not.toMatch(
      /how fresh/,
    );
  });
});
