import { chooseNextStep, type NextStep } from '@rebound/server/drafting/choose-remedy';
import { boughtAtOtherStore, isConsumable } from '@rebound/server/drafting/remedy-readings';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { readUnderWay } from '@rebound/server/triage/situation/prior-actions';
import { describe, expect, it } from 'vitest';
import { judged } from './remedy-helpers.ts';

// The offer fits what the goods are and what already happened: goods used up in use are replaced or refunded, not
// tested for a repair; a return only planned is invited, not chased as if it were on its way.

const store = judged('electronics-store');

function stepFor(text: string): NextStep {
  const triage = triageReview({ rating: 1, text }, { sectorGroup: sectorGroupOf(store.sector) });
  return chooseNextStep(store.remedies, triage.situation, triage.themes, {
    regulated: store.regulated,
    reviewText: text,
    knowsProblem: true,
  });
}
const offered = (step: NextStep) => (step.kind === 'remedy' ? step.remedy.kind : `call:${step.reason}`);

describe('goods used up in use', () => {
  const batteries =
    'I bought two packs of these rechargeable batteries for my GPS. They worked well for a few months, but now they will not hold a charge for more than a day.';

  it('reads batteries, tapes and blank discs pointed at as the goods', () => {
    expect(isConsumable(batteries)).toBe(true);
    expect(isConsumable('The heads clogged after ten minutes, the first time I tried these tapes.')).toBe(
      true,
    );
    // Near miss: the batteries a remote runs on are not the goods reviewed.
    expect(isConsumable('The remote eats the batteries and the buttons stick.')).toBe(false);
  });

  it('offers money or goods for batteries that stopped holding a charge, never a free check', () => {
    for (const text of [
      batteries,
      'I bought these rechargeable batteries for my camera. After a year of use they will not hold a charge at all. Next time I will buy a different brand.',
    ]) {
      expect(offered(stepFor(text)), text).not.toBe('call:check');
      expect(offered(stepFor(text)), text).toMatch(/^(?:refund|replacement|call:fix)$/);
    }
  });

  it('still sends a projector whose lamp blew after long use to a check (near miss)', () => {
    expect(
      offered(
        stepFor('I have had the projector for about 14 months. It ran for 1200 hours, then the lamp blew.'),
      ),
    ).toBe('call:check');
  });

  it('sends no second set of the same to a buyer moving to another brand', () => {
    const text =
      'These rechargeables stopped holding a charge after three months. I am going to look at another brand.';
    expect(offered(stepFor(text))).not.toBe('replacement');
  });

  it('does not count the years of the buyer’s old set against the new goods', () => {
    const text =
      'I bought these batteries four months ago and they no longer hold a charge. My trusty old Rayovacs are just over 2 years old and still outlast them.';
    expect(offered(stepFor(text))).toMatch(/^(?:refund|replacement)$/);
  });
});

describe('a return only planned', () => {
  it('is not read as under way, and the reply does not chase a refund for it', () => {
    const text = 'The lock jammed in the port and took half an hour to free. I’m going to send mine back.';
    expect(readUnderWay(text)).toBeNull();
    expect(offered(stepFor(text))).not.toBe('call:refund_pending');
  });

  it('is chased once the return is authorised (near miss)', () => {
    const text =
      'It never read a disc. I finally have a reference number with permission to return it for a full refund.';
    expect(readUnderWay(text)).toBe('refund');
    expect(readUnderWay('It kept crashing. I’m returning it for a refund.')).toBe('refund');
  });
});

describe('goods the buyer mended with their own hands', () => {
  it('thanks them and hears how it failed, with no repair or new unit pressed on them', () => {
    for (const text of [
      'The headphone jack came loose after a month. I fixed it myself with a soldering iron and it works now.',
      'The power button stopped responding, so I fixed it myself. Not what I expect from a new radio.',
    ])
      expect(offered(stepFor(text)), text).toBe('call:fixed_by_them');
  });

  it('still puts right goods whose mend did not hold (near miss)', () => {
    const text =
      'The cable broke at the plug after two weeks. I fixed it myself, but it broke again a week later.';
    expect(offered(stepFor(text))).not.toBe('call:fixed_by_them');
  });
});

describe('a fault of the design', () => {
  it('gets the money back, not another of the same', () => {
    const text =
      'Of all the cases I have tried this is the worst. The wheel cover is impractical, and putting plastic in rubber hinges was a bad idea that does not work well.';
    expect(offered(stepFor(text))).not.toBe('replacement');
  });

  it('leaves a unit that broke, from a buyer who regrets only where they bought, as before (near miss)', () => {
    const text = 'Great player, but this one broke after a week. It was a bad idea to buy online.';
    expect(offered(stepFor(text))).toMatch(/^(?:refund|replacement)$/);
  });
});

describe('goods bought at another chain', () => {
  it('reads the chain named with a word of scorn, after a time of day', () => {
    expect(
      boughtAtOtherStore(
        'Over the weekend I bought them from the hated "Best Buy". I am returning all four.',
      ),
    ).toBe(true);
  });

  it('does not read another unit bought there as these goods (near miss)', () => {
    expect(boughtAtOtherStore('The one I bought at Best Buy worked fine; this one did not.')).toBe(false);
  });
});
