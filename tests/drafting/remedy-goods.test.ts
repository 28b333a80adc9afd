import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chooseNextStep, type NextStep } from '@rebound/server/drafting/choose-remedy';
import { businessProfileSchema } from '@rebound/server/drafting/index';
import { triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';

const store = businessProfileSchema.parse(
  JSON.parse(
    readFileSync(path.join(import.meta.dirname, 'judged', 'profiles', 'electronics-store.json'), 'utf8'),
  ),
);
const stepFor = (text: string, knowsProblem: boolean, themes?: string[]): NextStep => {
  const triage = triageReview({ rating: 1, text }, { sectorGroup: 'retail' });
  return chooseNextStep(store.remedies, triage.situation, themes ?? triage.themes, {
    regulated: false,
    reviewText: text,
    knowsProblem,
  });
};
const offered = (step: NextStep) => (step.kind === 'remedy' ? step.remedy.kind : `call:${step.reason}`);

describe("a shop's buyer let down by the goods", () => {
  it('is offered the refund or a replacement even where the fault could not be named, not only a call', () => {
    const text = 'Terrible picture, and the sound is thin. Save your money.';
    expect(offered(stepFor(text, false, ['quality']))).toMatch(/^(?:refund|replacement)$/);
  });

  it('is still only called when the complaint is about the price, the maker’s software or a quarrel', () => {
    expect(offered(stepFor('Way too expensive for what it is.', false, ['price']))).toBe('call:hear');
    expect(offered(stepFor('The firmware is buggy and the maps are years old.', false, ['quality']))).toBe(
      'call:hear',
    );
    expect(offered(stepFor('They refused my warranty claim on a poor unit.', false, ['quality']))).toMatch(
      /^call:/,
    );
  });

  it('asking how to get their money back is a request for a refund, not a refund already given', () => {
    const triage = triageReview(
      { rating: 1, text: 'It just stopped working after five months. How do I get my money back?' },
      { sectorGroup: 'retail' },
    );
    expect(triage.situation.priorActions).not.toContain('refunded');
    expect(triage.situation.asks).toContain('refund');
    expect(
      offered(stepFor('It just stopped working after five months. How do I get my money back?', true)),
    ).toBe('refund');
  });

  it('years told of another item that still works do not make this one a warranty matter', () => {
    const text =
      'It died after five months. My old radio, which I have had for 6 years, still works. How do I get my money back?';
    expect(offered(stepFor(text, true))).toBe('refund');
    expect(offered(stepFor('I have used it for 6 years and now it died.', true))).toMatch(/^call:/);
  });
});
