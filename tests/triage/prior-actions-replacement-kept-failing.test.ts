import { describe, expect, it } from 'vitest';
import { triageReview } from '../../server/src/triage/index.ts';
import { judged, stepFor } from '../drafting/remedy-helpers.ts';

// "The replacement DVD player kept saying 'Wrong Disc'", "I had to return two faulty DVD players": the replacement
// failed as the first did, so a third of the same is never offered.

const actionsOf = (text: string) =>
  triageReview({ rating: 1, text }, { sectorGroup: 'retail' }).situation.priorActions;

const PLAYERS =
  'I had to return two faulty DVD players. One would freeze frame the picture. The replacement DVD player kept saying "Wrong Disc" and was very loud when it would play a disc.';

describe('a replacement that kept failing', () => {
  it.each([
    PLAYERS,
    'The replacement kept freezing every few minutes.',
    'I had to return three defective units before giving up.',
  ])('is read as a failed replacement: %j', (text) => {
    expect(actionsOf(text)).toContain('replacement_failed');
  });

  it('gets the money back, not another of the same', () => {
    const step = stepFor(judged('electronics-store'), PLAYERS);
    expect(step.kind === 'remedy' ? step.remedy.kind : step.kind).toBe('refund');
  });

  it.each([
    'I had to return two DVD players because the gifts were duplicated.',
    'The replacement kept me going for years before it finally wore out.',
  ])('near miss: %j is no failed replacement', (text) => {
    expect(actionsOf(text)).not.toContain('replacement_failed');
  });
});
