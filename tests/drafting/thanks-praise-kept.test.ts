import { readPraise } from '@rebound/server/drafting/thanks-praise';
import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

// What a happy reviewer praised is named: a thing they said they had with no article ("they had live music which was
// just awesome"), and a dish praised in a review whose point (a health word) may not be told back.

describe('a thing praised after "had" with no article', () => {
  it('is read as praised', () => {
    expect(readPraise('Came on a Friday night and they had live music which was just awesome.')).toEqual([
      expect.objectContaining({ subject: 'the live music', strong: true }),
    ]);
    expect(readPraise('Great rooms with balconies which were spacious.').map((p) => p.subject)).toContain(
      'the balconies',
    );
  });

  it('reads no thing from an article, a pronoun or "some" after "had" (near miss)', () => {
    expect(readPraise('We had some which was nice.')).toEqual([]);
    expect(readPraise('We had it which was fine.')).toEqual([]);
  });
});

describe('a dish praised beside a point that names a health matter', () => {
  const text =
    'Overall, a great experience. The duck was exquisite. We had the tasting menu. They failed to ask about any ' +
    'food allergies however, which is surprising for a restaurant of this calibre.';
  const drafts = everyWording(judged('restaurant'), text, { rating: 4, count: 6 });

  it('still names the dish, and welcomes the point without its words', () => {
    for (const draft of drafts) {
      expect(draft).toMatch(/\bthe duck\b/);
      expect(draft).not.toMatch(/allerg/i);
    }
    expect(drafts.some((d) => /frank comment|honest comment/.test(d))).toBe(true);
  });

  it('tells back a point with no health word as before (near miss)', () => {
    const plain = everyWording(
      judged('restaurant'),
      'Overall, a great experience. The duck was exquisite. The only downside was that the music was too loud.',
      { rating: 4, count: 6 },
    );
    expect(plain.some((d) => /\bthe duck\b/.test(d))).toBe(true);
    expect(plain.some((d) => /\bmusic\b|\bnoise\b/.test(d))).toBe(true);
  });
});

describe('praise of a hotel spa', () => {
  const drafts = everyWording(
    judged('hotel'),
    'Had a great time in town. The hotel was easy to find and quite lovely, especially the spa!!',
    { rating: 4, count: 8 },
  );

  it('is handed to the spa team, never to maintenance', () => {
    for (const draft of drafts) expect(draft).not.toMatch(/maintenance/);
    expect(drafts.some((d) => /the spa team/.test(d))).toBe(true);
  });

  it('leaves a broken lift to maintenance (near miss)', () => {
    const lift = everyWording(
      judged('hotel'),
      'Lovely room and a great breakfast. The only downside was that the elevators were out of order.',
      { rating: 4, count: 8 },
    );
    expect(lift.some((d) => /maintenance/.test(d))).toBe(true);
  });
});
