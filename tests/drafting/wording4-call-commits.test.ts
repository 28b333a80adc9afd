import { describe, expect, it } from 'vitest';
import * as t from '../../server/src/drafting/templates.ts';
import { everyWording, judged, localNegative } from './remedy-helpers.ts';

// Where no ready remedy fits and the reply offers a call to put things right, what follows the reviewer's message is
// a promise to put it right or to answer, never one to say later what might be done ("you will know within a day
// what I can do", "I will come back with what I propose", "a way forward"), nor a request that the reviewer name the
// remedy ("Tell me what would help most").

const DEFERS =
  /\bwhat I can do\b(?! is)|\bwhat can be done\b|\bwhat I propose\b|\ba way forward\b|\bwhat would help\b/i;

describe('a call offered to put a complaint right', () => {
  // Real reviews answered with such a call: a hotel's pool rules left unenforced, keys locked in a car at a garage,
  // a rushed manicure that did not last.
  const cases = [
    ['hotel', 35],
    ['auto', 52],
    ['salon', 427],
  ] as const;

  it.each(cases)('promises to act, not to say later what can be done (%s, line %i)', (name, line) => {
    const replies = everyWording(judged(name), localNegative(line), { rating: 1, count: 40 });
    for (const reply of replies) expect(reply, reply).not.toMatch(DEFERS);
  });

  it('is worded, in every form the composer has, without putting the remedy back on the reviewer', () => {
    const wordings = [...t.callToFix, ...t.callActFix, ...t.joinedCall.fix, ...t.callToHear];
    for (const wording of wordings) expect(wording).not.toMatch(DEFERS);
  });
});

describe('a call to hear the reviewer out (near miss)', () => {
  it('still asks to talk it over', () => {
    const replies = everyWording(judged('hotel'), localNegative(35), { rating: 1, count: 40 });
    expect(replies.some((reply) => /\b(?:talk|speak|a word with you|go through it)\b/i.test(reply))).toBe(
      true,
    );
  });
});

// A remark that makes light of the reviewer's trouble ("I would have been annoyed too") reads as flip beside an
// apology; every opening apology says what we owed instead.
describe('the opening apology', () => {
  it('never shrugs the trouble off as an annoyance anyone would share', () => {
    for (const wording of [...t.ackClause, ...t.ackTwo, ...t.ackAlso])
      expect(wording).not.toMatch(/\bannoyed too\b|\bannoy anyone\b/i);
  });
});
