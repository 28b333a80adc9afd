import { describe, expect, it } from 'vitest';
import { triageReview } from '../../server/src/triage/index.ts';

const incidentsOf = (text: string) =>
  triageReview({ rating: 1, text }, { sectorGroup: 'health' }).situation.incidents;

describe('tools not cleaned between clients at a salon are held as a health matter', () => {
  it.each([
    'She ran to the next customer using the same tools that she used on me. The tools did not get washed.',
    'The foot tubs were never cleaned between clients and I am worried about an infection.',
    'The nail files were not sanitized before my manicure.',
  ])('escalates %j', (text) => {
    expect(incidentsOf(text)).toContain('hygiene');
  });

  it.each([
    'The tools were washed and sterilized in front of me, which I liked, but the polish chipped in a day.',
    'She used the same colour that she used on me last time, and it still looks dull.',
    'The pedicure was rushed and the polish was uneven.',
  ])('does not escalate %j', (text) => {
    expect(incidentsOf(text)).not.toContain('hygiene');
  });
});
