import { describe, expect, it } from 'vitest';
import { judged, offered, stepFor } from './remedy-helpers.ts';

// What the buyer has done or means to do with the goods, and where and what they bought, decides the offer: goods on
// their way back are refunded, not replaced.

const store = judged('electronics-store');
const shop = judged('shop');

describe('goods the buyer says are going back', () => {
  it.each([
    'It was dead straight out of the box. Will return soon.',
    'Dead on arrival, would not even power up. I will return it tomorrow.',
    'Both speakers crackle and one has stopped working. We will be returning these.',
    'The charger is faulty and gets hot. Will be returning this week.',
  ])('are refunded, not replaced: %s', (text) => {
    // A refund for the return, offered or seen through once it is under way.
    expect(offered(stepFor(store, text))).toMatch(/^(?:refund|call:refund_pending)$/);
  });

  it('a failed unit with nothing said of sending it back may still be replaced', () => {
    expect(offered(stepFor(store, 'It was dead straight out of the box.'))).toBe('replacement');
  });

  it('"will return soon" of a shop visit, with no failed goods, is a customer coming back, not a return', () => {
    expect(
      offered(
        stepFor(
          shop,
          'The staff ignored us for ages at the counter. Will return soon to see if it improves.',
        ),
      ),
    ).toMatch(/^call:/);
  });

  it('returning a favour or a call is no return of the goods', () => {
    expect(
      offered(stepFor(store, 'The remote stopped working after a day. I will return the call when I can.')),
    ).not.toBe('call:hear');
  });
});

describe('goods that fail where others of the same sort work, or fall short of what the box claims', () => {
  it.each([
    'These blank CDs are faulty, half of them come out as coasters. I bought some Verbatim to compare and they burned fine.',
    'The batteries died within an hour in my camera. I tried a couple of other brands in the same camera and they lasted all day.',
    'No picture at all through this cable, it is faulty. I swapped in my old one to make sure the TV wasn’t faulty.',
    'The box says you can play music while it charges, but it buzzes and hisses the whole time the player is on.',
    'The listing claims it charges two tablets at once. Plug in a second and the whole thing buzzes.',
  ])('are refunded, not sent again: %s', (text) => {
    expect(offered(stepFor(store, text))).toBe('refund');
  });

  it.each([
    // The same goods tried again, not other goods.
    'The discs are faulty. I tried a few times and it worked once, then the drive spat them out.',
    // A unit that gave out outright, whatever the box said.
    'The box says it is rugged, but mine died after a week and now it is dead.',
  ])('a unit that failed may still be replaced: %s', (text) => {
    expect(offered(stepFor(store, text))).toBe('replacement');
  });
});

describe('goods bought from a marketplace or another shop', () => {
  it.each([
    'I paid $30 on eBay for these walkie talkies and the range is awful, barely across the yard.',
    'Bought them on Amazon last month. The sound is thin and tinny and the bass is muddy.',
    'Spent 45 dollars for this at Walmart and the picture is poor and blurry.',
  ])('are not ours to refund or replace: %s', (text) => {
    expect(offered(stepFor(store, text))).toMatch(/^call:/);
  });

  it.each([
    'I bought it on sale and the picture is poor and blurry. Save your money.',
    'I paid $30 for it and have since seen it on eBay for $20. The sound is thin and tinny, save your money.',
  ])('a price or a sale is no other seller: %s', (text) => {
    expect(offered(stepFor(store, text))).toBe('refund');
  });
});

describe('a small part that came off goods that still work', () => {
  it.each([
    'Love the sound, but one of the silicone ear tips fell off on the bus and now I have nothing to wear them with. So annoyed.',
    'Great little speaker, but the rubber feet came off after a week and it slides everywhere.',
    'The volume knob snapped off after a month, otherwise it works fine.',
    'Lost one of the foam covers within a week and I cannot wear the headphones without it.',
  ])('is put right with a call about the part, not the price of the whole: %s', (text) => {
    expect(offered(stepFor(store, text, 2))).toBe('call:fix');
  });

  it.each([
    // The part came off and then the unit itself gave out.
    'The ear tips fell off and then the left earbud died completely. Junk.',
    // Not a part gone: the whole bud will not stay put.
    'The earbuds keep falling out of my ears and the sound is tinny. Waste of money.',
    // A buyer who writes the goods off over it.
    'The knob snapped off within a week. Cheap junk, save your money.',
  ])('goods that failed or do not fit are still refunded: %s', (text) => {
    expect(offered(stepFor(store, text, 2))).toBe('refund');
  });
});

it('a part that came off beside a fault of the design is not the one grievance', () => {
  expect(
    offered(
      stepFor(store, 'The picture is blurry and the sound is tinny, and the stand foot came off as well.'),
    ),
  ).toBe('refund');
});

describe('a carrier’s or provider’s service paid by the month', () => {
  it.each([
    'I signed up for Ooma hoping to save money. Calls were choppy and garbled, total junk.',
    'The phone service from this carrier is awful, the line crackles and drops every call. Save your money.',
    'Their internet subscription is useless, the connection drops every evening and the speed is poor.',
    'I subscribed to the satellite radio service and the reception is poor and the sound is muffled, waste of money.',
  ])('is answered with a call, not a refund or a unit of ours: %s', (text) => {
    expect(offered(stepFor(store, text))).toMatch(/^call:/);
  });

  it.each([
    // Goods of ours that work on a carrier's network.
    'This phone works on Verizon but the screen cracked in a week, junk.',
    // The shop's own plan, sold with the goods.
    'I bought the service plan with my TV and the TV died in a week, junk.',
    // Service at the counter, not a carrier's.
    'The staff gave terrible service and the speaker I bought crackles, junk.',
    // A provider named only as the reason for buying.
    'I wanted to stop paying the phone company every month for voice mail, but the answering machine in this phone records like a tin can. Junk.',
    'My cable company does not offer HD and the satellite provider could not reach us, so I bought this box. The picture is no better, waste of money.',
  ])('goods of ours are still refunded: %s', (text) => {
    expect(offered(stepFor(store, text))).toBe('refund');
  });
});
