import { describe, expect, it } from 'vitest';
import { loadMultiDomain } from '../triage/load-sentiment-data.ts';
import { everyWording, judged } from './remedy-helpers.ts';

// A CD player that "often fails to read the CD", which support at last agreed "was not working": "I apologise that it
// so often would not read your discs, and that the CD player was not working as well" says one fault twice, the
// second time vaguer. The reply names how the CD player failed, once.

const store = judged('electronics-store');
const review = loadMultiDomain('electronics_negative.review').find((r) =>
  r.text.includes('get them to agree that their CD player was not working'),
);

describe('a fault told, and then said to be "not working"', () => {
  it('is apologised for once, as the fault told, of the item by name', () => {
    expect(review).toBeDefined();
    const replies = everyWording(store, review?.text ?? '', { rating: 1, title: review?.title ?? null });
    for (const reply of replies) {
      expect(reply).toMatch(
        /the CD player kept failing to read your discs|the CD player so often would not read/,
      );
      expect(reply).not.toMatch(/was not working/);
    }
  });
});
