import { describe, expect, it } from 'vitest';
import { firstVisit } from '../../server/src/drafting/thanks-subject.ts';
import * as tw from '../../server/src/drafting/thanks-wording.ts';
import { isReturningCustomer } from '../../server/src/triage/situation/praise.ts';
import { everyWording, judged } from './remedy-helpers.ts';

// A thank-you tells back only what the reviewer told of their own visits: a new find is no regular, a story of two
// trips is no first time.

const REGULAR_LINE =
  /familiar face|time after time|after all this time|keep (?:choosing|coming|returning)|regulars like you|back again and again/i;

describe('a reviewer who has just found their go-to place', () => {
  const finds = [
    'Went in for a pedicure last Tuesday and I think I finally found my go-to nail place! Kelly was gentle and chatty. I will be booking again.',
    'After trying half the salons in town I have found our go-to spot. The therapists were calm and the room smelled lovely.',
    'Discovered my go-to massage place at last. Priya worked out every knot in my shoulders.',
  ];
  it('is not read as a regular', () => {
    for (const text of finds) expect(isReturningCustomer(text), text).toBe(false);
  });
  it('is not greeted as a familiar face', () => {
    const spa = judged('spa');
    for (const text of finds)
      for (const draft of everyWording(spa, text, { rating: 5, count: 8 }))
        expect(draft).not.toMatch(REGULAR_LINE);
  });
  it('still reads a go-to place the reviewer has kept for a while (near misses)', () => {
    expect(isReturningCustomer('This salon is my go-to nail place and the staff know me by name.')).toBe(
      true,
    );
    expect(isReturningCustomer('Our go-to spot for birthdays, the team never lets us down.')).toBe(true);
  });
});

const FIRST_TIME_LINE = /first time with us|someone new to us|first of many|first impressions count/i;

describe('a review that tells of a first visit and a later one', () => {
  const twoVisits = [
    'On our first visit the four of us shared a calzone and the burrata, both superb. When Gina and I made it over for the Sunday roast we were treated like old friends.',
    'My first visit was for a quick lunch and the risotto was creamy and rich. We went back a week later with the kids and the staff remembered us.',
    'It was our first time here in March and the lamb was perfect. On our second visit the chef sent out a little tasting plate.',
    'First time at this trattoria we had the gnocchi. A couple of weeks later we returned for my birthday and the tiramisu was a dream.',
  ];
  it('is not read as a first time', () => {
    for (const text of twoVisits) expect(firstVisit(text), text).toBe(false);
  });
  it('is not thanked as a first visit', () => {
    const restaurant = judged('restaurant');
    for (const text of twoVisits)
      for (const draft of everyWording(restaurant, text, { rating: 5, count: 8 }))
        expect(draft).not.toMatch(FIRST_TIME_LINE);
  });
  it('still reads a review of one first visit (near misses)', () => {
    expect(firstVisit('This was my first visit and the carbonara was the best I have had.')).toBe(true);
    expect(firstVisit('On our first visit we shared the antipasti platter. The waiter was a delight.')).toBe(
      true,
    );
    expect(
      firstVisit('First time here, the pizza came out fast and the crust was perfect. We will be back!'),
    ).toBe(true);
    const once =
      'On my very first visit I had the seafood linguine and it was superb. Service was warm and quick.';
    const drafts = everyWording(judged('restaurant'), once, { rating: 5, count: 8 });
    expect(drafts.some((d) => FIRST_TIME_LINE.test(d))).toBe(true);
  });
});

describe('a quick fix for a fault, told in passing', () => {
  const store = judged('electronics-store');
  const fixes: Array<[string, RegExp, RegExp]> = [
    [
      "A year in, the thumbsticks sometimes wander off center, but a quick wiggle and they're back where they should be. The companion software is excellent and the triggers feel great.",
      /wiggle/i,
      /companion software|triggers/i,
    ],
    [
      'Every so often the tablet hangs when I open the camera, but a quick reboot and it is working again. The screen is gorgeous and the speakers are loud.',
      /reboot/i,
      /screen|speakers/i,
    ],
    [
      'Once in a while the soundbar loses the TV signal; a simple reset does the trick. The dialogue is crystal clear and the remote is handy.',
      /reset/i,
      /dialogue|remote/i,
    ],
  ];
  it('is never thanked as praise, while the praise beside it still is', () => {
    for (const [text, fix, praised] of fixes) {
      const drafts = everyWording(store, text, { rating: 4, title: 'Does the job', count: 8 });
      for (const draft of drafts) expect(draft).not.toMatch(fix);
      expect(
        drafts.some((d) => praised.test(d)),
        text,
      ).toBe(true);
    }
  });
  it('still thanks a quick thing that is itself the praise (near misses)', () => {
    const drafts = everyWording(
      store,
      'A quick turnaround and they had my laptop back the same day. The repair desk staff were so helpful.',
      { rating: 5, count: 8 },
    );
    expect(drafts.some((d) => /turnaround/i.test(d))).toBe(true);
  });
});

describe('a happy review that opens on its quibble', () => {
  const hotel = judged('hotel');
  const opensOnQuibble: Array<[string, RegExp, RegExp]> = [
    [
      'Our room smelled of smoke. We only noticed it late on the first night. The pool was good and the front desk booked us a table for dinner.',
      /smoke/i,
      /\bpool\b/i,
    ],
    [
      'The carpet had stains near the window. I saw them on the morning we left. The breakfast was good and the porter carried our bags out to the car.',
      /stains/i,
      /breakfast/i,
    ],
    [
      'The bathroom had mould around the sink. We spotted it the day we checked out. The view was nice and the staff helped us find a late train.',
      /mould/i,
      /\bview\b/i,
    ],
  ];
  it('thanks for being told of the fault, never as if it were welcome, and names the praise after it', () => {
    for (const [text, fault, praised] of opensOnQuibble)
      for (const draft of everyWording(hotel, text, { rating: 4, count: 8 })) {
        expect(draft, draft).toMatch(praised);
        const told = draft.split(/(?<=[.!?])\s+/).filter((s) => fault.test(s));
        expect(told, draft).toHaveLength(1);
        expect(told[0]).not.toMatch(/^It helps to know\b/);
        expect(told[0]).toMatch(/thank|grateful|point|appreciate/i);
      }
  });
  it('says every clause line as thanks for being told, with who will hear of it', () => {
    for (const line of tw.quibbleClause) {
      expect(line).toMatch(/\{s\}/);
      expect(line.slice(0, line.indexOf('{c}'))).toMatch(/thank|grateful|point|appreciate/i);
    }
  });
  it('still leaves a bare noun said in passing late in a story unthanked (near miss)', () => {
    const story =
      'We came for a weekend with friends and they upgraded us at check-in. The evenings on the terrace were a joy and we laughed until late. We stayed three nights. The coffee was good.';
    for (const draft of everyWording(hotel, story, { rating: 5, count: 8 }))
      expect(draft).not.toMatch(/\bcoffee\b/);
  });
});

describe('a product praised for how it sounds or looks', () => {
  const store = judged('electronics-store');
  const EASIER = /making life easier/i;
  it('is never said to be making life easier', () => {
    for (const text of [
      'I could not believe how my old funk records sounded through these earphones. The highs are smooth and a live Nina Simone album gave me shivers. I would gladly have paid twice the price.',
      'These headphones sound unreal. Easily the tightest bass I have owned, with no issues at all, and a Bill Evans trio recording had me in tears.',
      'The picture on this projector is stunning, colours are rich and the motion is smooth. Watching Dune on it felt like the cinema.',
    ])
      for (const draft of everyWording(store, text, { rating: 5, count: 30 }))
        expect(draft).not.toMatch(EASIER);
  });
  it('still can be, where the review praises its ease (near miss)', () => {
    const drafts = everyWording(
      store,
      'These earbuds pair with my laptop in seconds and are so easy to use on the bus. They save me untangling cables every morning.',
      { rating: 5, count: 30 },
    );
    expect(drafts.some((d) => EASIER.test(d))).toBe(true);
  });
});
