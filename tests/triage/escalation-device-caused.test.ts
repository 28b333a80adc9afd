import { describe, expect, it } from 'vitest';
import { triageReview } from '../../server/src/triage/index.ts';
import { draftFor, loadProfile } from '../drafting/sample-drafts.ts';

const reasonsFor = (text: string) =>
  triageReview({ rating: 1, text }, { sectorGroup: 'retail' }).escalation.reasons;

describe('goods named as the cause of another device dying', () => {
  it.each([
    'I bought this from an online seller. Because of this product, my digital camera stopped working.',
    'This charger caused my phone to stop working for good.',
  ])('is held for the owner as a damages matter: %s', (text) => {
    expect(reasonsFor(text)).toContain('legal_threat');
  });

  it.each([
    'Because of this product, my desk is finally tidy.',
    'Because of the delay, my camera stopped working before the trip was over.',
    'This product made my laptop fan louder.',
  ])('is not read into near misses: %s', (text) => {
    expect(reasonsFor(text)).not.toContain('legal_threat');
  });

  it('names the harmed device neutrally in the holding reply', () => {
    const draft = draftFor(
      loadProfile('electronics-store'),
      'Because of this product, my digital camera stopped working. I asked them to repair the camera and they went silent.',
    );
    expect(draft.kind).toBe('holding');
    expect(draft.text).toMatch(/what happened to your camera/);
    expect(draft.text).not.toMatch(/chase the maker|apologi[sz]e/);
  });
});
