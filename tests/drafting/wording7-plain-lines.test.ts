import * as t from '@rebound/server/drafting/templates';
import { describe, expect, it } from 'vitest';
import { everyWording, judged } from './remedy-helpers.ts';

// Lines readers marked as stock or vague: "This is not how we want anyone to leave us" opening a reply that names
// nothing, and "I will gladly see it put right with you".

describe('plain lines for a complaint named in general words', () => {
  it("are sorry for the guest's time with us, not for how we want anyone to leave", () => {
    for (const line of t.ackGeneralVisit) expect(line).not.toMatch(/leave us/);
    const replies = everyWording(judged('hotel'), 'Not a good stay at all. Would not come back.', {
      count: 24,
    });
    for (const reply of replies) expect(reply).not.toMatch(/leave us/);
    // Near miss: a stay is still answered as a stay someone had with us.
    expect(replies.some((r) => /your time with us|your (?:stay|visit)/.test(r))).toBe(true);
  });

  it('offer to put it right without "gladly see it put right with you"', () => {
    for (const pool of Object.values(t.joinedCall))
      for (const line of pool) expect(line).not.toMatch(/gladly see it put right/);
    // Near miss: the pool still offers to put it right.
    expect(t.joinedCall.fix.some((line) => /put it right/.test(line))).toBe(true);
  });
});

describe('a practice answering in general words', () => {
  it('never says "your time with us", which would confirm a patient was seen', () => {
    const replies = everyWording(judged('medical'), 'Terrible experience. Would not recommend to anyone.', {
      count: 30,
    });
    for (const reply of replies) expect(reply).not.toMatch(/your time with us/);
    // Near miss: the practice still apologises in general words.
    expect(replies.some((r) => /sorry|apologi[sz]e/i.test(r))).toBe(true);
  });
});

describe('what a practice says of what already happened', () => {
  const text =
    'I have been a patient here for years. The receptionist was rude to me again and I complained at the desk, but nothing changed.';
  const PRIOR =
    /earlier visits|come back to us before|to a regular|at the time|on the spot|while you were still with us|did come back to you/;

  it('never confirms a visit, a complaint at the desk or a reply', () => {
    for (const reply of everyWording(judged('medical'), text, { count: 24 }))
      expect(reply).not.toMatch(PRIOR);
  });

  it('is still said by a restaurant to a regular (near miss)', () => {
    const replies = everyWording(
      judged('restaurant'),
      'I have been coming here for years. The server was rude to me tonight and I complained to the manager, but nothing changed.',
      { count: 24 },
    );
    expect(replies.some((r) => PRIOR.test(r))).toBe(true);
  });
});
