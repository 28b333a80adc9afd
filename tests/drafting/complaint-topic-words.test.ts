import { complaintTopic } from '@rebound/server/drafting/complaint-topic';
import { criticalClauses } from '@rebound/server/triage/situation/clauses';
import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

const store = judged('electronics-store');

const topicOf = (text: string) => complaintTopic(criticalClauses(text), [], []);

describe('a comparison is never the subject the apology names', () => {
  it.each([
    'I bought two more as gifts. The real difference is the new radios are unable to tune stations as well as the old ones.',
    'They look the same outside. The main difference is the new batch is unable to hold a charge for a day.',
    'Same box, same price. The big difference is these are unable to stay paired for more than an hour.',
  ])('%s', (text) => {
    expect(topicOf(text) ?? '').not.toMatch(/difference/);
    for (const reply of everyWording(store, text)) expect(reply).not.toMatch(/\bdifference\b/i);
  });

  it('still names a plain subject that went wrong', () => {
    expect(topicOf('The hinge broke within a week.')).toBe('the hinge');
  });
});

describe('words that only point at the fault are not told back', () => {
  it.each([
    [
      'The real difference is the new radios are unable to tune stations as well as the old ones.',
      /the new radios are unable to tune/,
    ],
    ['Nice looking case. The problem is that the zipper broke after a week of gentle use.', /\bbroke\b/],
  ])('%s', (text, told) => {
    const replies = everyWording(store, text);
    expect(replies.some((reply) => told.test(reply))).toBe(true);
    for (const reply of replies) expect(reply).not.toMatch(/\b(?:difference|problem) (?:is|was)\b/i);
  });
});

describe('"ones" stands for a thing named elsewhere and is never told back as the fault', () => {
  it('leaves "the cheap ones" of a recommendation unnamed and still names a cheap part', async () => {
    const { toldFaults } = await import('@rebound/server/drafting/told-aspects');
    const advice =
      'The pricey cables look no better on my TV than the ones at half the price. Save yourself the money and buy the cheap ones.';
    expect(toldFaults(advice, 'retail') ?? '').not.toMatch(/\bones\b/);
    for (const reply of everyWording(store, advice, { rating: 2 }))
      expect(reply).not.toMatch(/\bthe ones\b/i);
    expect(toldFaults('The hinge was flimsy and the lid was loose.', 'retail')).toMatch(/hinge/);
  });
});
