import { triageReview } from '@rebound/server/triage/index';
import type { SectorGroup } from '@rebound/shared';
import { describe, expect, it } from 'vitest';

const reasonsFor = (text: string, sectorGroup: SectorGroup, rating = 2) =>
  triageReview({ rating, text }, { sectorGroup }).escalation.reasons;

describe('mistreatment put down to being a woman', () => {
  it.each([
    'They called me sweetie the whole time and tried to sell me four new tires. It is sad to watch a shop prey on a young woman who they assume knows nothing about cars.',
    'I was talked down to at the counter because I am a woman, and then quoted twice the price my husband got.',
    'The salesman ignored me and only spoke to my brother, just because I am a girl.',
  ])('is held for the owner: %s', (text) => {
    expect(reasonsFor(text, 'trades_repairs')).toContain('discrimination');
  });

  it.each([
    'The young woman at the front desk was slow to check us in and the oil change took two hours.',
    'Because I am a girl who loves a sweet treat, I ordered the cheesecake, and it was stale.',
    'They tried to upsell me on wipers and an air filter I did not need, and the wait was long.',
  ])('a woman mentioned, or an upsell alone, is an ordinary complaint: %s', (text) => {
    expect(reasonsFor(text, 'trades_repairs')).not.toContain('discrimination');
  });
});

describe('children or pets held "for ransom" over a bill', () => {
  it.each([
    'The insurer promised to pay in full, but they said it was not their policy and held our two kids for ransom until we paid.',
    'They kept my dog hostage at the kennel until I paid a fee nobody told me about.',
  ])('is held for the owner: %s', (text) => {
    expect(reasonsFor(text, 'health', 1)).toContain('legal_threat');
  });

  it.each([
    'They held my car hostage for three days over a forty dollar charge.',
    'The new update holds the whole app hostage until you sign in, and support never answered.',
  ])('goods or software held back are ordinary complaints: %s', (text) => {
    expect(reasonsFor(text, 'trades_repairs', 1)).not.toContain('legal_threat');
  });
});
