import { chooseReach } from '@rebound/server/drafting/invite-line';
import { createWriter } from '@rebound/server/drafting/writer';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { judged } from './remedy-helpers.ts';

const store = judged('electronics-store');
const text = 'The charger stopped working after a week and now the tablet will not turn on at all.';
const { situation } = triageReview({ rating: 1, text }, { sectorGroup: sectorGroupOf(store.sector) });
const detailsAfter = (latest: string): string[] =>
  Array.from({ length: 8 }, (_, seed) =>
    chooseReach(createWriter(store, situation, seed, true, [latest]), text, true),
  )
    .filter((reach) => reach.channel !== 'phone')
    .map((reach) => reach.detail);

describe('the detail a reply asks for, after a reply that already asked for it', () => {
  it('is not asked again where the latest reply asked for it with "giving" or "and give"', () => {
    for (const latest of [
      'I am sorry the screen cracked. Write to me at help@circuitcorner.example, giving your order number, or ring (555) 118-6620.',
      'I am sorry the fan rattles. If you write to me at help@circuitcorner.example and give your order number, or ring (555) 118-6620, I will reply within a day.',
    ]) {
      const details = detailsAfter(latest);
      expect(details.length).toBeGreaterThan(0);
      for (const detail of details) expect(detail).toBe('');
    }
  });

  it('is still asked where the latest reply only gave its own thanks or an offer with "giving"', () => {
    const latest =
      'Thank you for giving us a fair hearing. Write to me at help@circuitcorner.example or ring (555) 118-6620, and I will see about giving you a refund.';
    const details = detailsAfter(latest);
    expect(details.length).toBeGreaterThan(0);
    expect(details).toContain('your order number');
  });
});
