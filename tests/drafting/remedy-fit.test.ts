import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chooseNextStep, describeRemedy, type NextStep } from '@rebound/server/drafting/choose-remedy';
import { businessProfileSchema, composeDraft } from '@rebound/server/drafting/index';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';

// The profiles the judged samples are drafted with: a store offering a replacement and a full refund, a restaurant
// offering a refund for wrong dishes and a table next time.
const judged = (name: string) =>
  businessProfileSchema.parse(
    JSON.parse(readFileSync(path.join(import.meta.dirname, 'judged', 'profiles', `${name}.json`), 'utf8')),
  );
const store = judged('electronics-store');
const restaurant = judged('restaurant');

function stepFor(profile: ReturnType<typeof judged>, text: string, rating = 1): NextStep {
  const triage = triageReview({ rating, text }, { sectorGroup: sectorGroupOf(profile.sector) });
  return chooseNextStep(profile.remedies, triage.situation, triage.themes, {
    regulated: profile.regulated,
    reviewText: text,
    knowsProblem: true,
  });
}
const offered = (step: NextStep) => (step.kind === 'remedy' ? step.remedy.kind : `call:${step.reason}`);
const draftFor = (profile: ReturnType<typeof judged>, text: string) => {
  const r = { author: 'Jo B.', rating: 1, text };
  return composeDraft(r, triageReview(r, { sectorGroup: sectorGroupOf(profile.sector) }), profile).text;
};

describe('a remedy that fits what already happened', () => {
  it('offers no second replacement to someone already waiting on one', () => {
    for (const text of [
      'The first card I received was defective and would not transfer files. I am waiting on a replacement.',
      'Dead on arrival. The store says a replacement is on its way, we will see.',
    ]) {
      const step = stepFor(store, text);
      expect(offered(step), text).toBe('call:fix');
      expect(draftFor(store, text), text).not.toMatch(/replacement unit|new unit/i);
    }
  });

  it('offers the refund, not another unit, to someone asking how to send it back for their money', () => {
    const text =
      'The vendor delivered a defective unit. I want to return it. I have been unable to work out how to return this unit for a refund.';
    expect(offered(stepFor(store, text))).toBe('refund');
  });

  it('offers no replacement to someone done with the brand, or whose fault every unit shares or survived a fix', () => {
    for (const text of [
      'Died after two days of use and would not turn on or reset. I guess that will be my last Creative product.',
      'The handsets were faulty from the start and will not hold a charge. We will not buy VTech phones again.',
      'All three of them stopped working within a month; it is a known defect with this model.',
      'The handset is defective and shows no battery. I have already replaced the battery once and it still does it.',
      'Tracking stutters across the screen. I tried troubleshooting and adjusting the rate, but I am going back to wired.',
      'I have gone through four pairs in two years; the second pair lasted two weeks before it would not turn on.',
      'The answering system does not work: we have two of these phones and I could not make either one work on four lines.',
      'It does not work at all, and I hope the shop will let me return it.',
      'The description says it works on the Mac platform. But it does not, so I moved the files with my PC.',
    ]) {
      expect(offered(stepFor(store, text)), text).not.toBe('replacement');
    }
    // A plain fault from someone done with the brand: their money back.
    expect(offered(stepFor(store, 'It died after two days. That will be my last Creative product.'))).toBe(
      'refund',
    );
  });

  it('offers no same-model replacement for a product that works as made but does not satisfy', () => {
    for (const text of [
      'The image is really unclear in low light and washed out in bright light. The contrast is low.',
      'The bass is almost absent no matter how you wear them, and the treble is harsh.',
    ]) {
      expect(offered(stepFor(store, text)), text).not.toBe('replacement');
    }
  });

  it('offers no replacement to someone warning others off the product, or already sent one', () => {
    for (const text of [
      'The drawer jams and the player freezes on every disc. Stay away from this one.',
      'The backlight was defective, and the vendor provided a replacement unit the next week.',
    ]) {
      expect(offered(stepFor(store, text)), text).not.toBe('replacement');
    }
  });

  it('offers neither a unit nor a refund for something bought from another seller', () => {
    const step = stepFor(
      store,
      'I purchased my card adapter elsewhere and it is defective: the slot cracked on day one.',
    );
    expect(['replacement', 'refund']).not.toContain(offered(step));
  });

  it('answers a promise support did not keep with a call, not goods', () => {
    const text =
      'The finish on the table started to peel, so I reached out to Bliss Home’s customer service and they promised a repair that never came.';
    expect(offered(stepFor(store, text))).toBe('call:fix');
  });

  it('offers nothing to return or replace to someone who never bought it', () => {
    const step = stepFor(
      store,
      'The reviews of broken zips discouraged me from buying it, so fix the quality.',
    );
    expect(['replacement', 'refund']).not.toContain(offered(step));
  });

  it('offers the refund, not another round of support, for a model-wide fault that outlived a new battery', () => {
    const text =
      'As other reviewers have noted, the handsets are defective and keep reporting no battery. I tried to get support but could not reach a person, and I have already replaced the battery once.';
    expect(offered(stepFor(store, text))).toBe('refund');
  });

  it('offers no refund for a visit to the shop that ended without a purchase', () => {
    const shop = judged('shop');
    const text =
      'I visited the new location and was shocked: the store was tiny, there was almost nothing to sell and the display cases were half empty.';
    expect(offered(stepFor(shop, text))).not.toBe('refund');
  });

  it('still offers a replacement for a single faulty unit', () => {
    expect(
      offered(stepFor(store, 'The remote arrived with a cracked case and the buttons do not work.')),
    ).toBe('replacement');
  });

  it('promises nothing left to resolve to someone who already returned the item and has their money back', () => {
    const text =
      'After two weeks the right click failed three times out of four, so I returned the mouse and got my money back.';
    expect(offered(stepFor(store, text))).toBe('call:settled');
    const draft = draftFor(store, text);
    expect(draft).not.toMatch(/until it is resolved|replacement|refund|get this sorted|fix it/i);
    // Nothing is left to put right: the call is to hear what went wrong, however it is worded.
    for (const order of [1, 2, 3, 4, 5, 6, 7, 8]) {
      expect(draftFor(store, `${text} (Order ${order}.)`)).not.toMatch(
        /make amends|put(?:ting)? (?:this|it) right|settle this|make this up to you|make it right/i,
      );
    }
  });

  it('reads goods sent back as returned, but not a plate sent back to the kitchen', () => {
    expect(
      offered(stepFor(store, 'Three of the five speakers did not work, and we sent them back the same day.')),
    ).toBe('call:settled');
    const plate = stepFor(restaurant, 'My steak was raw in the middle, so I sent it back.');
    expect(plate.kind === 'remedy' && plate.remedy.kind).toBe('refund');
  });

  it('keeps a returned item open while the refund is still owed', () => {
    for (const text of [
      'I returned the speaker three weeks ago and I have still not received my refund.',
      'I sent it back and requested a refund. It has been six weeks and I have yet to get my $120 back.',
    ]) {
      expect(offered(stepFor(store, text)), text).toBe('call:fix');
    }
  });
});

describe('a dish refund only where a dish was wrong', () => {
  it('offers no dish refund where the food was praised or only the drinks, the wait or the prices were wrong', () => {
    for (const text of [
      'The food was great, but the advertised happy hour was not honoured and we waited ten minutes for a hello.',
      'Very busy, and the drinks taste watered down, so you have to ask for the vodka and juice separately.',
      'Happy hour prices were not what the website said and the one bartender could not keep up.',
      'Do not order the mixed drinks or the wine, both are gross, and people were being sick in the bathroom.',
      'The eggs were delicious, but the food was dropped off with no cutlery and no refills on the coffee.',
    ]) {
      const step = stepFor(restaurant, text, 2);
      expect(step.kind === 'remedy' && step.remedy.kind === 'refund', text).toBe(false);
      expect(draftFor(restaurant, text), text).not.toMatch(/dishes/i);
    }
  });

  it('offers it where a dish was cold, raw or sent back', () => {
    for (const text of [
      'My steak came out raw in the middle and the fries were cold.',
      'The pasta was inedible, so I sent it back and waited another half hour.',
    ]) {
      const step = stepFor(restaurant, text);
      expect(step.kind === 'remedy' && step.remedy.kind, text).toBe('refund');
    }
  });
});

describe('what the reviewer says of coming back and of their money', () => {
  it('offers no next visit to someone who will not be going back', () => {
    const step = stepFor(
      restaurant,
      'The tacos were ok but the meat had no flavour, and they charge for extra chips. Needless to say, I won’t be going back.',
      2,
    );
    expect(step.kind === 'remedy' && ['other', 'discount'].includes(step.remedy.kind)).toBe(false);
  });

  it('offers the refund to someone who wishes they could get their money refunded', () => {
    const hotel = judged('hotel');
    const step = stepFor(
      hotel,
      'The room was dusty and the beds were uncomfortable. I wish that I can get my money refunded because it was not worth it.',
    );
    expect(offered(step)).toBe('refund');
  });
});

describe('how the offer is worded', () => {
  const faulty = (n: number) =>
    `Unit ${n} arrived with a dead power button and would not switch on at all, which is a shame for a gift.`;

  it('words the same remedy in several ways across a page of replies, each the same for the same review', () => {
    const phrases = new Set<string>();
    const offer =
      /\b(?:a replacement unit|a new unit|a replacement|a new one) (?:shipped|sent to you|with shipping)[^.,;]*/;
    for (let n = 1; n <= 12; n++) {
      const step = stepFor(store, faulty(n));
      expect(step.kind).toBe('remedy');
      const draft = draftFor(store, faulty(n));
      const phrase = offer.exec(draft)?.[0];
      expect(phrase, draft).toMatch(/replacement|new (?:unit|one)/);
      expect(phrase).toMatch(/our cost|no cost|paid by us|free of charge|no charge/);
      expect(draftFor(store, faulty(n))).toBe(draft);
      if (phrase) phrases.add(phrase);
    }
    expect(phrases.size).toBeGreaterThanOrEqual(3);
  });

  it('keeps what a full refund includes and puts the percentage on a partial one', () => {
    expect(
      describeRemedy({ kind: 'refund', label: 'a full refund, return shipping on us', percent: 100 }),
    ).toBe('a full refund, return shipping on us');
    expect(describeRemedy({ kind: 'refund', label: 'a refund for the meal', percent: 100 })).toBe(
      'a full refund for the meal',
    );
    expect(
      describeRemedy({ kind: 'refund', label: 'a partial refund for the nights affected', percent: 50 }),
    ).toBe('a 50% refund for the nights affected');
  });
});
