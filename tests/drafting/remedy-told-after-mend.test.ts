import { composeDraft } from '@rebound/server/drafting/index';
import * as t from '@rebound/server/drafting/templates';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { judged } from './remedy-helpers.ts';

// Goods the buyer mended themselves are met with thanks and an offer should the fault come back; a refund chased for
// a return says nothing of the return being on its way, which a buyer only about to send it back has not done.

const store = judged('electronics-store');

function replyTo(text: string): string {
  const r = { author: null, rating: 1, text, title: null, externalId: 'mend' };
  const triage = triageReview(r, { sectorGroup: sectorGroupOf(store.sector) });
  return composeDraft(r, triage, store).text;
}

describe('goods the buyer mended', () => {
  it('offers to put the fault right should it come back', () => {
    const reply = replyTo(
      'The headphone jack came loose after a month. I fixed it myself with a soldering iron and it works now.',
    );
    expect(reply).toMatch(/\b(?:come back|again)\b[^.]*\b(?:no cost|no charge)\b/);
  });
});

describe('a refund chased for a return', () => {
  it('does not say the return is already on its way, in any wording', () => {
    for (const line of [...t.callRefundPending, ...t.callActRefundPending])
      expect(line).not.toMatch(/\balready (?:on its way|under way)\b|\bin hand\b/);
  });

  it('still chases the refund for a return told as made (near miss)', () => {
    const reply = replyTo(
      'It kept crashing every hour and lost my files twice. I’m returning it for a refund.',
    );
    expect(reply).toMatch(/\brefund\b/);
  });
});
