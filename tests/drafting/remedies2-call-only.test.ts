import { sentForRepairOnly } from '@rebound/server/drafting/remedy-promised';
import { describe, expect, it } from 'vitest';
import { body, draftFor, judged, offered, stepFor } from './remedy-helpers.ts';

// Where the business lists an offer that fits what went wrong, the reply makes it instead of a call that only
// promises to say later what can be done; and a refund is chased only where goods went back for good and no money
// came yet.

const hotel = judged('hotel');
const restaurant = judged('restaurant');
const auto = judged('auto');
const store = judged('electronics-store');
const shop = judged('shop');

describe('a stay let down by what the hotel gave the guest to use', () => {
  it('is offered part of the nights back for a broken hot tub or a murky pool', () => {
    const text =
      'We stayed two nights. The staff were friendly, but the hot tub did not work properly and the pool was murky.';
    expect(offered(stepFor(hotel, text, 2))).toBe('refund');
  });

  it('is offered part of the nights back for other guests’ noise the staff would not deal with', () => {
    const text =
      'We stayed three nights. The group next door was partying until 3am and the front desk would not do anything about it.';
    expect(offered(stepFor(hotel, text))).toBe('refund');
  });

  it('is offered part of the nights back for a booked room given away', () => {
    const text =
      'I booked a king room for our stay and paid ahead. At check in the clerk said they did not have any kings available and offered two doubles.';
    expect(body(draftFor(hotel, text))).toMatch(/\b(?:part of what|partial refund)\b/i);
  });

  it('keeps the call for a pool closed for the season or noise from outside (near miss)', () => {
    expect(
      offered(
        stepFor(hotel, 'We stayed two nights. The pool was closed for the season, which was a shame.', 2),
      ),
    ).toMatch(/^call:/);
    expect(
      offered(
        stepFor(
          hotel,
          'We stayed two nights. The dogs in the kennel next door barked from six every morning.',
          2,
        ),
      ),
    ).toMatch(/^call:/);
  });
});

const TABLE = /\btable on us\b|\bon the house\b|\bmeal on us\b|at our expense/i;

describe('a meal let down by the service or a dish that came out cold', () => {
  it('offers a table on us where the apology names the staff though the tags read only the drinks', () => {
    const text =
      'We came for the jazz band and had a few rounds. The servers constantly hound you about another drink the moment you take a sip, and it spoils the evening.';
    expect(body(draftFor(restaurant, text))).toMatch(TABLE);
  });

  it('keeps the call for a guest who says they will not be back (near miss)', () => {
    const text =
      'We came for the jazz band and had a few rounds. The servers constantly hound you about another drink the moment you take a sip, and it spoils the evening. We will not be back.';
    expect(body(draftFor(restaurant, text))).not.toMatch(TABLE);
  });

  it('offers the dishes’ price back for dishes that came out cold, told of as "they"', () => {
    const text =
      'We waited an hour for the fish tacos. They came out cold and dry, and my daughter would not eat hers.';
    expect(offered(stepFor(restaurant, text))).toBe('refund');
  });

  it('keeps the call for dishes that came out hot and on time (near miss)', () => {
    const text =
      'We waited an hour for a table. The fish tacos were fine. They came out quickly once we ordered.';
    expect(offered(stepFor(restaurant, text))).not.toBe('refund');
  });
});

describe('a car that came back from a service worse than it went in', () => {
  it('is offered the free re-inspection for a warning light that came on after the work', () => {
    const text =
      'I had an oil change here. When the car was handed back, two engine warning lights were on that had not been on before.';
    expect(offered(stepFor(auto, text))).toBe('redo');
  });

  it('is offered the free re-inspection for a cap the technician did not put back on', () => {
    const text =
      'Paid for an oil change on Monday. The next day I found the technician did not put the filler cap back on and oil was all over the engine.';
    expect(offered(stepFor(auto, text))).toBe('redo');
  });

  it('keeps the call for a rude welcome with nothing wrong with the car (near miss)', () => {
    const text = 'I had an oil change here. The man at the desk was rude and never said hello.';
    expect(offered(stepFor(auto, text))).not.toBe('redo');
  });
});

describe('goods the buyer means to get their money back for', () => {
  it('get the refund, not a replacement, when the buyer says they will try to get a refund', () => {
    const text =
      'With a full charge this battery does not last more than ten minutes in my camera. I will try to get a refund.';
    expect(offered(stepFor(store, text))).toBe('refund');
  });

  it('still chase the refund for goods already sent back and waiting on the money (near miss)', () => {
    const text =
      'The cord would not retract. I sent it back for a refund last week and the return is being processed.';
    expect(offered(stepFor(store, text))).toBe('call:refund_pending');
  });
});

describe('a return that was not of the goods now at fault, or not for good', () => {
  const CHASES_REFUND =
    /\brefund for your return\b|\brefund for (?:it|the goods you sent back)\b|goods you returned/i;

  it('does not chase a refund for a first unit sent back while the second is still in hand', () => {
    const text =
      'This is the 2nd one I bought (I returned the first). The firmware is buggy and it will not connect to my router. Piece of junk.';
    expect(offered(stepFor(store, text))).not.toBe('call:refund_pending');
    expect(body(draftFor(store, text))).not.toMatch(CHASES_REFUND);
  });

  it('reads goods sent back only to be repaired as no return for good', () => {
    expect(sentForRepairOnly('After four months it failed. I sent the unit back for repair.')).toBe(true);
    expect(sentForRepairOnly('It failed, so I sent it in to be fixed.')).toBe(true);
    expect(sentForRepairOnly('I sent the unit back for repair, then asked for a refund.')).toBe(false);
    expect(sentForRepairOnly('I sent it back for a refund.')).toBe(false);
  });

  it('does not chase a refund for a return the shop took without a fuss', () => {
    const text =
      'Nobody told me the tea was priced by the ounce and I spent $350. I returned it and they did not give me too much trouble.';
    expect(body(draftFor(shop, text))).not.toMatch(/\brefund\b|paid in full|the money for/i);
  });

  it('still sees home the refund for goods sent back with no word of the money (near miss)', () => {
    const text = 'The recorder failed on every disc. I returned it to you two weeks ago.';
    expect(offered(stepFor(store, text))).toMatch(/^call:(?:returned|refund_pending)$/);
  });
});
