import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

// A thank-you does not rate a purchase higher than the reviewer did, nor name a meal they never had: a doubt the
// reviewer keeps ("still not very confident with it", "it looks flimsy") rules out "a good match" and "a keeper", and
// a hotel's review that only tells of the bar and the restaurants nearby is answered as a visit.

const happy = (profile: string, text: string, rating = 5, count = 40) =>
  everyWording(judged(profile), text, { rating, count });

const OVERSTATED =
  /money well spent|good choice|right choice|picked well|smart move|good buy|worth the money|a keeper|just the ticket|good match|won you over|working so well/i;

describe('a doubt the reviewer still has', () => {
  it('is not answered with a line that calls the purchase a sure success', () => {
    const drafts = happy(
      'electronics-store',
      'The best laptop lock around, but I am still not very confident with it. It looks flimsy, though better than the rest.',
      4,
      60,
    );
    for (const draft of drafts) expect(draft).not.toMatch(OVERSTATED);
  });

  it('leaves plain praise free to be answered warmly (near miss)', () => {
    const drafts = happy(
      'electronics-store',
      'The best laptop lock around. It is solid and I am very confident with it.',
      4,
      60,
    );
    expect(drafts.some((draft) => OVERSTATED.test(draft))).toBe(true);
  });
});

describe('a hotel review on a restaurant page that tells of places to eat nearby', () => {
  it('is not thanked for a meal', () => {
    const drafts = happy(
      'restaurant',
      'This hotel is in a great spot with easy entry from the main road. There is a grill and bar in the same lot, and a sandwich shop past the petrol station has excellent food. The hotel is close to plenty of restaurants and the rooms were quiet.',
      4,
    );
    for (const draft of drafts) expect(draft).not.toMatch(/\bmeal\b/i);
  });

  it('is still thanked for a meal when the review is about one (near miss)', () => {
    const drafts = happy(
      'restaurant',
      'Lovely dinner at the bar. The food was excellent and the staff were friendly. We had the steak and a good bottle of wine.',
      5,
    );
    expect(drafts.some((draft) => /\bmeal\b/i.test(draft))).toBe(true);
  });
});
