import { describeRemedy, type NextStep } from '@rebound/server/drafting/choose-remedy';
import { sectorGroupOf, triageReview } from '@rebound/server/triage/index';
import { describe, expect, it } from 'vitest';
import { draftFor, judged, offered, stepFor } from './remedy-helpers.ts';

// The profiles the judged samples are drafted with: a store offering a replacement and a full refund, a restaurant
// offering a refund for wrong dishes and a table next time.
const store = judged('electronics-store');
const restaurant = judged('restaurant');

describe('a remedy that fits what already happened', () => {
  it('offers no second replacement to someone already waiting on one', () => {
    for (const text of [
      'The first card I received was defective and would not transfer files. I am waiting on a replacement.',
      'Dead on arrival. The store says a replacement is on its way, we will see.',
    ]) {
      const step = stepFor(store, text);
      expect(offered(step), text).toBe('call:replacement_pending');
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
    expect(offered(stepFor(store, text))).toMatch(/^call:(?:settled|returned)$/);
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
    ).toMatch(/^call:(?:settled|returned)$/);
    const plate = stepFor(restaurant, 'My steak was raw in the middle, so I sent it back.');
    expect(plate.kind === 'remedy' && plate.remedy.kind).toBe('refund');
  });

  it('keeps a returned item open while the refund is still owed', () => {
    const text = 'I returned the speaker three weeks ago and I have still not received my refund.';
    expect(offered(stepFor(store, text)), text).toBe('call:fix');
    // Money owed for weeks is the refund still owed, paid by a date, never a fresh refund for goods to send back.
    const owed =
      'I sent it back and requested a refund. It has been six weeks and I have yet to get my $120 back.';
    expect(offered(stepFor(store, owed)), owed).toBe('refund');
    expect(draftFor(store, owed)).toMatch(/refund still owed for your return/);
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
    // The offer as a thing offered ("a replacement unit shipped at our cost") or as what we will do ("send you a
    // replacement at our cost").
    const offer =
      /\b(?:a replacement unit|a new unit|a replacement|a new one) (?:shipped|sent (?:out )?to you|posted to you|with shipping)[^.,;]*|\b(?:send you|ship) a replacement[^.,;]*|\bget a new one out to you[^.,;]*/;
    for (let n = 1; n <= 12; n++) {
      const step = stepFor(store, faulty(n));
      expect(step.kind).toBe('remedy');
      const draft = draftFor(store, faulty(n));
      const phrase = offer.exec(draft)?.[0];
      expect(phrase, draft).toMatch(/replacement|new (?:unit|one)/);
      expect(phrase).toMatch(/our cost|our expense|no cost|paid by us|free of charge|no charge/);
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

describe('a billing error is put right by giving the money back', () => {
  const hotel = judged('hotel');
  const gym = judged('gym');
  const label = (step: NextStep) => (step.kind === 'remedy' ? step.remedy.label : `call:${step.reason}`);

  it('offers to refund what was charged in error, in words for that error', () => {
    const cases: Array<[ReturnType<typeof judged>, string, RegExp]> = [
      [
        hotel,
        'We had prepaid the room online, and at check-out the desk charged my card twice for the same two nights.',
        /duplicate charge/,
      ],
      [
        hotel,
        'After three weeks of emails they refunded the second payment, but the refund came back $38 short.',
        /still owed/,
      ],
      [
        restaurant,
        'Only at the end did we find a $3 corkage fee added to our bill that nobody had mentioned.',
        /extra charge/,
      ],
      [
        judged('shop'),
        'The lamp was marked $40 on the shelf and they overcharged me at the till by ten dollars.',
        /overcharged/,
      ],
    ];
    for (const [profile, text, words] of cases) {
      const step = stepFor(profile, text);
      expect(offered(step), text).toBe('refund');
      expect(label(step), text).toMatch(words);
      const draft = draftFor(profile, text);
      expect(draft, text).toMatch(words);
      expect(draft, text).not.toMatch(/make this up to you|proper fix/i);
    }
  });

  it('names the quote when the bill came in above it, and keeps a label already about charges', () => {
    const restaurantQuote = stepFor(
      restaurant,
      'For the rehearsal dinner we were quoted $900 for the room, and the final bill came to $1,400 with no explanation.',
    );
    expect(label(restaurantQuote)).toMatch(/above the quote/);
    const gymStep = stepFor(gym, 'They charged my card twice this month and the front desk just shrugged.');
    expect(label(gymStep)).toBe('a refund of any charge made in error');
  });

  it('reads a warning or a worry about charges as no billing error', () => {
    for (const text of [
      'Make sure you check the bill, because they might charge you twice if you are not careful. The room was dusty.',
      'The rooms are overpriced for what you get and the carpet was stained.',
    ]) {
      expect(label(stepFor(hotel, text)), text).not.toMatch(/duplicate|still owed|extra charge|overcharged/);
    }
  });
});

describe('no later visit for a guest who will not come back or who found the food itself poor', () => {
  const offersLaterVisit = (text: string) => {
    const step = stepFor(restaurant, text, 2);
    return step.kind === 'remedy' && ['other', 'discount'].includes(step.remedy.kind);
  };

  it('offers no table next time when the food itself disappointed', () => {
    for (const text of [
      'We waited half an hour, which is fine on a Saturday, but I was disappointed in the food. My wrap was just okay.',
      'The gyro meat came in a few thin slices and the falafel were over fried disks. Not real Greek food at all.',
      'The chef’s tasting menu was lackluster, basic rolls we could get anywhere, and they forgot the birthday dessert.',
      'The cupcakes taste like they came out of a box, and every one has the same sugary frosting.',
    ])
      expect(offersLaterVisit(text), text).toBe(false);
  });

  it('offers no table next time to someone who does not plan to return or doubts they ever will', () => {
    for (const text of [
      'They got four of our five brunch orders wrong and nobody said sorry. We don’t plan to return.',
      'The service was slow and nobody refilled our water. I doubt I will ever go back again.',
      'Twenty minutes for a menu and another forty for the mains. There are so many other options in town.',
    ])
      expect(offersLaterVisit(text), text).toBe(false);
  });

  it('still offers it for a slow evening from a guest who liked the food', () => {
    const text =
      'The food was lovely but we waited fifty minutes for our mains and the server forgot our drinks twice.';
    expect(offersLaterVisit(text)).toBe(true);
  });
});

describe('a second unit that failed, or a product they are done with', () => {
  it('reads a second unit that died like the first as a failed replacement and offers the money back', () => {
    for (const text of [
      'My first keyboard lasted a year. My second keyboard, sadly, just died after four months, exactly like the first.',
      'I returned the router and got a new one. Same problem, it drops the connection every hour.',
      'The strap keeps snapping where it meets the clip. I am on my second one and it is going the same way.',
    ]) {
      const step = stepFor(store, text);
      expect(offered(step), text).toBe('refund');
    }
  });

  it('offers no replacement to someone moving to another model or a sturdier product', () => {
    for (const text of [
      'It broke after three uses. Spend a few more dollars and buy something sturdier.',
      'The player went dead after two months. Go with another model, this one has problems.',
      'This is my first product of theirs and probably the last: it died after nine months.',
    ]) {
      expect(offered(stepFor(store, text)), text).not.toBe('replacement');
    }
  });

  it('offers no replacement when a feature does not work as described, only when the unit itself failed', () => {
    const design =
      'The case says you can use the stylus with the lid closed, and that was why I bought it. The feature does not work.';
    expect(offered(stepFor(store, design))).not.toBe('replacement');
    expect(
      offered(stepFor(store, 'The charger stopped working after a week and now the light stays off.')),
    ).toBe('replacement');
  });
});

describe('a correction that already failed is not promised again', () => {
  const service = judged('service');
  const auto = judged('auto');

  it('reads a return visit that left the work still wrong as a failed correction', () => {
    for (const text of [
      'The gutters overflowed after the first install. I had them come back to fix the slope, and the water still pools by the door.',
      'The new tap dripped, so the plumber redid the fitting the following week and it was even worse.',
      'My acrylics were lumpy. I went back the next morning so she could file them down. They looked a bit better but they still were not right.',
    ]) {
      const triage = triageReview({ rating: 1, text }, { sectorGroup: sectorGroupOf(service.sector) });
      expect(triage.situation.priorActions, text).toContain('repair_failed');
    }
    const fine = 'The colour was off, so I went back and she fixed it. Now it looks lovely.';
    expect(
      triageReview({ rating: 2, text: fine }, { sectorGroup: 'health' }).situation.priorActions,
    ).not.toContain('repair_failed');
  });

  it('offers neither the same redo nor a call to correct it once more', () => {
    const text =
      'They replaced the brake pads, but the squeal came back within a day. I brought it back so they could adjust them, and the squeal is still there.';
    const step = stepFor(auto, text);
    expect(offered(step)).toBe('call:retry_failed');
    expect(draftFor(auto, text)).not.toMatch(/re-inspection|correct it\b/i);
  });

  it('reads an item swapped for a new one as an exchange, not goods sent back for good', () => {
    const text =
      'I returned the card and got a new one. Same problem: the computer will not boot with it fitted.';
    const triage = triageReview({ rating: 1, text }, { sectorGroup: 'retail' });
    expect(triage.situation.priorActions).not.toContain('returned');
    expect(triage.situation.priorActions).toContain('replacement_failed');
    expect(offered(stepFor(store, text))).not.toMatch(/^call:(?:settled|returned)$/);
  });
});

describe('an offer the reviewer already had, or goods that were never theirs', () => {
  it('does not offer again a refund the reviewer called not enough', () => {
    const text =
      'The headset mic crackled from day one and is nothing like the one advertised. The most they could do was refund my money, which does not fix anything.';
    expect(offered(stepFor(store, text))).not.toBe('refund');
  });

  it('offers neither a unit nor a refund to an employee whose company bought the equipment', () => {
    const text =
      'My company supplied these headsets to the whole team and the earpiece on mine has snapped twice. The cable is also defective.';
    const step = stepFor(store, text);
    expect(['refund', 'replacement']).not.toContain(offered(step));
  });
});

describe('a remedy that takes in what the reviewer already did', () => {
  it('reads everyday wording for money already back as a refund', () => {
    for (const text of [
      'The charger died in a week. The shop took it back for a refund, at least.',
      'It stopped pairing after a month, so I returned it for a full refund.',
      'Dead on arrival. I already got my money back, but what a waste of an evening.',
      'The screen flickered from day one. They credited my card and that was that.',
    ]) {
      const triage = triageReview({ rating: 1, text }, { sectorGroup: 'retail' });
      expect(triage.situation.priorActions, text).toContain('refunded');
      expect(offered(stepFor(store, text)), text).toMatch(/^call:/);
    }
  });

  it('does not read a second unit bought as a gift as a replacement', () => {
    const text =
      'It worked so well at first that I bought a second one for my brother. Then mine stopped working.';
    const triage = triageReview({ rating: 1, text }, { sectorGroup: 'retail' });
    expect(triage.situation.priorActions).not.toContain('replaced');
  });

  it('offers neither a replacement nor a refund for an item the reviewer sold, gave away or threw out', () => {
    for (const text of [
      'The headphones sounded thin and kept slipping out. I sold them on and bought a better pair.',
      'The blender cracked in a month and leaked everywhere. I threw it out.',
      'The speaker broke twice in a week, so I gave it away to a friend who likes to tinker.',
      'The keyboard stopped working after a week. I returned it for a different brand.',
    ]) {
      const step = stepFor(store, text);
      expect(offered(step), text).toMatch(/^call:/);
      expect(draftFor(store, text), text).not.toMatch(/refund|replacement|new unit/i);
    }
  });

  it('still offers the refund to someone who only might sell it', () => {
    const text = 'The earbuds stopped working after a week. I want a refund, or I will just sell them.';
    expect(offered(stepFor(store, text))).toBe('refund');
  });

  it('offers no dish refund when the complaint is taste and the dish came as ordered', () => {
    for (const text of [
      'The ribeye came out medium rare as ordered, but it was tough and far too greasy for me. Not worth the price.',
      'The pasta was bland and the sauce too salty, though that is just me. The service was friendly.',
    ]) {
      expect(draftFor(restaurant, text), text).not.toMatch(/dishes that|refund/i);
    }
  });

  it('still offers the dish refund when a dish came out wrong', () => {
    const text =
      'My steak arrived cold and the fries were missing from the order. The server was nice about it.';
    expect(offered(stepFor(restaurant, text))).toBe('refund');
  });
});

describe('a remedy for someone who has moved on or is being paid back elsewhere', () => {
  it('offers no unit to someone done with a brand whose name has an ampersand', () => {
    const text =
      'The battery dies within hours and the keypad never worked. I will never buy another B&O product again.';
    expect(offered(stepFor(store, text))).not.toBe('replacement');
  });

  it('offers no second unit when the product cannot work with their equipment', () => {
    for (const text of [
      'The adapter keeps dropping out. If it cannot work with a standard router, what is the point of it.',
      'The store suggests pairing these speakers with the dock. The maker says it will not work, and it does not.',
    ]) {
      expect(offered(stepFor(store, text)), text).not.toBe('replacement');
    }
  });

  it('offers neither a refund nor a unit when the maker has agreed to refund them', () => {
    const text =
      'The headband snapped after a month and the sound cut out. The maker said they will refund me once I post the broken pair back.';
    expect(offered(stepFor(store, text))).toMatch(/^call:/);
  });

  it('offers no next-visit meal to someone who found the food poor or will not return', () => {
    for (const text of [
      'The service was fine. The food was just...underwhelming, and the waffle came out rubbery.',
      'The staff were friendly enough. I do not think this place will make the rotation.',
    ]) {
      expect(draftFor(restaurant, text), text).not.toMatch(/on us|on the house|next visit|next time/i);
    }
  });
});

describe('the work done again, where the reviewer says nobody offered it', () => {
  const spa = judged('spa');
  it.each([
    'He rushed my pedicure and my toes were smudged when I left. They did not even offer to fix them.',
    'The colour came out patchy and there was no offer to redo it.',
  ])('offers the business’s redo: %s', (text) => {
    expect(offered(stepFor(spa, text))).toBe('redo');
  });

  it('is not offered again after a redo already failed', () => {
    const text =
      'The polish chipped in a day. I went back so they could fix it, and it was no better. They never offered to fix it properly.';
    expect(offered(stepFor(spa, text))).not.toBe('redo');
  });
});
