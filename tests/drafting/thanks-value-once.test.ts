import { splitSentences } from '@rebound/server/triage/situation/sentences';
import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

const store = judged('electronics-store');
const VALUE = /\b(?:buy|value|money|worth)\b/i;

describe('a note that thanks for the value says it once', () => {
  it('never follows "how good a buy it is" with "such a good buy"', () => {
    const text =
      'I bought the Transcend 1 GByte card for my PDA. My Axim x51v immediately recognized it and is working flawless for the past few weeks. I am planning to get the 4GB model too.';
    for (const reply of everyWording(store, text, {
      rating: 5,
      title: 'Very good for the price',
      count: 8,
    })) {
      const said = splitSentences(reply).filter(({ text }) => VALUE.test(text));
      expect(said.length, reply).toBeLessThanOrEqual(1);
    }
  });

  it('still says it is a good buy where nothing else in the note weighs the price (near miss)', () => {
    const text = 'Works as it should and the case is sturdy. Does what I needed.';
    const replies = everyWording(store, text, { rating: 5, count: 12 });
    expect(replies.some((reply) => VALUE.test(reply))).toBe(true);
  });
});

describe('a point the reviewer raised is thanked for without a "too" that leans on nothing', () => {
  it('says "too" in a line about their point only straight after a thanks', async () => {
    const tw = await import('@rebound/server/drafting/thanks-wording');
    for (const line of [...tw.quibbleNotOurs, ...tw.quibbleClauseNotOurs])
      if (/\btoo\b/.test(line)) expect(line).toMatch(/^(?:Thank you|Thanks) too\b/);
  });
});
