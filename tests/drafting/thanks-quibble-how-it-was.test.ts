import { readQuibble } from '@rebound/server/drafting/read-quibble';
import { describe, expect, it } from 'vitest';
import { replyTo } from './happy-drafts.ts';

// "I would say the one thing that is a drawback was how sweet my drink was": the reservation is named by the reviewer,
// as how the thing fell short. A note that thanks for the service and says nothing of the drink has not read it.

describe('a reservation told as how the thing was', () => {
  it('is read as the reviewer put it', () => {
    expect(
      readQuibble(
        'Great food. I would say the one thing that is a drawback was how sweet my drink was -- even with the ice melted.',
        null,
      ).noun,
    ).toBe('how sweet the drink was');
    expect(readQuibble('Lovely place. My only complaint is how slow the service was.', null).noun).toBe(
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
    expect(
      readQuibble('Everyone loved how fresh the bread was. Wonderful evening.', null).noun ?? '',
    ).not.toMatch(/how fresh/);
  });
});
