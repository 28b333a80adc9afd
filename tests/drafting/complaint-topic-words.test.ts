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
