import { describe, expect, it } from 'vitest';
import { triageReview } from '../../server/src/triage/index.ts';

const incidentsOf = (text: string) =>
  triageReview({ rating: 1, text }, { sectorGroup: 'health' }).situation.incidents;

describe('a salon that makes no effort to clean its tools, or only rinses the foot bowl, is held as a health matter', () => {
  it.each([
    'Nobody puts any effort into disinfecting the tools or the foot bowls here.',
    'They made no effort to sanitize the clippers between clients.',
    'When she was done she would just rinse out the bowl with tap water and call the next person.',
  ])('escalates %j', (text) => {
    expect(incidentsOf(text)).toContain('hygiene');
  });

  it.each([
    'She put real effort into cleaning up my cuticles and the shape is lovely.',
    'Little effort went into the polish, which chipped in two days.',
    'I had to rinse out my hair again at home because the colour smelled strong.',
  ])('does not escalate %j', (text) => {
    expect(incidentsOf(text)).not.toContain('hygiene');
  });
});
