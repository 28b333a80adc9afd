import { boughtAtOtherStore } from '@rebound/server/drafting/remedy-readings';
import { describe, expect, it } from 'vitest';
import { everyWording, judged, offered, stepFor } from './remedy-helpers.ts';

// The offer fits what already happened: goods the store they came from already took back are not replaced or
// refunded again.

const store = judged('electronics-store');
// Any offer of another unit or of money in a reply.
const OFFERS_GOODS_OR_MONEY =
  /\b(?:replacement|new one|refund|money back|what you paid|full price|shipping paid|free of charge|at our cost)\b/i;

describe('goods the store they were bought from already took back', () => {
  const taken = [
    'The recorder cut out halfway through every long take. I am so glad Amazon took this recorder back. Not one I would recommend.',
    'Left earbud crackled from the first day. Best Buy kindly took them back, so at least that is done.',
    'It rebooted every ten minutes. Walmart accepted the return without a fuss, but what a waste of an afternoon.',
    'The drive clicked and died in a week. I got my money back from Newegg and bought a different one.',
    'The remote never paired. Thankfully Costco let me return it.',
  ];

  it('read as goods returned to another seller', () => {
    for (const text of taken.slice(0, 4)) expect(boughtAtOtherStore(text), text).toBe(true);
  });

  it('are offered neither another unit nor money, only a word about what went wrong', () => {
    for (const text of taken) {
      expect(offered(stepFor(store, text)), text).toBe('call:settled');
      for (const reply of everyWording(store, text, { rating: 2 }))
        expect(reply, text).not.toMatch(OFFERS_GOODS_OR_MONEY);
    }
  });

  it('still gets an offer where the store would not take the goods back (near miss)', () => {
    for (const text of [
      'It died within a week and the store would not take this unit back.',
      'The screen went black after three days. Please let me return it.',
    ])
      expect(offered(stepFor(store, text)), text).toMatch(/^(?:refund|replacement)$/);
  });

  it('keeps its step where the goods are only about to go back (near miss)', () => {
    expect(offered(stepFor(store, "It kept crashing. I'm about to send it back."))).toBe(
      'call:refund_pending',
    );
  });
});

describe('an order brought to the door with a dish left out', () => {
  const restaurant = judged('restaurant');
  const VISIT_OFFER =
    /\b(?:table|next visit|next time you (?:visit|come in)|when you next (?:visit|come in))\b/i;
  const left = [
    {
      text: 'Paid $45 for delivery and the garlic bread never arrived. The lasagne was fine but come on.',
      dish: 'bread',
    },
    {
      text: 'We ordered two curries and a naan for delivery; the naan was left out of the bag. Check your orders!',
      dish: 'naan|missing items',
    },
    {
      text: 'Spent seventy dollars on DoorDash and the ribs they forgot to send were half of it.',
      dish: 'ribs',
    },
  ];

  it('is offered what the missing dish cost, not a table on a next visit', () => {
    for (const { text, dish } of left) {
      expect(offered(stepFor(restaurant, text)), text).toBe('refund');
      for (const reply of everyWording(restaurant, text)) {
        expect(reply, text).not.toMatch(VISIT_OFFER);
        expect(reply, text).toMatch(new RegExp(`\\b(?:${dish})\\b`, 'i'));
      }
    }
  });

  it('is never offered a table, whatever else went wrong with the delivery', () => {
    for (const text of [
      'The delivery took two hours and the driver was rude when he finally turned up.',
      'Paid $45 for delivery and the garlic knots never arrived.',
      'Ordered the family meal for delivery and the tiramisu was nowhere in the bag. The pasta itself was lovely.',
      'Our delivery showed up without the lemonades and the kids were let down.',
    ])
      for (const reply of everyWording(restaurant, text)) expect(reply, text).not.toMatch(VISIT_OFFER);
  });

  it('keeps the offer for a next visit where the guest ate in and a side never came (near miss)', () => {
    for (const text of [
      'Our server forgot my side salad and it never came, though the steak was fine.',
      'We sat at our table for ages and the fries we ordered never came.',
    ])
      expect(offered(stepFor(restaurant, text)), text).toBe('other');
  });
});

describe('goods that stopped holding a charge', () => {
  const failed = [
    'Bought a four-pack of rechargeables and within weeks they don’t hold a charge for more than an hour.',
    'My camera batteries can’t hold a charge any more, two months after I bought them. I expected better from the brand.',
    'These AA rechargeables are not holding a charge at all now. A little disappointed, as they started out well.',
    'The charger is fine but the cells no longer keep their charge overnight.',
  ];

  it('are offered another of the same, not only a call to hear more', () => {
    for (const text of failed) {
      expect(offered(stepFor(store, text)), text).toBe('replacement');
      for (const reply of everyWording(store, text, { rating: 2 }))
        expect(reply, text).toMatch(/\b(?:replacement|new one|new set)\b/i);
    }
  });

  it('are still not replaced where they only fall short of another brand or do not suit the buyer (near miss)', () => {
    for (const text of [
      'These batteries hold a charge, but they run down faster than the Duracells I used before.',
      'These batteries do not hold a charge as long as my old Sanyos did.',
      'These earbuds don’t work with my phone at all.',
    ])
      expect(offered(stepFor(store, text)), text).not.toBe('replacement');
  });
});

describe('goods sent back for a refund that came', () => {
  it('are settled, not chased as a refund still to come', () => {
    for (const text of [
      'The tuner lost every station overnight. Sent it back for a refund and got one, no thanks to the manual.',
      'The screen flickered from the start. I mailed it back for a full refund, which we received a week later.',
    ])
      expect(offered(stepFor(store, text)), text).toBe('call:settled');
  });

  it('are still chased where the refund has not come (near miss)', () => {
    for (const text of [
      'The tuner lost every station overnight. I sent it back for a refund and am still waiting.',
      'The screen flickered from the start. I sent it back for a refund, which I have not received.',
    ])
      expect(offered(stepFor(store, text)), text).toBe('call:refund_pending');
  });
});
