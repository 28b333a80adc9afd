import { isUnitFault } from '@rebound/server/drafting/choose-remedy';
import {
  awaitingSwap,
  givenAnotherElsewhere,
  returnedForRefund,
  secondUnitFailedToo,
} from '@rebound/server/drafting/remedy-promised';
import { leftButHeldToBooking } from '@rebound/server/drafting/remedy-readings';
import { describe, expect, it } from 'vitest';
import { body, draftFor, judged, offered, stepFor } from './remedy-helpers.ts';

// An offer that ignores what already happened reads as not listening: the money already handed back at the counter,
// another unit already given by the provider, a unit already with its maker for a swap, a second unit bought that
// failed like the first, a repair that came back with the same fault. Each rule has a near miss that keeps the old
// offer where it still fits.

const store = judged('electronics-store');
const hotel = judged('hotel');

describe('money handed back at the counter', () => {
  const handed =
    'These earbuds sounded thin and tinny from the first song. I took them back the same afternoon, the cashier asked what was wrong, and she just handed me a refund.';

  it('is not chased again as a refund still owed', () => {
    expect(returnedForRefund(handed)).toBe(true);
    expect(offered(stepFor(store, handed))).toBe('call:settled');
    expect(body(draftFor(store, handed))).not.toMatch(
      /\b(?:where your money|refund for (?:your|the goods)|money for your return|paid in full|chase the refund)\b/i,
    );
  });

  it('still owes the money where the shop would not hand it back (near miss)', () => {
    const refused =
      'These earbuds sounded thin and tinny from the first song. I took them back the same afternoon, but the cashier never gave me a refund.';
    expect(returnedForRefund(refused)).toBe(false);
    expect(offered(stepFor(store, refused))).not.toBe('call:settled');
  });
});

describe('another unit already given by the provider', () => {
  const given =
    'It worked well for a few weeks and then one day it simply died. The cable company sent a technician, he tested the modem and said it was dead. After he gave me another modem, my connection is back.';

  it('is not offered a replacement of ours on top', () => {
    expect(givenAnotherElsewhere(given)).toBe(true);
    expect(offered(stepFor(store, given))).toBe('refund');
  });

  it('keeps the replacement where the technician only found it dead (near miss)', () => {
    const found =
      'It worked well for a few weeks and then one day it simply died. The cable company sent a technician, he tested the modem and said it was dead.';
    expect(givenAnotherElsewhere(found)).toBe(false);
    expect(offered(stepFor(store, found))).toBe('replacement');
  });
});

describe('goods just sent off to their maker for a swap', () => {
  const sent =
    'The mouse was sluggish and skipped across the screen, whatever the settings. The forums were full of owners with the same fault, so I just sent my mouse back to the maker for a replacement.';

  it('are not refunded or replaced by us: the call sees the swap through', () => {
    expect(awaitingSwap(sent)).toBe(true);
    expect(offered(stepFor(store, sent))).toBe('call:replacement_pending');
  });

  it('are not awaited once the new one came and failed too (near miss)', () => {
    const came = `${sent.replace('I just sent', 'I sent')} The replacement also died after a week.`;
    expect(awaitingSwap(came)).toBe(false);
    expect(offered(stepFor(store, came))).toBe('refund');
  });
});

describe('a second unit the buyer bought, which failed as the first did', () => {
  const second =
    'The headphone jack worked loose within a month. I bought another, thinking mine was a dud, but now I am having the same problem with this one.';

  it('is answered with the money back, not a third of the same', () => {
    expect(secondUnitFailedToo(second)).toBe(true);
    expect(offered(stepFor(store, second))).toBe('refund');
  });

  it('keeps a replacement open where a second unit was bought and is fine (near miss)', () => {
    const fine =
      'The headphone jack worked loose within a month. I bought another for my sister at the same time and hers is fine.';
    expect(secondUnitFailedToo(fine)).toBe(false);
    expect(['replacement', 'refund']).toContain(offered(stepFor(store, fine)));
  });
});

describe('a repair that came back with the same fault', () => {
  const repaired =
    'The detector worked for about a month, then kept showing a service error. I sent it in to the maker to fix it. I got the unit back after ten days, only to have it repeat exactly the same problems within two days.';

  it('is answered with the money back, not another unit of the same', () => {
    expect(offered(stepFor(store, repaired))).toBe('refund');
  });

  it('is not sent for another free check after the repair already failed', () => {
    const again =
      'Do not buy this recorder. After four months it began failing halfway through every recording. I sent the unit back for repair. They claimed to have fixed it, but when I received it back it still failed on each disc.';
    expect(offered(stepFor(store, again))).toBe('refund');
  });

  it('is not offered a unit of ours where the maker already sent a new one after the repair', () => {
    const swapped =
      'After four months the recorder began failing halfway through every recording. I sent the unit back for repair. They claimed to have fixed it, but when I received it back it still failed on each disc. They then sent me a brand new unit, which failed after three months with the same problem.';
    expect(offered(stepFor(store, swapped))).not.toBe('replacement');
  });

  it('keeps the free check for goods that failed after long use with no repair tried (near miss)', () => {
    const aged =
      'The recorder worked perfectly for about a year, then began failing halfway through every disc.';
    expect(offered(stepFor(store, aged))).toBe('call:check');
  });
});

describe('goods owned for years, faulted for what they were made without', () => {
  const old =
    'I have had this phone for about three years. It has no caller ID display, which baffles me; I have reset it and tried everything, and it will not work. People on the other end also complain about feedback on the speakerphone.';

  it('are not offered another of the same model, nor the price back years on', () => {
    expect(['replacement', 'refund']).not.toContain(offered(stepFor(store, old)));
  });

  it('keeps the replacement for a phone a few weeks old that stopped working (near miss)', () => {
    const weeks = 'I have had this phone for about three weeks and it has stopped working altogether.';
    expect(['replacement', 'refund']).toContain(offered(stepFor(store, weeks)));
  });
});

describe('an earlier unit that broke, told as why this one was bought', () => {
  const layout =
    'I went and got this keyboard after the first one broke. The keys on this one have been moved around, and instead of Home I keep hitting Delete and losing my work.';

  it('is not read as this unit failing, so no unit of the same layout is sent', () => {
    expect(isUnitFault(layout)).toBe(false);
    expect(offered(stepFor(store, layout))).not.toBe('replacement');
  });

  it('still reads this unit breaking as a fault (near miss)', () => {
    expect(isUnitFault('I got this keyboard last month and it broke after a week.')).toBe(true);
    expect(isUnitFault('After the first one broke I bought this one, and it broke too.')).toBe(true);
  });
});

describe('a hotel guest who left at once and was refused the money back', () => {
  const left =
    'The room smelled musty and the carpets in the hall were filthy. I immediately went to check out, but the front desk would not give me my money back, though I had the room for ten minutes.';

  it('is offered the booking back in full', () => {
    expect(leftButHeldToBooking(left)).toBe(true);
    const step = stepFor(hotel, left);
    expect(step.kind === 'remedy' ? step.remedy.label : '').toMatch(/full refund of your booking/);
  });

  it('keeps the part refund for a guest who stayed the nights (near miss)', () => {
    const stayed =
      'The room smelled musty and the carpets in the hall were filthy. We stayed two nights and the front desk would not give me my money back for the second.';
    expect(leftButHeldToBooking(stayed)).toBe(false);
    const step = stepFor(hotel, stayed);
    expect(step.kind === 'remedy' ? step.remedy.label : '').not.toMatch(/full refund of your booking/);
  });
});
