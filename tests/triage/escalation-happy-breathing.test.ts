import { describe, expect, it } from 'vitest';
import { triageReview } from '../../server/src/triage/index.ts';
import { everyWording, judged } from '../drafting/remedy-helpers.ts';

// A happy guest made ill by the air in the room ("I suffered awful upper respiratory symptoms when the unit was in
// use") names a health incident in passing: it is escalated, and the note asks to hear more about the breathing
// trouble, not about fumes nobody mentioned, whatever filters the guest says should be replaced.

const GUEST =
  'The staff were incredibly friendly and helpful. My only hope for my next stay would be better cleaning of the air conditioning unit. I suffered awful upper respiratory symptoms when the unit was in use. I am guessing the filters need to be cleaned and/or replaced more frequently.';

describe("a happy guest's breathing trouble from the air conditioning", () => {
  it('is escalated', () => {
    const t = triageReview({ rating: 4, text: GUEST }, { sectorGroup: 'food_hospitality' });
    expect(t.escalation.escalate).toBe(true);
    expect(t.situation.incidents).toContain('fumes');
  });

  it('is named as the breathing trouble in the note', () => {
    for (const draft of everyWording(judged('hotel'), GUEST, { rating: 4, count: 6 })) {
      expect(draft).toMatch(/breathing trouble/);
      expect(draft).not.toMatch(/\bfumes\b/);
    }
  });

  it('near miss: a smoking engine a happy customer brought in and had fixed is no incident', () => {
    const t = triageReview(
      {
        rating: 5,
        text: 'My engine was smoking and I could hardly breathe in the cab, so I brought it in. They diagnosed it in an hour and fixed it the same day.',
      },
      { sectorGroup: 'trades_repairs' },
    );
    expect(t.escalation.escalate).toBe(false);
  });
});
