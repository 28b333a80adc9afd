import { chooseNextStep, type NextStep } from '@rebound/server/drafting/choose-remedy';
import { triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { judgedProfile } from './judged/profile.ts';

const store = judgedProfile('electronics-store');
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

describe('goods that let a shop’s buyer down are the shop’s to take back', () => {
  it.each([
    [
      'a design that only half works',
      'It only charges the phone while the laptop is running, so the phone does not charge overnight.',
      ['usability'],
    ],
    [
      'a fault tagged as a wait',
      'It hums loudly from the moment you switch it on. I would wait for the next model.',
      ['wait'],
    ],
    [
      'goods called cheap, tagged as price',
      'The keys feel cheap and plasticky, the worst keyboard I have owned.',
      ['price'],
    ],
    [
      'goods that barely work',
      'I barely got it to work at home and it was too slow to set up.',
      ['wait', 'usability'],
    ],
    ['goods that sound bad', 'It sounds horrible. Do not waste your money.', ['price']],
  ])('%s gets the refund or a replacement, not only a call', (_, text, themes) => {
    expect(offered(stepFor(text, true, themes))).toMatch(/^(?:refund|replacement)$/);
  });

  it('still offers them when the maker’s helpline never answered', () => {
    const text = 'The sound is thin and boomy. I wrote to the maker about it and never heard back.';
    expect(offered(stepFor(text, true, ['quality', 'communication']))).toMatch(/^(?:refund|replacement)$/);
  });

  it('reads a refund the maker would not give as what the reviewer wanted', () => {
    for (const text of [
      'The charger died after a month, and when I called the maker they were unable to replace it or get my money back.',
      'It stopped working after two months. They should have refunded the purchase price.',
    ]) {
      const triage = triageReview({ rating: 1, text }, { sectorGroup: 'retail' });
      expect(triage.situation.asks, text).toContain('refund');
      expect(offered(stepFor(text, true)), text).toBe('refund');
    }
  });

  it('keeps a call for a warranty quarrel, and for the maker’s maps when the fault is not named', () => {
    expect(offered(stepFor('They refused my warranty claim and the unit feels cheap.', true))).toMatch(
      /^call:/,
    );
    const maps = 'The maps are full of wrong street names and missing exits.';
    expect(offered(stepFor(maps, false, ['quality']))).toMatch(/^call:/);
  });

  it('offers nothing of the kind to a buyer who got the goods from another seller', () => {
    const text = 'I bought it elsewhere and it sounds horrible.';
    expect(offered(stepFor(text, true, ['quality']))).toMatch(/^call:/);
  });
});

describe('goods not as described', () => {
  it('are the shop’s to take back as well', () => {
    const text = 'The listing says 450 prints per cartridge. I got barely 100.';
    expect(offered(stepFor(text, true, ['description']))).toBe('refund');
  });
});

describe('which of the shop’s remedies', () => {
  it('is the money back for a buyer who writes the goods off, not another of the same', () => {
    for (const text of [
      'Cheap electronics in an attractive case. It locks up constantly. Paying anything is too much for a unit that does not work.',
      'It stopped connecting after two weeks and still refuses to work. A useless bit of plastic.',
      'It crashed my computer the moment I installed it. Do not buy this one.',
    ])
      expect(offered(stepFor(text, true)), text).toBe('refund');
  });

  it('is another unit for a buyer who liked the product until theirs failed', () => {
    const text = 'I loved it for the first month, then it stopped working. The screen stays blank.';
    expect(offered(stepFor(text, true))).toBe('replacement');
  });

  it('takes back, with the refund, goods the buyer says they are about to send back', () => {
    const text = 'It was almost impossible to take off the laptop. We will be returning it.';
    expect(offered(stepFor(text, true, ['returns']))).toBe('refund');
  });
});
