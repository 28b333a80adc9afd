import { composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { judged, localNegative } from './remedy-helpers.ts';

/** Every wording of the holding reply for a one-star review. */
const holdingReplies = (profile: string, text: string): string[] => {
  const p = judged(profile);
  const review = { author: 'Sam P.', rating: 1, text, title: null };
  const triage = triageReview(review, { sectorGroup: sectorGroupOf(p.sector) });
  return Array.from({ length: 8 }, (_, variant) => {
    const draft = composeDraft(review, triage, p, { variant });
    expect(draft.kind).toBe('holding');
    return draft.text;
  });
};

describe('a holding reply to someone who came alone asks after them, not after "everyone"', () => {
  it.each([
    ['medical', localNegative(214)],
    ['restaurant', 'I got food poisoning after the chicken here and was up all night.'],
  ])('%s: %s', (profile, text) => {
    for (const reply of holdingReplies(profile, text))
      expect(reply).not.toMatch(/\bhope everyone\b|\beveryone (?:is|involved)\b/i);
  });

  it('still asks after everyone when the reviewer came with others', () => {
    const replies = holdingReplies(
      'restaurant',
      'We all got food poisoning after the chicken here and were up all night.',
    );
    expect(replies.some((reply) => /\bhope everyone\b|\beveryone (?:is|involved)\b/i.test(reply))).toBe(true);
  });
});
