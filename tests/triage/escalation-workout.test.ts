import { triageReview } from '@rebound/server/triage/index';
import type { SectorGroup } from '@rebound/shared';
import { describe, expect, it } from 'vitest';

const triage = (text: string, sectorGroup: SectorGroup = 'professional') =>
  triageReview({ rating: 1, text }, { sectorGroup });

describe('a first training session pushed too hard', () => {
  it.each([
    "He pushed me way too hard in my first session. My arms weren't sore, I know sore, but they became weak for FIVE days and it hurt to use a stamp at work.",
    'After the spin class my legs were so weak and swollen for a week that I could barely climb stairs.',
  ])('is held for the owner as an injury: %s', (text) => {
    const result = triage(text);
    expect(result.escalation.escalate).toBe(true);
    expect(result.situation.incidents).toContain('injury');
  });

  it.each([
    'The trainer pushed hard and my legs were sore for two days, which is what I paid for. The front desk was rude though.',
    'My arms felt weak for days after moving house, so I skipped the gym, and then they charged me for the month anyway.',
    'The class was too crowded and the instructor never learned my name.',
  ])('is an ordinary complaint where no weakness after a workout is told: %s', (text) => {
    expect(triage(text).situation.incidents).not.toContain('injury');
  });
});
