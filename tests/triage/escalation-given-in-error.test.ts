import { triageReview } from '@rebound/server/triage/index';
import type { SectorGroup } from '@rebound/shared';
import { describe, expect, it } from 'vitest';

const reasons = (text: string, sectorGroup: SectorGroup) =>
  triageReview({ rating: 1, text }, { sectorGroup }).escalation.reasons;

describe('a medicine, vaccine or tooth given in error, or a needle used again', () => {
  it.each([
    ['The nurse gave my son the wrong vaccine and nobody told us until the next visit.', 'health'],
    ['I was given the wrong prescription at the front desk and got very sick from it.', 'health'],
    ['They used a dirty needle on my mother and the nurse just laughed about it.', 'health'],
    ['The dentist pulled the wrong tooth!', 'health'],
    ['The pharmacy filled my prescription wrong and I took those pills for a week.', 'retail'],
  ] as const)('is held for the practice or the pharmacy: %s', (text, group) => {
    expect(reasons(text, group)).toContain('patient_safety');
  });

  it.each([
    ['The hygienist was rough, but nothing was wrong with my teeth.', 'health'],
    ['They gave me the wrong appointment time and I waited an hour.', 'health'],
    ['They gave me the wrong size and the wrong colour.', 'retail'],
    ['The bartender gave us the wrong shots and charged double.', 'food_hospitality'],
  ] as const)('is not read into near misses: %s', (text, group) => {
    expect(reasons(text, group)).not.toContain('patient_safety');
  });
});
