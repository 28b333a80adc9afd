import { composeDraft } from '@rebound/server/drafting/index';
import * as tw from '@rebound/server/drafting/thanks-wording';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { judged } from './remedy-helpers.ts';

const bakery = judged('bakery');
const replies = (text: string, rating = 5): string[] => {
  const r = { author: null, rating, text, title: null };
  const triage = triageReview(r, { sectorGroup: sectorGroupOf(bakery.sector) });
  return Array.from({ length: 6 }, (_, variant) => composeDraft(r, triage, bakery, { variant }).text);
};

// A reviewer who has not been in yet (a cake brought home as a present) is asked in for a first time, never asked
// "back", "again" or to "say hello when you next come in".

const BACK = /\bagain\b|\bback\b|\bnext come in\b|\breturn\b/i;

describe('the close for a reviewer who has not visited', () => {
  it.each([
    'My aunt brought home a lemon cake from here that a friend had given her. Best cake in years, moist and not too sweet.',
    'My niece brought home a carrot cake her friend had got her. Best cake I have had in years, moist and not too sweet.',
  ])('asks them in, not back: %s', (text) => {
    for (const reply of [...replies(text, 4), ...replies(text, 5)]) {
      const close =
        (reply.split('\n— ')[0] ?? '')
          .trim()
          .split(/(?<=[.!?])\s+/)
          .at(-1) ?? '';
      expect(close).not.toMatch(BACK);
    }
  });

  it('has no line in its pool that asks them back', () => {
    for (const line of tw.inviteFirstVisit) expect(line).not.toMatch(BACK);
  });

  it('still asks back a reviewer who came in (near miss)', () => {
    for (const reply of replies(
      'We popped in on Saturday and the lemon cake was lovely, and the staff were so kind.',
    ))
      expect(tw.inviteFirstVisit.some((line) => reply.includes(line))).toBe(false);
  });
});
