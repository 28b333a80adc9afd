import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

// A regular thanked for coming back time after time is not then asked back ("We would love to welcome you back") or
// in "next time you are nearby": the close says it once, in other words. A reviewer who tells of no visits before
// is still asked back.

const restaurant = judged('restaurant');
const lastSentence = (note: string): string =>
  note
    .trim()
    .split(/(?<=[.!?])\s+/)
    .pop() ?? '';
const ASKS_BACK = /\b(?:back|return|nearby|passing|ever|see you)\b/i;
const COUNT = 24;

describe('the close of a thanks to a regular', () => {
  it('never asks them back after thanking them for coming back', () => {
    const notes = everyWording(
      restaurant,
      'We come here every week and it never disappoints. The chicken livers are the best in town and Shelley always looks after us.',
      { rating: 5, count: COUNT },
    );
    const regular = notes.filter((note) =>
      /\b(?:again and again|keep (?:choosing|coming|returning)|time after time|familiar face|regulars?)\b/i.test(
        note,
      ),
    );
    expect(regular.length).toBeGreaterThan(COUNT / 3);
    expect(regular.map(lastSentence).filter((close) => ASKS_BACK.test(close))).toEqual([]);
  });

  it('near miss: still asks back a first-time diner', () => {
    const notes = everyWording(
      restaurant,
      'First time here tonight. The chicken livers were the best in town and Shelley looked after us well.',
      { rating: 5, count: COUNT },
    );
    expect(notes.map(lastSentence).filter((close) => ASKS_BACK.test(close)).length).toBeGreaterThan(0);
  });
});
