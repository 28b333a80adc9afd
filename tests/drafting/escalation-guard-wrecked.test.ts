import { type BusinessProfile, composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { judgedProfile } from './judged/profile.ts';

// Goods bought to guard a device (a backup power unit "to protect my computer") that the buyer says wrecked it are a
// damages claim held for the owner, and the holding reply names the device neutrally. Goods that only annoy, or a
// device that is "killed" in a figure of speech, are ordinary complaints.

const store: BusinessProfile = judgedProfile('electronics-store');

function read(text: string) {
  const review = { author: null, rating: 1, text };
  const triage = triageReview(review, { sectorGroup: sectorGroupOf(store.sector) });
  return { triage, reply: composeDraft(review, triage, store, { recent: [] }).text };
}

describe('goods that wrecked the device they were bought to protect', () => {
  it('are held for the owner with the device named in the holding reply', () => {
    const { triage, reply } = read(
      'I believed this thing would protect my computer from being killed, but instead it has killed my computer for the second time in four days.',
    );
    expect(triage.escalation.escalate).toBe(true);
    expect(reply).toMatch(/\bwhat happened to your computer\b/);
    expect(reply).not.toMatch(/\b(?:replacement|refund)\b/);
  });

  it('leave a guard that only annoys, and a figure of speech, as ordinary complaints', () => {
    for (const text of [
      'This is supposed to protect my computer, but the alarm shrieks at 2am and you cannot turn it off.',
      'My old computer died last week so I bought this tower. It killed my hopes of gaming: it is slow.',
    ])
      expect(read(text).triage.escalation.escalate).toBe(false);
  });
});
