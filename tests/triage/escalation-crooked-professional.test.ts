import { triageReview } from '@rebound/server/triage/index';
import type { SectorGroup } from '@rebound/shared';
import { describe, expect, it } from 'vitest';

const reasons = (text: string, sectorGroup: SectorGroup) =>
  triageReview({ rating: 1, text }, { sectorGroup }).escalation.reasons;

describe('a professional called crooked by a client', () => {
  it('is held for the partner', () => {
    const text =
      'This attorney is as crooked as they come. He refused to talk unless I gave him more money and did nothing he was hired to do.';
    expect(reasons(text, 'professional')).toContain('legal_threat');
    expect(
      reasons('These guys are crooks. They billed me for hours nobody worked.', 'professional'),
    ).toContain('legal_threat');
  });

  it('is not read into a client who says the lawyer was honest, or into a garage review', () => {
    expect(
      reasons('He is not dishonest, just slow. It took him months to file anything.', 'professional'),
    ).not.toContain('legal_threat');
    expect(reasons('Avoid these crooks. They never washed my car.', 'trades_repairs')).not.toContain(
      'legal_threat',
    );
  });
});
