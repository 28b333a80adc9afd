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
