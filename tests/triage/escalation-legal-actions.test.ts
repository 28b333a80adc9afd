import { describe, expect, it } from 'vitest';
import { triageReview } from '../../server/src/triage/index.ts';

// "Count with me for any legal actions that may be taken": a threat of legal action is escalated however it is
// worded, "actions" as well as "action".

const reasonsOf = (text: string) =>
  triageReview({ rating: 1, text }, { sectorGroup: 'retail' }).escalation.reasons;

describe('a threat of legal actions', () => {
  it.each([
    'They cancelled my order without notice. This is illegal. Count with me for any legal actions that may be taken.',
    'I am starting legal actions against this store over the cancelled order.',
  ])('is escalated as legal: %j', (text) => {
    expect(reasonsOf(text)).toContain('legal_threat');
  });

  it('near miss: "action" in another sense is no legal threat', () => {
    expect(
      reasonsOf('The camera missed every action shot, and the lens is soft. Returning it.'),
    ).not.toContain('legal_threat');
  });
});
