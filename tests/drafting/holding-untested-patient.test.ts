import { describe, expect, it } from 'vitest';
import { judged } from './remedy-helpers.ts';
import { draftFor } from './sample-drafts.ts';

const clinic = judged('medical');
// Wishes that the reviewer recovers: right for someone hurt or ill, presumptuous for someone who tells of none.
const MEND = /\bon the mend\b|\bfeeling better\b|\brecover/i;

describe('a patient whose doctor would not run the test they asked for', () => {
  it('is escalated privately without a wish that they mend', () => {
    const text =
      'I told the doctor about a condition I was diagnosed with years ago and he acted like I was lying. He did not test me for anything, like I asked, so the reason I came in was ignored.';
    const draft = draftFor(clinic, text, 1);
    expect(draft.kind).toBe('holding');
    expect(draft.text).not.toMatch(MEND);
  });

  it('still wishes a patient sent home in severe pain a recovery (near miss)', () => {
    const text =
      'I came in with severe chest pains and the doctor dismissed me and sent me home. That night I ended up in the hospital.';
    const draft = draftFor(clinic, text, 1);
    expect(draft.kind).toBe('holding');
    expect(draft.text).toMatch(MEND);
  });
});
