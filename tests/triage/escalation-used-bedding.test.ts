import { triageReview } from '@rebound/server/triage/index';
import type { SectorGroup } from '@rebound/shared';
import { describe, expect, it } from 'vitest';

const reasons = (text: string, sectorGroup: SectorGroup = 'food_hospitality') =>
  triageReview({ rating: 1, text }, { sectorGroup }).escalation.reasons;

describe('bedding a guest finds used by the guest before', () => {
  it('is a health matter, escalated as hygiene', () => {
    for (const text of [
      'We found a condom wrapper between the sheets with suspicious spots on the blanket, which led us to believe they had not been changed from a prior guest.',
      'The sheets had not been changed from the previous guest. Disgusting.',
      'There was blood on the pillowcase when we pulled back the covers.',
    ])
      expect(reasons(text), text).toContain('hygiene');
  });

  it('near misses: hair or a stain alone is housekeeping, and condoms on sale are no incident', () => {
    for (const text of [
      'There was hair in the bed and a stain on the carpet.',
      'The room was dusty and the towels were thin.',
      'We bought condoms at the front desk shop and they were overpriced, but the room was fine.',
    ])
      expect(reasons(text), text).not.toContain('hygiene');
  });
});
