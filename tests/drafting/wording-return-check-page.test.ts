import { composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { beforeAll, describe, expect, it } from 'vitest';
import { judgedProfile } from './judged/profile.ts';

// A shop's page of replies to goods already sent back checks the money for each return, but not in one sentence
// told reply after reply ("I will check that the refund for your return has reached you").

const electronics = judgedProfile('electronics-store');

describe('a page of replies to goods already sent back', () => {
  const replies: string[] = [];
  beforeAll(() => {
    const reviews = [
      'The batteries died after only twenty-five minutes of use, so I sent the whole thing back.',
      'The crank came off the second day. I returned it.',
      'The headphones crackled in the left ear from the start. Sent them back last week.',
      'The screen had a dead line down the middle when it arrived, so back it went.',
      'The charger stopped working after three days and I have returned it.',
      'The remote would not pair with anything, so I shipped it back to you.',
    ];
    for (const [i, text] of reviews.entries()) {
      const r = { author: null, rating: 1, text, title: null, externalId: `returned-${i}` };
      const triage = triageReview(r, { sectorGroup: sectorGroupOf(electronics.sector) });
      replies.push(composeDraft(r, triage, electronics, { recent: replies }).text);
    }
  });

  it('tells "the refund for your return" in two replies at most', () => {
    const told = replies.filter((reply) => /\b(?:refund|money) for (?:your|the) return\b/.test(reply));
    expect(told.length, replies.join('\n---\n')).toBeLessThanOrEqual(2);
  });

  it('never hunts for money the reviewer did not say was missing', () => {
    for (const reply of replies)
      expect(reply, reply).not.toMatch(
        /\bwhere (?:your|the) (?:money|refund)\b|\bhas got to\b|\bstands\b|\bshould reach you without a chase\b|\bYou should not have to chase\b/i,
      );
  });

  it('still checks the money for the return in every reply (near miss)', () => {
    for (const reply of replies) expect(reply, reply).toMatch(/\b(?:refund|money|paid)\b/i);
  });
});
