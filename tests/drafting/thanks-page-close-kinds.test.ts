import { composeDraft } from '@rebound/server/drafting/index';
import * as tw from '@rebound/server/drafting/thanks-wording';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { bodyOf, sentencesOf } from './happy-drafts.ts';
import { judged } from './remedy-helpers.ts';

// A shop's thank-you notes for products each ask the reviewer back; after one that asked them into the shop, the next
// asks them back for what they need next, so a page does not close every note on a visit.

const store = judged('electronics-store');

const VISIT =
  /\b(?:pop in|drop (?:by|in)|stop (?:in|by)|call in|come in|come and|say hello|see (?:you|us)|come back|visit|browse|welcome back|in the (?:shop|store)|at the counter)\b/i;
const NEXT =
  /\b(?:think of us|help you choose|help you find|help with whatever|help with that too|track it down|know where we are)\b/i;

function closeOf(text: string, recent: string[]): string {
  const r = { author: null, rating: 5, text, title: 'Great buy', itemName: 'Lumo HD Webcam' };
  const triage = triageReview(r, { sectorGroup: sectorGroupOf(store.sector) });
  return sentencesOf(bodyOf(composeDraft(r, triage, store, { recent }).text)).at(-1) ?? '';
}

const REVIEW =
  'The webcam picture is sharp and the microphone picks up voices well. I use it for calls every week.';

describe('how a product note asks the reviewer back', () => {
  it('asks for what they need next after a note that asked them into the shop', () => {
    const before =
      'Thank you for the kind review of the speakers. We hope to see you back in the store before long.';
    const close = closeOf(REVIEW, [before]);
    expect(close).toMatch(NEXT);
    expect(close).not.toMatch(VISIT);
  });

  it('may ask them into the shop after a note that closed another way', () => {
    const before =
      'Thank you for the kind review of the speakers. We would be glad to help with whatever you need next.';
    const close = closeOf(REVIEW, [before]);
    expect(close).not.toMatch(NEXT);
  });
});

describe('asking a happy buyer back for what they need next', () => {
  it('never presumes the goods will fail or need replacing', () => {
    for (const line of tw.productInviteNext)
      expect(line).not.toMatch(/\b(?:replac\w*|break\w*|broke|fail\w*|wears? out)\b/i);
  });
});
