import { themeSentencesFor } from '@rebound/server/drafting/theme-words';
import { describe, expect, it } from 'vitest';
import { draftFor, judged, localNegative } from './remedy-helpers.ts';

// A salon's holding reply to a hygiene report regrets only what the reviewer faulted: the pedicure called "the worst
// I have ever received", never the gel manicure praised as beautiful, and no "poor communication" read from a worker
// who "didn't tell him to put his gloves back on". Not being told things oneself is a lapse in communication.

describe('a hygiene report at a salon', () => {
  it('regrets the pedicure it faults, not the manicure it praises nor any communication', () => {
    const review = localNegative(482);
    expect(review).toMatch(/great gel manicure/);
    const draft = draftFor(judged('salon'), review);
    expect(draft).toMatch(/\bhygiene\b/);
    expect(draft).toMatch(/\bpedicure\b/);
    expect(draft).not.toMatch(/\bmanicure\b|\bcommunication\b|\bkeep you (?:properly )?informed\b/);
  });
});

describe('communication as a complaint theme', () => {
  it('is a reviewer not told what they needed to know', () => {
    expect(
      themeSentencesFor(['communication'], [], 'They did not tell me the part was delayed.'),
    ).not.toEqual([]);
  });

  it('near miss: is not one worker not telling another what to do', () => {
    expect(
      themeSentencesFor(
        ['communication'],
        [],
        'I was shocked that she didn’t tell him to put his gloves back on.'.replace('’', "'"),
      ),
    ).toEqual([]);
  });
});
