import { readQuibble } from '@rebound/server/drafting/read-quibble';
import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

// A booking muddled at the desk ("upon checking in they told me that I had one stay booked"), even one straightened
// out, is what cost a happy guest a star: the note is sorry for it rather than gushing past it.

const MIXUP =
  'I booked 2 separate days for my stay. Upon checking in they told me that I had one stay booked. It was annoying however we were able to straighten things out';

describe('a booking muddled at check-in', () => {
  it('is read as the quibble', () => {
    expect(readQuibble(MIXUP, null)).toMatchObject({ found: true, noun: 'the mix-up over your booking' });
    expect(
      readQuibble('Lovely rooms, but our reservation was lost and it took an hour to sort.', null),
    ).toMatchObject({
      found: true,
    });
  });

  it('is answered with a word of regret in the thank-you', () => {
    for (const draft of everyWording(judged('hotel'), MIXUP, { rating: 4, count: 6 }))
      expect(draft).toMatch(/sorry[^.]*mix-up over your booking/i);
  });

  it('near miss: a smooth check-in told with the booking is no mix-up', () => {
    expect(
      readQuibble(
        'Upon checking in they told me that breakfast is included with every booking. Great stay!',
        null,
      ).found,
    ).toBe(false);
    expect(readQuibble('Booking was easy and check in was quick. Lovely staff.', null).found).toBe(false);
  });
});
