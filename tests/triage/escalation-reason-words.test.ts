import { triageReview } from '@rebound/server/triage/index';
import { explainEscalationReason } from '@rebound/shared';
import { describe, expect, it } from 'vitest';

describe('the reason an owner reads for an escalated review', () => {
  it('names a claim for damages, not only legal action, when goods or a job damaged the customer’s things', () => {
    const { reasons } = triageReview(
      { rating: 1, text: 'The movers scratched my piano and refuse to pay for the repair.' },
      { sectorGroup: 'trades_repairs' },
    ).escalation;
    expect(reasons.map(explainEscalationReason)).toEqual(['Mentions legal action or a claim for damages']);
  });

  it('names ignored health rules for a mask rule broken', () => {
    const { reasons } = triageReview(
      {
        rating: 2,
        text: 'Nobody on staff wore a mask, though the county mandate required them indoors.',
      },
      { sectorGroup: 'food_hospitality' },
    ).escalation;
    expect(reasons.map(explainEscalationReason)).toEqual([
      'Reports mould, unhygienic food handling or ignored health rules',
    ]);
  });
});
